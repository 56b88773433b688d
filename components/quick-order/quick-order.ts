import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import { createQuickOrder, fixFor, type Commerce, type LineResult, type Order, type QuickOrder, type SearchHit } from '../../src/index.js';
import { define } from '../shared/define.js';
import { emit } from '../shared/events.js';
import { KontorElement } from '../shared/kontor-element.js';
import { CommerceStoreController } from '../shared/store-controller.js';
import { formatLocale } from '../shared/localization.js';
import { controls, tokens } from '../shared/styles.js';
import { fixLabel, issueMessage, noticeMessage } from './line-messages.js';
import { quickOrderStyles } from './quick-order.styles.js';
import { numberFormat } from '../../src/commerce/formatters.js';

/** Rows rendered at once: the list is paged, so 10,000 lines never become 10,000 rows of DOM. */
const PAGE_SIZE = 100;
const SUGGEST_DELAY_MS = 150;

/**
 * Quick order for buyers who know their item numbers: type rows of item number and
 * quantity (with typeahead; Enter moves on), paste straight from a spreadsheet or e-mail,
 * upload a CSV file, or reload a past order. Every line is checked in one batched request
 * and explained with a fix in place; all valid lines go to the cart in one call. The list
 * downloads as CSV that pastes back in. Up to 10,000 lines, shown in pages of 100.
 *
 * @summary Quick order by item number, paste, file or order history.
 * @tag kontor-quick-order
 * @csspart table - The table of lines.
 * @csspart summary - The "N valid, N to fix" line.
 * @csspart add - The button adding the valid lines to the cart.
 * @cssprop --kontor-color-danger - Colour of problems.
 * @cssprop --kontor-color-warning - Colour of notices (short stock).
 * @cssstate busy - While lines are read, checked or added.
 * @cssstate empty - While the list has no lines.
 * @fires kontor-quick-order-add - Before adding (cancelable); detail `{ lines }`.
 * @fires kontor-cart-change - After the cart changed; detail `{ cart }`.
 * @fires kontor-error - When checking or adding failed.
 */
@localized()
export class KontorQuickOrder extends KontorElement {
  static override styles = [tokens, controls, quickOrderStyles];

  /** Empty rows to start with, for typing. */
  @property({ type: Number, attribute: 'initial-rows' }) initialRows = 3;

  @state() private page = 0;
  @state() private onlyToFix = false;
  @state() private message: { kind: 'error' | 'success'; text: string } | null = null;
  @state() private orders: readonly Order[] | null = null;
  @state() private suggestFor: number | null = null;
  @state() private suggestions: readonly SearchHit[] = [];
  @state() private activeOption = -1;
  @state() private busy = false;

  // Followed so the reorder tools appear once the session says who is logged in.
  readonly #session = new CommerceStoreController(this, (c) => c.$session);
  #store: QuickOrder | undefined;
  #source: Commerce | undefined;
  #unsubscribe: (() => void)[] = [];
  #suggestTimer: ReturnType<typeof setTimeout> | undefined;
  #suggestTicket = 0;

  /** The headless store behind the element (for scripts and tests). */
  get store(): QuickOrder | undefined {
    return this.#store;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe.forEach((off) => off());
    this.#unsubscribe = [];
    this.#source = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const commerce = this.commerce;
    if (!commerce || commerce === this.#source) return;
    this.#unsubscribe.forEach((off) => off());
    this.#source = commerce;
    const store = createQuickOrder(commerce, formatLocale);
    this.#store = store;
    for (let i = 0; i < this.initialRows; i++) store.addRow();
    this.#unsubscribe = [
      store.$results.listen(() => this.requestUpdate()),
      store.$progress.listen(() => this.requestUpdate()),
      store.$lookupError.listen((error) => {
        if (error) this.reportError(error, 'check-lines');
        this.requestUpdate();
      }),
    ];
  }

  protected override updated(): void {
    const store = this.#store;
    this.setCustomState('empty', !store || store.$rows.get().length === 0);
    this.setCustomState('busy', this.busy || Boolean(store?.$progress.get()));
  }

  #visible(): { result: LineResult; position: number }[] {
    const results = this.#store?.$results.get() ?? [];
    const all = results.map((result, position) => ({ result, position }));
    return this.onlyToFix ? all.filter((r) => r.result.status === 'invalid') : all;
  }

  #focusRow(rowId: number, field: 'code' | 'qty'): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`[data-row="${rowId}"][data-field="${field}"]`)?.focus());
  }

  /** Shows the page holding a row, then focuses its field. */
  #goToRow(rowId: number, field: 'code' | 'qty'): void {
    const index = this.#visible().findIndex((r) => r.result.row.id === rowId);
    if (index >= 0) this.page = Math.floor(index / PAGE_SIZE);
    this.#focusRow(rowId, field);
  }

  #nextRow(rowId: number): void {
    const store = this.#store;
    if (!store) return;
    const rows = store.$rows.get();
    const index = rows.findIndex((r) => r.id === rowId);
    const next = rows[index + 1] ?? store.addRow();
    this.#goToRow(next.id, 'code');
  }

  async #import(read: () => Promise<{ lines: number; blank: number; header: boolean }>): Promise<void> {
    this.busy = true;
    this.message = null;
    try {
      const report = await read();
      this.message = report.lines === 0
        ? { kind: 'error', text: msg('No lines found to import.', { id: 'qo-import-none' }) }
        : { kind: 'success', text: msg(str`${report.lines} lines imported.`, { id: 'qo-imported' }) };
      this.page = 0;
    } finally {
      this.busy = false;
    }
  }

  #pasteArea(): HTMLTextAreaElement | null {
    return this.renderRoot.querySelector('textarea');
  }

  #importPasted(): void {
    const area = this.#pasteArea();
    const store = this.#store;
    if (!area || !store) return;
    const text = area.value;
    void this.#import(() => store.importText(text)).then(() => (area.value = ''));
  }

  #onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    const store = this.#store;
    if (!file || !store) return;
    void this.#import(() => store.importFile(file)).finally(() => (input.value = ''));
  }

  /** A multi-line paste into a single field is a list: import it instead of squashing it. */
  #onFieldPaste(event: ClipboardEvent, rowId: number): void {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const store = this.#store;
    if (!store || !/[\r\n\t;]/.test(text.trim())) return;
    event.preventDefault();
    const row = store.$rows.get().find((r) => r.id === rowId);
    if (row && row.code === '' && row.quantityText === '') store.removeRow(rowId);
    void this.#import(() => store.importText(text));
  }

  async #loadOrders(): Promise<void> {
    const commerce = this.commerce;
    if (!commerce) return;
    try {
      this.orders = await commerce.adapter.listOrders({ limit: 20 });
    } catch (error) {
      this.message = { kind: 'error', text: this.reportError(error, 'list-orders').message };
    }
  }

  #reorder(): void {
    const select = this.renderRoot.querySelector<HTMLSelectElement>('select[name=order]');
    const order = this.orders?.find((o) => o.id === select?.value);
    const store = this.#store;
    if (!order || !store) return;
    void this.#import(() => store.loadOrder(order));
  }

  #download(): void {
    const store = this.#store;
    if (!store) return;
    const csv = store.toCsv([msg('SKU', { id: 'qo-csv-sku' }), msg('Quantity', { id: 'quantity' })]);
    const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'quick-order.csv';
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  async #addToCart(): Promise<void> {
    const store = this.#store;
    const commerce = this.commerce;
    if (!store || !commerce || this.busy) return;
    const lines = store.$results
      .get()
      .filter((r) => r.status === 'valid' && r.product && r.quantity !== null)
      .map((r) => ({ sku: r.product?.sku ?? '', quantity: r.quantity ?? 0 }));
    if (lines.length === 0) return;
    if (!emit(this, 'kontor-quick-order-add', { lines }, { cancelable: true })) return;
    this.busy = true;
    this.message = null;
    try {
      const outcome = await store.addValidToCart();
      if (outcome.ok) {
        this.message = { kind: 'success', text: msg(str`${outcome.added} lines added to the cart.`, { id: 'qo-added' }) };
        emit(this, 'kontor-cart-change', { cart: outcome.cart });
        this.page = 0;
      } else {
        this.reportError(outcome.error, 'add-to-cart');
        this.message = { kind: 'error', text: outcome.error.message };
      }
    } finally {
      this.busy = false;
    }
  }

  #onCodeInput(rowId: number, value: string): void {
    this.#store?.setCode(rowId, value);
    clearTimeout(this.#suggestTimer);
    const commerce = this.commerce;
    const query = value.trim();
    if (!commerce || query.length < 2 || !(this.commerce?.$info.get()?.capabilities.suggest ?? true)) {
      this.suggestFor = null;
      return;
    }
    const ticket = ++this.#suggestTicket;
    this.#suggestTimer = setTimeout(() => {
      commerce.adapter
        .suggest(query, 6)
        .then((found) => {
          if (ticket !== this.#suggestTicket) return;
          // An exact item number always comes first.
          const exact = (hit: SearchHit) => (hit.product.sku.toLowerCase() === query.toLowerCase() ? 0 : 1);
          this.suggestions = [...found.products].sort((a, b) => exact(a) - exact(b));
          this.suggestFor = this.suggestions.length > 0 ? rowId : null;
          this.activeOption = -1;
        })
        .catch(() => (this.suggestFor = null));
    }, SUGGEST_DELAY_MS);
  }

  #pick(rowId: number, hit: SearchHit): void {
    this.#store?.setCode(rowId, hit.product.sku);
    this.suggestFor = null;
    this.#focusRow(rowId, 'qty');
  }

  #onCodeKey(event: KeyboardEvent, rowId: number): void {
    const open = this.suggestFor === rowId && this.suggestions.length > 0;
    if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.activeOption = (this.activeOption + step + this.suggestions.length) % this.suggestions.length;
    } else if (event.key === 'Escape' && open) {
      this.suggestFor = null;
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = open ? this.suggestions[this.activeOption] : undefined;
      if (hit) this.#pick(rowId, hit);
      else {
        this.suggestFor = null;
        this.#focusRow(rowId, 'qty');
      }
    }
  }

  #onQtyKey(event: KeyboardEvent, rowId: number): void {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.#nextRow(rowId);
  }

  #remove(rowId: number, position: number): void {
    const store = this.#store;
    if (!store) return;
    store.removeRow(rowId);
    const next = store.$rows.get()[position] ?? store.$rows.get()[position - 1];
    if (next) this.#focusRow(next.id, 'code');
    else this.renderRoot.querySelector<HTMLButtonElement>('.add-row')?.focus();
  }

  #renderIssues(result: LineResult) {
    const store = this.#store;
    if (!store) return nothing;
    const rowId = result.row.id;
    const positions = new Map(store.$rows.get().map((r, i) => [r.id, i] as const));
    const position = (id: number) => positions.get(id) ?? 0;
    const locale = formatLocale();
    return html`
      ${result.issues.map((issue) => {
        const fix = fixFor(issue);
        const value = fix?.kind === 'set-code' ? fix.code : fix ? numberFormat(locale).format(fix.quantity) : '';
        return html`<div class="issue">
          ${issueMessage(issue, position)}
          ${issue.kind === 'unknown-code'
            ? (issue.closest ?? []).map(
                (c) => html`<button class="fix" type="button" @click=${() => store.setCode(rowId, c.sku)}>${c.sku} (${c.name})</button>`,
              )
            : nothing}
          ${fix ? html`<button class="fix" type="button" @click=${() => store.applyFix(rowId, fix)}>${fixLabel(fix.kind, value)}</button>` : nothing}
        </div>`;
      })}
      ${result.notices.map((notice) => html`<div class="notice">${noticeMessage(notice, result.product?.quantity.unit ?? '', locale)}</div>`)}
      ${result.status === 'valid' && result.product ? html`<div class="ok">${result.product.name}</div>` : nothing}
      ${result.status === 'checking' ? html`<div>${msg('Checking…', { id: 'qo-checking' })}</div>` : nothing}
    `;
  }

  #renderRow(result: LineResult, position: number) {
    const { row } = result;
    const invalid = result.status === 'invalid';
    const codeIssue = result.issues.some((i) => ['missing-code', 'code-too-long', 'unknown-code', 'discontinued', 'configurable'].includes(i.kind));
    const qtyIssue = result.issues.some((i) => ['missing-quantity', 'malformed-quantity', 'quantity'].includes(i.kind));
    const open = this.suggestFor === row.id;
    const listId = `suggest-${row.id}`;
    const line = position + 1;
    return html`<tr data-status=${result.status}>
      <td class="n">${line}</td>
      <td class="code">
        <input
          class="input"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${listId}
          aria-activedescendant=${open && this.activeOption >= 0 ? `${listId}-${this.activeOption}` : ''}
          aria-label=${msg(str`Item number, line ${line}`, { id: 'qo-code-label' })}
          aria-invalid=${invalid && codeIssue ? 'true' : 'false'}
          aria-describedby="status-${row.id}"
          autocomplete="off"
          spellcheck="false"
          data-row=${row.id}
          data-field="code"
          .value=${row.code}
          @input=${(e: Event) => this.#onCodeInput(row.id, (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => this.#onCodeKey(e, row.id)}
          @paste=${(e: ClipboardEvent) => this.#onFieldPaste(e, row.id)}
          @blur=${() => setTimeout(() => this.suggestFor === row.id && (this.suggestFor = null), 150)}
        />
        <ul id=${listId} role="listbox" aria-label=${msg('Suggestions', { id: 'qo-suggestions' })} ?hidden=${!open}>
          ${open
            ? this.suggestions.map(
                (hit, i) => html`<li
                  id="${listId}-${i}"
                  role="option"
                  aria-selected=${i === this.activeOption ? 'true' : 'false'}
                  @mousedown=${(e: Event) => e.preventDefault()}
                  @click=${() => this.#pick(row.id, hit)}
                >
                  <strong>${hit.product.sku}</strong> ${hit.product.mpn} – ${hit.product.name}
                </li>`,
              )
            : nothing}
        </ul>
      </td>
      <td class="qty">
        <input
          class="input"
          inputmode="decimal"
          autocomplete="off"
          aria-label=${msg(str`Quantity, line ${line}`, { id: 'qo-qty-label' })}
          aria-invalid=${invalid && qtyIssue ? 'true' : 'false'}
          aria-describedby="status-${row.id}"
          data-row=${row.id}
          data-field="qty"
          .value=${row.quantityText}
          @input=${(e: Event) => this.#store?.setQuantity(row.id, (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => this.#onQtyKey(e, row.id)}
          @paste=${(e: ClipboardEvent) => this.#onFieldPaste(e, row.id)}
        />
      </td>
      <td id="status-${row.id}">${this.#renderIssues(result)}</td>
      <td>
        <button class="remove" type="button" aria-label=${msg(str`Remove line ${line}`, { id: 'qo-remove-label' })} @click=${() => this.#remove(row.id, position)}>
          ${msg('Remove', { id: 'qo-remove' })}
        </button>
      </td>
    </tr>`;
  }

  #renderProgress() {
    const progress = this.#store?.$progress.get();
    if (!progress) return nothing;
    const label = progress.phase === 'reading' ? msg('Reading lines…', { id: 'qo-reading' }) : msg('Checking item numbers…', { id: 'qo-checking-all' });
    return html`<label>${label} <progress max=${progress.total} .value=${progress.done}></progress></label>`;
  }

  protected override render() {
    const store = this.#store;
    if (!store) return html`<p>${msg('Loading…', { id: 'qo-loading' })}</p>`;
    const summary = store.$summary.get();
    const visible = this.#visible();
    const pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
    const page = Math.min(this.page, pages - 1);
    const shown = visible.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    const lookupError = store.$lookupError.get();
    const loggedIn = Boolean(this.#session.value?.value?.user);
    return html`
      <div class="tools">
        <label class="paste">
          ${msg('Paste from a spreadsheet or e-mail (item number and quantity per line)', { id: 'qo-paste-label' })}
          <textarea spellcheck="false"></textarea>
        </label>
        <button class="button secondary" type="button" @click=${this.#importPasted}>${msg('Add pasted lines', { id: 'qo-paste-add' })}</button>
        <label>
          ${msg('Upload a CSV file', { id: 'qo-upload' })}
          <input type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" @change=${this.#onFile} />
        </label>
      </div>
      ${loggedIn
        ? html`<div class="tools">
            ${this.orders === null
              ? html`<button class="button secondary" type="button" @click=${this.#loadOrders}>${msg('Reorder from order history', { id: 'qo-history' })}</button>`
              : this.orders.length === 0
                ? html`<p>${msg('No past orders yet.', { id: 'qo-history-none' })}</p>`
                : html`<label>
                      ${msg('Past order', { id: 'qo-history-order' })}
                      <select name="order" class="input">
                        ${this.orders.map((o) => html`<option value=${o.id}>${o.number} · ${new Date(o.placedAt).toLocaleDateString(formatLocale())} · ${msg(str`${o.lines.length} lines`, { id: 'qo-history-lines' })}</option>`)}
                      </select>
                    </label>
                    <button class="button secondary" type="button" @click=${this.#reorder}>${msg('Load its lines', { id: 'qo-history-load' })}</button>`}
          </div>`
        : nothing}
      ${this.#renderProgress()}
      <p class="summary" part="summary" role="status">
        ${msg(str`${summary.valid} valid, ${summary.toFix} to fix`, { id: 'qo-summary' })}${summary.checking > 0 ? msg(str`, ${summary.checking} being checked`, { id: 'qo-summary-checking' }) : ''}
      </p>
      ${lookupError
        ? html`<p class="message error" role="alert">
            ${msg('The item numbers could not be checked.', { id: 'qo-lookup-error' })} ${lookupError.message}
            <button class="fix" type="button" @click=${() => store.retry()}>${msg('Try again', { id: 'qo-retry' })}</button>
          </p>`
        : nothing}
      <label><input type="checkbox" .checked=${this.onlyToFix} @change=${(e: Event) => ((this.onlyToFix = (e.target as HTMLInputElement).checked), (this.page = 0))} /> ${msg('Show only lines to fix', { id: 'qo-only-to-fix' })}</label>
      <table part="table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">${msg('Item number', { id: 'qo-code' })}</th>
            <th scope="col">${msg('Quantity', { id: 'quantity' })}</th>
            <th scope="col">${msg('Check', { id: 'qo-check' })}</th>
            <th scope="col"><span class="visually-hidden">${msg('Actions', { id: 'actions' })}</span></th>
          </tr>
        </thead>
        <tbody>
          ${repeat(shown, (r) => r.result.row.id, (r) => this.#renderRow(r.result, r.position))}
        </tbody>
      </table>
      ${pages > 1
        ? html`<nav class="pages" aria-label=${msg('Pages of lines', { id: 'qo-pages' })}>
            <button class="button secondary" type="button" ?disabled=${page === 0} @click=${() => (this.page = page - 1)}>${msg('Previous', { id: 'qo-prev' })}</button>
            <span>${msg(str`Page ${page + 1} of ${pages}`, { id: 'qo-page' })}</span>
            <button class="button secondary" type="button" ?disabled=${page >= pages - 1} @click=${() => (this.page = page + 1)}>${msg('Next', { id: 'qo-next' })}</button>
          </nav>`
        : nothing}
      <div class="actions">
        <button class="button secondary add-row" type="button" @click=${() => this.#goToRow(store.addRow().id, 'code')}>${msg('Add line', { id: 'qo-add-row' })}</button>
        <button class="button secondary" type="button" @click=${() => store.applyAllFixes()}>${msg('Apply all suggested fixes', { id: 'qo-fix-all' })}</button>
        <button class="button secondary" type="button" @click=${this.#download}>${msg('Download CSV', { id: 'qo-download' })}</button>
        <button class="button" part="add" type="button" aria-disabled=${summary.valid === 0 || this.busy ? 'true' : 'false'} @click=${this.#addToCart}>
          ${msg(str`Add ${summary.valid} valid lines to the cart`, { id: 'qo-add' })}
        </button>
      </div>
      <p class="message ${this.message?.kind ?? ''}" role=${this.message?.kind === 'error' ? 'alert' : 'status'}>${this.message?.text ?? nothing}</p>
    `;
  }
}

define('kontor-quick-order', KontorQuickOrder);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-quick-order': KontorQuickOrder;
  }
}
