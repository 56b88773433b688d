import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatMoney, type AsyncValue, type SearchHit, type Session } from '../../src/index.js';
import { define } from '../shared/define.js';
import { emit } from '../shared/events.js';
import { KontorElement } from '../shared/kontor-element.js';
import { formatLocale } from '../shared/localization.js';
import { stockLabel } from '../shared/stock.js';
import { CommerceStoreController } from '../shared/store-controller.js';
import { controls, tokens } from '../shared/styles.js';
import { highlighted } from './highlighted.js';
import { loadRecent, saveRecent, withRecent } from './recent-searches.js';
import { searchBoxStyles } from './search-box.styles.js';
import { SuggestionsController } from './suggestions-controller.js';

/** One selectable suggestion; `id` is its element id for `aria-activedescendant`. */
type Option =
  | { readonly id: string; readonly kind: 'product'; readonly hit: SearchHit }
  | { readonly id: string; readonly kind: 'category'; readonly categoryId: string; readonly name: string }
  | { readonly id: string; readonly kind: 'completion' | 'recent'; readonly text: string };

let instances = 0;

/**
 * The search field with typeahead, following the WAI-ARIA APG combobox with a listbox
 * popup: DOM focus stays in the field, the active suggestion is announced through
 * `aria-activedescendant`. Suggestions come grouped as products (image, name with the
 * match highlighted, SKU, the customer's price, stock), categories, query completions and
 * the user's recent searches. On narrow screens the open suggestions fill the screen.
 *
 * Keys: Down / Up move through suggestions (opening them), Home / End jump to the first /
 * last while one is active, Enter accepts the active suggestion or searches, Escape closes
 * and then clears, Alt+Down opens, Alt+Up closes. Typing is never intercepted.
 *
 * @summary Search field with grouped typeahead suggestions.
 * @tag kontor-search-box
 * @csspart input - The text field.
 * @csspart listbox - The suggestion list.
 * @csspart option - One suggestion.
 * @csspart match - The highlighted part of a suggestion.
 * @csspart submit - The search button.
 * @cssprop --kontor-search-box-max-height - Largest height of the open suggestions (default 70vh).
 * @cssprop --kontor-search-box-sheet-breakpoint - Documentation only: below 600px wide the suggestions open as a full-screen sheet.
 * @cssstate open - While suggestions are shown.
 * @cssstate loading - While suggestions load.
 * @cssstate error - When suggestions are unavailable (searching still works).
 * @fires kontor-search - Before searching; detail `{ query }`; cancel it to handle the search yourself.
 * @fires kontor-suggestion-select - Before following a suggestion; detail `{ kind, value, query }`; cancelable.
 * @fires kontor-suggestions - After the suggestions for what was typed were painted; detail `{ query, count, durationMs }` (keystroke to paint, for telemetry).
 */
@localized()
export class KontorSearchBox extends KontorElement {
  static override styles = [tokens, controls, searchBoxStyles];

  /** Placeholder of the field. */
  @property() placeholder = '';

  /** Accessible name of the field (visually hidden). */
  @property() label = '';

  /** Address of the results page; a search goes to `action?q=…`. */
  @property() action = 'search.html';

  /** Address of a product; `{sku}` is replaced. */
  @property({ attribute: 'product-url' }) productUrl = 'product.html?sku={sku}';

  /** Address of a category; `{id}` is replaced. */
  @property({ attribute: 'category-url' }) categoryUrl = 'category.html?category={id}';

  /** Characters typed before suggestions are asked for. */
  @property({ attribute: 'min-chars', type: Number }) minChars = 2;

  /** Most product suggestions. */
  @property({ type: Number }) limit = 6;

  /** The text in the field. */
  @property() value = '';

  @state() private open = false;
  @state() private active = -1;
  @state() private recent: string[] = [];

  readonly #id = `kontor-search-${++instances}`;
  readonly #suggestions = new SuggestionsController(this, () => this.commerce?.adapter);
  readonly #session = new CommerceStoreController<AsyncValue<Session>>(this, (c) => c.$session);
  #recentUser: string | null | undefined = undefined;
  #shownSuggestions: unknown = null;
  /** The latest keystroke's text and time, until its suggestions are painted. */
  #typed: { text: string; at: number } | null = null;

  /** Requests sent for suggestions so far (for tests and telemetry). */
  get requestsSent(): number {
    return this.#suggestions.sent;
  }

  #userId(): string | null {
    return this.#session.value?.value?.user?.id ?? null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const user = this.#userId();
    if (this.commerce && user !== this.#recentUser) {
      this.#recentUser = user;
      const commerce = this.commerce;
      void loadRecent(commerce.storage, user).then((list) => {
        if (this.#recentUser === user) this.recent = list;
      });
    }
    // New suggestions replace the list under the active one: start over rather than point
    // at a different product than the user chose.
    if (this.#suggestions.value !== this.#shownSuggestions) {
      this.#shownSuggestions = this.#suggestions.value;
      this.active = -1;
    }
    if (changed.has('open')) this.setCustomState('open', this.open);
    this.#reportPainted();
    const status = this.#suggestions.status;
    this.setCustomState('loading', status === 'loading' || status === 'slow');
    this.setCustomState('error', status === 'error');
  }

  #options(): Option[] {
    const text = this.value.trim();
    const options: Option[] = [];
    const suggestions = this.#suggestions.value;
    if (text.length >= this.minChars && suggestions) {
      suggestions.products.forEach((hit, i) => options.push({ id: `${this.#id}-p${i}`, kind: 'product', hit }));
      suggestions.categories.slice(0, 4).forEach((c, i) => options.push({ id: `${this.#id}-c${i}`, kind: 'category', categoryId: c.id, name: c.name }));
      suggestions.completions.slice(0, 4).forEach((t, i) => options.push({ id: `${this.#id}-q${i}`, kind: 'completion', text: t }));
    }
    const lower = text.toLowerCase();
    this.recent
      .filter((q) => q.toLowerCase().startsWith(lower) && q.toLowerCase() !== lower)
      .slice(0, 5)
      .forEach((t, i) => options.push({ id: `${this.#id}-r${i}`, kind: 'recent', text: t }));
    return options;
  }

  /**
   * Once the suggestions for the latest keystroke are rendered, waits for the frame that
   * paints them and reports keystroke-to-paint latency (`kontor-suggestions`).
   */
  #reportPainted(): void {
    const typed = this.#typed;
    if (!typed || this.#suggestions.status !== 'ready' || this.#suggestions.text !== typed.text) return;
    this.#typed = null;
    const count = this.#options().length;
    requestAnimationFrame(() =>
      setTimeout(() => emit(this, 'kontor-suggestions', { query: typed.text, count, durationMs: Math.max(0, performance.now() - typed.at) })),
    );
  }

  #onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.active = -1;
    this.open = true;
    const text = this.value.trim();
    this.#typed = text.length >= this.minChars ? { text, at: event.timeStamp } : null;
    if (text.length >= this.minChars) this.#suggestions.request(text, this.limit);
    else this.#suggestions.clear();
  }

  #onKeyDown(event: KeyboardEvent): void {
    const options = this.#options();
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) {
          this.open = true;
          return;
        }
        this.open = true;
        this.active = count === 0 ? -1 : this.active + 1 >= count ? 0 : this.active + 1;
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (event.altKey) {
          this.open = false;
          this.active = -1;
          return;
        }
        this.open = true;
        this.active = count === 0 ? -1 : this.active <= 0 ? count - 1 : this.active - 1;
        return;
      case 'Home':
      case 'End':
        // Only while a suggestion is active; otherwise they move the text cursor as usual.
        if (this.open && this.active >= 0 && count > 0) {
          event.preventDefault();
          this.active = event.key === 'Home' ? 0 : count - 1;
        }
        return;
      case 'ArrowLeft':
      case 'ArrowRight':
        this.active = -1;
        return;
      case 'Enter': {
        if (event.isComposing) return;
        event.preventDefault();
        const option = this.open ? options[this.active] : undefined;
        if (option) this.#accept(option);
        else this.#submit(this.value);
        return;
      }
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.open = false;
          this.active = -1;
        } else if (this.value) {
          event.preventDefault();
          this.value = '';
          this.#suggestions.clear();
        }
        return;
      default:
        return;
    }
  }

  #accept(option: Option): void {
    const query = this.value;
    switch (option.kind) {
      case 'product': {
        const { sku } = option.hit.product;
        if (emit(this, 'kontor-suggestion-select', { kind: 'product', value: sku, query }, { cancelable: true })) {
          this.#remember(query);
          location.assign(this.productUrl.replace('{sku}', encodeURIComponent(sku)));
        }
        this.#close();
        return;
      }
      case 'category':
        if (emit(this, 'kontor-suggestion-select', { kind: 'category', value: option.categoryId, query }, { cancelable: true })) {
          location.assign(this.categoryUrl.replace('{id}', encodeURIComponent(option.categoryId)));
        }
        this.#close();
        return;
      case 'completion':
      case 'recent':
        this.value = option.text;
        if (emit(this, 'kontor-suggestion-select', { kind: option.kind, value: option.text, query }, { cancelable: true })) this.#submit(option.text);
        else this.#close();
        return;
    }
  }

  #submit(text: string): void {
    const query = text.trim();
    this.#close();
    if (!query) return;
    this.#remember(query);
    if (!emit(this, 'kontor-search', { query }, { cancelable: true })) return;
    const target = new URL(this.action, document.baseURI);
    target.searchParams.set('q', query);
    location.assign(target.href);
  }

  #remember(query: string): void {
    if (!query.trim() || !this.commerce) return;
    this.recent = withRecent(this.recent, query);
    void saveRecent(this.commerce.storage, this.#userId(), this.recent);
  }

  #clearRecent(): void {
    this.recent = [];
    if (this.commerce) void saveRecent(this.commerce.storage, this.#userId(), []);
    this.renderRoot.querySelector('input')?.focus();
  }

  #close(): void {
    this.open = false;
    this.active = -1;
  }

  #onFocusOut(event: FocusEvent): void {
    // Closing on blur, unless focus moved to something inside (the clear button).
    const next = event.relatedTarget as Node | null;
    if (!next || !this.renderRoot.contains(next)) this.#close();
  }

  #status(count: number): string {
    switch (this.#suggestions.status) {
      case 'slow':
        return msg('Suggestions are taking longer. Press Enter to search.', { id: 'search-box-slow' });
      case 'error':
        return msg('No suggestions right now. Press Enter to search.', { id: 'search-box-unavailable' });
      case 'loading':
        return '';
      default:
        return this.open && this.value.trim().length >= this.minChars
          ? count === 0
            ? msg('No suggestions.', { id: 'search-box-none' })
            : msg(str`${count} suggestions.`, { id: 'search-box-count' })
          : '';
    }
  }

  #renderOption(option: Option, index: number) {
    const selected = index === this.active;
    const common = (content: unknown, extraClass = '') => html`<li
      id=${option.id}
      role="option"
      part="option"
      class="option ${extraClass}"
      aria-selected=${selected ? 'true' : 'false'}
      @pointerdown=${(e: Event) => e.preventDefault()}
      @click=${() => this.#accept(option)}
    >
      ${content}
    </li>`;
    if (option.kind === 'product') {
      const { product, price, highlights } = option.hit;
      const locale = formatLocale();
      return common(
        html`${product.image ? html`<img src=${product.image.url} alt="" width="40" height="40" loading="lazy" />` : html`<span class="noimg"></span>`}
          <span class="text">
            <span class="name">${highlighted(product.name, highlights)}</span>
            <span class="meta"><span translate="no">${product.sku}</span> · ${stockLabel(product.stockTotal, product.quantity.unit, locale)}</span>
          </span>
          <span class="price">${formatMoney(price.unitNet, locale)}</span>`,
        'product',
      );
    }
    if (option.kind === 'category') return common(html`<span class="text">${option.name}</span>`);
    return common(html`<span class="text">${option.text}</span>`);
  }

  #renderGroup(options: readonly Option[], kind: Option['kind'], label: string) {
    const members = options.map((o, i) => [o, i] as const).filter(([o]) => o.kind === kind);
    if (members.length === 0) return nothing;
    // The grouped listbox of the APG: a group labelled by its first, presentational item.
    const labelId = `${this.#id}-g-${kind}`;
    return html`<ul role="group" class="group" aria-labelledby=${labelId}>
      <li role="presentation" id=${labelId} class="group-label">${label}</li>
      ${members.map(([o, i]) => this.#renderOption(o, i))}
    </ul>`;
  }

  protected override render() {
    const options = this.#options();
    const active = this.open ? options[this.active] : undefined;
    const expanded = this.open && options.length > 0;
    const listId = `${this.#id}-list`;
    const inputId = `${this.#id}-input`;
    const label = this.label || msg('Search products', { id: 'search-box-label' });
    const busy = this.#suggestions.status === 'loading' || this.#suggestions.status === 'slow';
    return html`<div class="box">
      <form class="panel ${this.open ? 'open' : ''}" role="search" action=${this.action} @submit=${(e: Event) => (e.preventDefault(), this.#submit(this.value))} @focusout=${this.#onFocusOut}>
        <div class="field">
          <label class="visually-hidden" for=${inputId}>${label}</label>
          <input
            id=${inputId}
            class="input"
            part="input"
            type="search"
            name="q"
            role="combobox"
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            enterkeyhint="search"
            maxlength="256"
            aria-autocomplete="list"
            aria-controls=${listId}
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-activedescendant=${active ? active.id : nothing}
            aria-busy=${busy ? 'true' : 'false'}
            placeholder=${this.placeholder || msg('Search by name, SKU or EAN', { id: 'search-box-placeholder' })}
            .value=${this.value}
            @input=${this.#onInput}
            @keydown=${this.#onKeyDown}
            @focus=${() => this.recent.length > 0 && !this.value && (this.open = true)}
          />
          <button class="button submit" part="submit" type="submit">${msg('Search', { id: 'search-box-submit' })}</button>
          <button class="button secondary close" type="button" @click=${() => this.#close()}>${msg('Close', { id: 'search-box-close' })}</button>
        </div>
        <div
          id=${listId}
          role="listbox"
          part="listbox"
          aria-label=${msg('Suggestions', { id: 'search-box-suggestions' })}
          data-query=${this.#suggestions.text}
          ?hidden=${!expanded}
        >
          ${this.#renderGroup(options, 'product', msg('Products', { id: 'search-box-products' }))}
          ${this.#renderGroup(options, 'category', msg('Categories', { id: 'search-box-categories' }))}
          ${this.#renderGroup(options, 'completion', msg('Search for', { id: 'search-box-completions' }))}
          ${this.#renderGroup(options, 'recent', msg('Recent searches', { id: 'search-box-recent' }))}
        </div>
        ${this.open && options.some((o) => o.kind === 'recent')
          ? html`<button class="clear-recent" type="button" @click=${() => this.#clearRecent()}>${msg('Clear recent searches', { id: 'search-box-clear-recent' })}</button>`
          : nothing}
        <p class="status visually-hidden" role="status" aria-live="polite">${this.#status(options.filter((o) => o.kind !== 'recent').length)}</p>
        ${this.open && (this.#suggestions.status === 'slow' || this.#suggestions.status === 'error')
          ? html`<p class="quiet" aria-hidden="true">${this.#status(0)}</p>`
          : nothing}
      </form>
    </div>`;
  }
}

define('kontor-search-box', KontorSearchBox);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-search-box': KontorSearchBox;
  }
}
