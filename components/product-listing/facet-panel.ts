/**
 * The facets of a listing as plain render functions over a {@link FacetView}: checkbox
 * lists (long ones with a filter box, rendering only the rows in view), ranges with sliders
 * and typed inputs, stock per warehouse, "ordered before" and the category tree.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssomStyle } from '../shared/cssom-style.js';
import { msg, str } from '@lit/localize';
import type { Category, FacetResult } from '../../src/index.js';
import type { ListingState, RangeFilter } from './listing-state.js';
import { numberFormat } from '../../src/commerce/formatters.js';

/** Facet key of the account's earlier orders. */
export const ORDERED_BEFORE = 'ordered-before';
/** Stock per warehouse comes as numeric facets named `stock-<warehouse id>`. */
export const STOCK_PREFIX = 'stock-';
/** The pseudo key of the `facets` attribute that stands for every warehouse's stock. */
export const AVAILABILITY = 'availability';

/** Values shown before "Show all". */
export const FIRST_VALUES = 8;
/** Height of one row of a long value list, in pixels; the list renders only rows in view. */
export const ROW_HEIGHT = 30;
/** Rows of a long list in view at once. */
const VISIBLE_ROWS = 10;
/** Rows rendered beyond the view, so that fast scrolling shows no gap. */
const OVERSCAN = 6;

type TermsFacet = Extract<FacetResult, { type: 'terms' }>;
type RangeFacet = Extract<FacetResult, { type: 'range' }>;

/** What the panel shows and where its changes go. */
export interface FacetView {
  readonly state: ListingState;
  /** The facets to show, in order; `availability` groups the warehouse stock facets. */
  readonly groups: readonly FacetGroup[];
  readonly categories: readonly Category[];
  readonly locale: string;
  /** Facets showing all their values. */
  readonly expanded: ReadonlySet<string>;
  readonly filterText: ReadonlyMap<string, string>;
  readonly scrollTop: ReadonlyMap<string, number>;
  toggle(facet: string, value: string, on: boolean): void;
  range(facet: string, range: RangeFilter | null): void;
  category(id: string): void;
  expand(facet: string, on: boolean): void;
  filter(facet: string, text: string): void;
  scrolled(facet: string, top: number): void;
}

/** One block of the panel. */
export type FacetGroup =
  | { readonly kind: 'terms'; readonly facet: TermsFacet }
  | { readonly kind: 'range'; readonly facet: RangeFacet }
  | { readonly kind: 'ordered-before'; readonly facet: TermsFacet }
  | { readonly kind: 'availability'; readonly facets: readonly RangeFacet[] }
  | { readonly kind: 'category'; readonly facet: TermsFacet | null };

/**
 * Arranges counted facets into panel blocks: in the order of `order` (keys; `availability`
 * for the warehouse stock) or, without one, category, ordered before, availability, then the
 * rest as counted. Facets with a filter set stay even when nothing is counted for them.
 */
export function facetGroups(facets: readonly FacetResult[], order: readonly string[] | null, state: ListingState): FacetGroup[] {
  const byKey = new Map(facets.map((f) => [f.key, f] as const));
  const stock = facets.filter((f): f is RangeFacet => f.type === 'range' && f.key.startsWith(STOCK_PREFIX) && (f.max >= 1 || state.ranges[f.key] !== undefined));
  const keys = order ?? ['category', ORDERED_BEFORE, AVAILABILITY, ...facets.map((f) => f.key).filter((k) => k !== 'category' && k !== ORDERED_BEFORE && !k.startsWith(STOCK_PREFIX))];
  const groups: FacetGroup[] = [];
  for (const key of keys) {
    if (key === AVAILABILITY) {
      if (stock.length > 0) groups.push({ kind: 'availability', facets: stock });
      continue;
    }
    const facet = byKey.get(key);
    if (key === 'category') {
      groups.push({ kind: 'category', facet: facet?.type === 'terms' ? facet : null });
    } else if (facet?.type === 'terms') {
      groups.push(key === ORDERED_BEFORE ? { kind: 'ordered-before', facet } : { kind: 'terms', facet: withChosen(facet, state.values[key] ?? []) });
    } else if (facet?.type === 'range' && facet.min < facet.max) {
      groups.push({ kind: 'range', facet });
    }
  }
  return groups;
}

/** A chosen value no hit has any more still shows, with a count of 0, so it can be unchosen. */
function withChosen(facet: TermsFacet, chosen: readonly string[]): TermsFacet {
  const missing = chosen.filter((value) => !facet.values.some((v) => v.value === value));
  return missing.length === 0 ? facet : { ...facet, values: [...facet.values, ...missing.map((value) => ({ value, count: 0 }))] };
}

const count = (n: number, locale: string) => numberFormat(locale).format(n);

function checkbox(view: FacetView, facet: string, value: string, label: string, n: number | null, chosen: boolean) {
  return html`<label class="option">
    <input type="checkbox" .checked=${live(chosen)} @change=${(e: Event) => view.toggle(facet, value, (e.target as HTMLInputElement).checked)} />
    <span class="value">${label}</span>
    ${n === null ? nothing : html`<span class="count">${count(n, view.locale)}</span>`}
  </label>`;
}

function termsFacet(view: FacetView, facet: TermsFacet) {
  const chosen = view.state.values[facet.key] ?? [];
  const expanded = view.expanded.has(facet.key);
  const long = facet.values.length > FIRST_VALUES;
  const id = `facet-${facet.key}`;
  if (!expanded || !long) {
    // The first values keep their places (a click never moves the box under the pointer);
    // chosen values further down join them, so that a choice never hides behind "Show all".
    const first = facet.values.filter((v, i) => i < FIRST_VALUES || chosen.includes(v.value));
    return html`<fieldset class="facet" data-facet=${facet.key}>
      <legend>${facet.label}</legend>
      ${repeat(first, (v) => v.value, (v) => checkbox(view, facet.key, v.value, v.value, v.count, chosen.includes(v.value)))}
      ${long
        ? html`<button class="link more" aria-expanded="false" aria-controls=${id} @click=${() => view.expand(facet.key, true)}>
            ${msg(str`Show all ${count(facet.values.length, view.locale)}`, { id: 'facet-show-all' })}
          </button>`
        : nothing}
    </fieldset>`;
  }
  const text = view.filterText.get(facet.key) ?? '';
  const needle = text.trim().toLocaleLowerCase(view.locale);
  const values = needle ? facet.values.filter((v) => v.value.toLocaleLowerCase(view.locale).includes(needle)) : facet.values;
  const top = view.scrollTop.get(facet.key) ?? 0;
  const from = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const to = Math.min(values.length, Math.ceil(top / ROW_HEIGHT) + VISIBLE_ROWS + OVERSCAN);
  return html`<fieldset class="facet" data-facet=${facet.key}>
    <legend>${facet.label}</legend>
    <input
      class="input filter"
      type="search"
      .value=${text}
      aria-label=${msg(str`Filter ${facet.label}`, { id: 'facet-filter' })}
      placeholder=${msg('Filter values', { id: 'facet-filter-placeholder' })}
      @input=${(e: Event) => view.filter(facet.key, (e.target as HTMLInputElement).value)}
    />
    ${values.length === 0 ? html`<p class="hint">${msg('No value matches.', { id: 'facet-filter-none' })}</p>` : nothing}
    <div
      class="values"
      id=${id}
      tabindex="0"
      role="group"
      aria-label=${facet.label}
      ${cssomStyle({ height: `${Math.min(values.length, VISIBLE_ROWS) * ROW_HEIGHT}px` })}
      @scroll=${(e: Event) => view.scrolled(facet.key, (e.target as HTMLElement).scrollTop)}
    >
      <div class="spacer" ${cssomStyle({ height: `${values.length * ROW_HEIGHT}px` })}>
        <div class="window" ${cssomStyle({ transform: `translateY(${from * ROW_HEIGHT}px)` })}>
          ${repeat(values.slice(from, to), (v) => v.value, (v) => checkbox(view, facet.key, v.value, v.value, v.count, chosen.includes(v.value)))}
        </div>
      </div>
    </div>
    <button class="link more" aria-expanded="true" aria-controls=${id} @click=${() => view.expand(facet.key, false)}>
      ${msg('Show fewer', { id: 'facet-show-fewer' })}
    </button>
  </fieldset>`;
}

/** A step that suits the span: whole units for spans over 20, else tenths. */
function stepOf(facet: RangeFacet): number {
  return facet.max - facet.min > 20 ? 1 : 0.1;
}

function commitRange(view: FacetView, facet: RangeFacet, fieldset: HTMLFieldSetElement): void {
  const [fromInput, toInput] = [...fieldset.querySelectorAll<HTMLInputElement>('input[type=number]')];
  if (!fromInput || !toInput) return;
  const from = fromInput.value === '' ? undefined : fromInput.valueAsNumber;
  const to = toInput.value === '' ? undefined : toInput.valueAsNumber;
  // A value the input cannot read (letters typed in) is empty to it; its validity says so.
  for (const input of [fromInput, toInput]) {
    input.setCustomValidity(input.validity.badInput ? msg('Enter a number.', { id: 'range-not-number' }) : '');
  }
  if (from !== undefined && to !== undefined && from > to) toInput.setCustomValidity(msg('“To” must not be below “From”.', { id: 'range-order' }));
  if (!fromInput.reportValidity() || !toInput.reportValidity()) return;
  // A range that covers everything is no filter.
  const min = from === undefined || from <= facet.min ? undefined : from;
  const max = to === undefined || to >= facet.max ? undefined : to;
  view.range(facet.key, min === undefined && max === undefined ? null : { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) });
}

function rangeFacet(view: FacetView, facet: RangeFacet) {
  const chosen = view.state.ranges[facet.key];
  const step = stepOf(facet);
  const from = chosen?.min ?? facet.min;
  const to = chosen?.max ?? facet.max;
  const unit = facet.unit ? ` (${facet.unit})` : '';
  const fieldset = (e: Event) => (e.target as HTMLElement).closest('fieldset') as HTMLFieldSetElement;
  // The slider moves the typed input along while dragging; the search runs when it is let go.
  const slide = (e: Event, which: 0 | 1) => {
    const box = fieldset(e).querySelectorAll<HTMLInputElement>('input[type=number]')[which];
    if (box) box.value = (e.target as HTMLInputElement).value;
  };
  return html`<fieldset class="facet range" data-facet=${facet.key}>
    <legend>${facet.label}${unit}</legend>
    <div class="sliders">
      <input type="range" min=${facet.min} max=${facet.max} step=${step} .value=${String(from)} aria-label=${msg(str`${facet.label}, from`, { id: 'range-from-label' })}
        @input=${(e: Event) => slide(e, 0)} @change=${(e: Event) => commitRange(view, facet, fieldset(e))} />
      <input type="range" min=${facet.min} max=${facet.max} step=${step} .value=${String(to)} aria-label=${msg(str`${facet.label}, to`, { id: 'range-to-label' })}
        @input=${(e: Event) => slide(e, 1)} @change=${(e: Event) => commitRange(view, facet, fieldset(e))} />
    </div>
    <div class="bounds">
      <label>${msg('From', { id: 'range-from' })}
        <input class="input" type="number" inputmode="decimal" step="any" min=${facet.min} max=${facet.max} .value=${chosen?.min === undefined ? '' : String(chosen.min)}
          placeholder=${String(facet.min)} @change=${(e: Event) => commitRange(view, facet, fieldset(e))} />
      </label>
      <label>${msg('To', { id: 'range-to' })}
        <input class="input" type="number" inputmode="decimal" step="any" min=${facet.min} max=${facet.max} .value=${chosen?.max === undefined ? '' : String(chosen.max)}
          placeholder=${String(facet.max)} @change=${(e: Event) => commitRange(view, facet, fieldset(e))} />
      </label>
    </div>
  </fieldset>`;
}

function availabilityFacet(view: FacetView, facets: readonly RangeFacet[]) {
  return html`<fieldset class="facet" data-facet="availability">
    <legend>${msg('Availability', { id: 'facet-availability' })}</legend>
    ${facets.map((f) => html`<label class="option">
      <input type="checkbox" .checked=${live((view.state.ranges[f.key]?.min ?? 0) >= 1)}
        @change=${(e: Event) => view.range(f.key, (e.target as HTMLInputElement).checked ? { min: 1 } : null)} />
      <span class="value">${msg(str`In stock in ${f.label}`, { id: 'facet-in-stock-at' })}</span>
    </label>`)}
  </fieldset>`;
}

function orderedBeforeFacet(view: FacetView, facet: TermsFacet) {
  const n = facet.values.find((v) => v.value === 'true')?.count ?? 0;
  return html`<fieldset class="facet" data-facet=${facet.key}>
    <legend class="visually-hidden">${facet.label}</legend>
    ${checkbox(view, facet.key, 'true', facet.label, n, (view.state.values[facet.key] ?? []).includes('true'))}
  </fieldset>`;
}

/** The category path down to the current category, then its subcategories with counts. */
function categoryTree(view: FacetView, facet: TermsFacet | null) {
  const byId = new Map(view.categories.map((c) => [c.id, c] as const));
  const path: Category[] = [];
  for (let c = byId.get(view.state.category); c; c = c.parentId === null ? undefined : byId.get(c.parentId)) path.unshift(c);
  const counts = new Map((facet?.values ?? []).map((v) => [v.value, v.count] as const));
  const parent = view.state.category || null;
  const children = view.categories.filter((c) => c.parentId === parent && (counts.get(c.id) ?? 0) > 0);
  if (path.length === 0 && children.length === 0) return nothing;
  const link = (id: string, label: string, current: boolean) =>
    html`<button class="link" aria-current=${current ? 'page' : 'false'} ?disabled=${current} @click=${() => view.category(id)}>${label}</button>`;
  return html`<nav class="facet categories" data-facet="category" aria-label=${msg('Categories', { id: 'facet-categories' })}>
    <h3 class="legend">${msg('Category', { id: 'facet-category' })}</h3>
    <ul class="tree">
      ${path.length > 0 ? html`<li>${link('', msg('All categories', { id: 'facet-all-categories' }), false)}</li>` : nothing}
      ${path.map((c, depth) => html`<li ${cssomStyle({ 'padding-inline-start': `${depth + 1}em` })}>${link(c.id, c.name, c.id === view.state.category)}</li>`)}
      ${children.map(
        (c) => html`<li ${cssomStyle({ 'padding-inline-start': `${path.length + (path.length > 0 ? 1 : 0)}em` })}>
          ${link(c.id, c.name, false)} <span class="count">${count(counts.get(c.id) ?? 0, view.locale)}</span>
        </li>`,
      )}
    </ul>
  </nav>`;
}

/**
 * What a server draws in the panel's place: a grey block per facet group, in the live panel's
 * column. Drawn controls would be inert until the listing runs, and laying out the built-in
 * parts of their sliders and number inputs took a large share of the drawn page's first
 * layout (docs/server-rendering.md).
 */
export function facetPanelPlaceholder(groups: readonly FacetGroup[]) {
  return html`<div class="facets-pending" aria-hidden="true">
    ${groups.map(() => html`<div class="facet-pending"><span class="pending-line title"></span><span class="pending-line"></span><span class="pending-line"></span></div>`)}
  </div>`;
}

/** The whole panel. */
export function facetPanel(view: FacetView) {
  return view.groups.map((group) => {
    switch (group.kind) {
      case 'terms':
        return termsFacet(view, group.facet);
      case 'range':
        return rangeFacet(view, group.facet);
      case 'availability':
        return availabilityFacet(view, group.facets);
      case 'ordered-before':
        return orderedBeforeFacet(view, group.facet);
      case 'category':
        return categoryTree(view, group.facet);
    }
  });
}
