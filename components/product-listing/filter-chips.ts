import { html, isServer, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Category, FacetResult } from '../../src/index.js';
import { ORDERED_BEFORE, STOCK_PREFIX } from './facet-panel.js';
import { hasFilters, setRange, toggleValue, type ListingState, type RangeFilter } from './listing-state.js';
import { numberFormat } from '../../src/commerce/formatters.js';

/** What the chips show and where a removal goes. */
export interface ChipsView {
  readonly state: ListingState;
  /** The category the attributes fixed; a chip offers to leave only a category chosen beyond it. */
  readonly baseCategory: string;
  readonly facets: readonly FacetResult[];
  readonly categories: readonly Category[];
  readonly locale: string;
  /** Removes one filter; `index` is the chip's position, for where focus goes next. */
  remove(next: ListingState, index: number): void;
  clearAll(): void;
}

function rangeText(range: RangeFilter, unit: string, locale: string): string {
  const format = (n: number) => `${numberFormat(locale, { maximumFractionDigits: 3 }).format(n)}${unit ? ` ${unit}` : ''}`;
  if (range.min !== undefined && range.max !== undefined) return `${format(range.min)} – ${format(range.max)}`;
  if (range.min !== undefined) return msg(str`from ${format(range.min)}`, { id: 'chip-from' });
  return msg(str`up to ${format(range.max ?? 0)}`, { id: 'chip-up-to' });
}

function chip(text: string, remove: () => void) {
  return html`<li>
    <button class="chip" part="chip" aria-label=${msg(str`Remove filter ${text}`, { id: 'chip-remove' })} @click=${remove}>
      <span>${text}</span><span class="x" aria-hidden="true">×</span>
    </button>
  </li>`;
}

/** Whether `state` chose a category beyond `baseCategory`, the one the attributes fixed. */
function namesCategory(state: ListingState, baseCategory: string): boolean {
  return state.category !== baseCategory && state.category !== '';
}

/**
 * The chips' place while their labels are on their way (a facet's name comes with the
 * results, a category's with the category tree): one grey chip, as high as a chip, so the row
 * keeps its height, and the chips, when they come, are new elements that move nothing. Drawn
 * before, a chip grew when its label arrived and moved the ones after it (a layout shift of
 * 0.0004 on every German visit of the demo's category page). Nothing when no filter is set.
 */
export function filterChipsPlaceholder(state: ListingState, baseCategory: string) {
  if (!hasFilters(state) && !namesCategory(state, baseCategory)) return nothing;
  // The chips' own structure, so that its line is as high as theirs.
  return html`<div class="chips" aria-hidden="true"><ul><li><span class="chip skeleton">&nbsp;</span></li></ul></div>`;
}

/** Active filters as removable chips, and "Clear all"; nothing when no filter is set. */
export function filterChips(view: ChipsView) {
  const { state } = view;
  const label = (key: string) => view.facets.find((f) => f.key === key)?.label ?? key;
  const unit = (key: string) => {
    const facet = view.facets.find((f) => f.key === key);
    return facet?.type === 'range' ? (facet.unit ?? '') : '';
  };
  const chips: { text: string; next: ListingState }[] = [];
  if (namesCategory(state, view.baseCategory)) {
    const name = view.categories.find((c) => c.id === state.category)?.name ?? state.category;
    chips.push({ text: `${msg('Category', { id: 'facet-category' })}: ${name}`, next: { ...state, category: view.baseCategory, page: 0 } });
  }
  for (const [facet, values] of Object.entries(state.values)) {
    for (const value of values) chips.push({ text: facet === ORDERED_BEFORE ? label(facet) : `${label(facet)}: ${value}`, next: toggleValue(state, facet, value, false) });
  }
  for (const [facet, range] of Object.entries(state.ranges)) {
    const text =
      facet.startsWith(STOCK_PREFIX) && range.min === 1 && range.max === undefined
        ? msg(str`In stock in ${label(facet)}`, { id: 'facet-in-stock-at' })
        : `${label(facet)}: ${rangeText(range, unit(facet), view.locale)}`;
    chips.push({ text, next: setRange(state, facet, null) });
  }
  if (chips.length === 0) return nothing;
  // Inert when drawn on a server: the element runs the buttons once it is defined.
  return html`<div class="chips" ?inert=${isServer} role="region" aria-label=${msg('Active filters', { id: 'chips-label' })}>
    <ul>
      ${chips.map((c, index) => chip(c.text, () => view.remove(c.next, index)))}
    </ul>
    <button class="link clear" @click=${() => view.clearAll()}>${msg('Clear all', { id: 'chips-clear-all' })}</button>
  </div>`;
}
