import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import {
  EMPTY_DRAFT,
  ValidationError,
  checkQuantity,
  createCartEditor,
  createCheckout,
  createCheckoutPreview,
  createResource,
  createSavedCarts,
  type ApprovalRequest,
  type CartEditor,
  type CartLine,
  type Checkout,
  type CheckoutDraft,
  type CheckoutInput,
  type CheckoutPreview,
  type Commerce,
  type PreviewKey,
  type SavedCart,
  type SavedCarts,
} from '../../src/index.js';
import { define } from '../shared/define.js';
import { emit } from '../shared/events.js';
import { formStyles } from '../shared/form-styles.js';
import { KontorElement } from '../shared/kontor-element.js';
import { formatLocale } from '../shared/localization.js';
import { ResourceController } from '../shared/resource-controller.js';
import { CommerceStoreController } from '../shared/store-controller.js';
import { controls, dataTable, tokens } from '../shared/styles.js';
import { quantityMessage } from '../shared/quantity-messages.js';
import { configurationSummaryStyles } from '../configurator/configuration-summary.js';
import { renderLines, renderTotals } from './cart-lines.js';
import { cartStyles } from './cart.styles.js';
import { attemptMessage, renderConfirmation, renderDetails, renderReview, type StepsView } from './checkout-steps.js';
import { todayIso } from './labels.js';
import { renderSavedCarts } from './saved-carts-panel.js';

/** The checkout's steps, in order. */
export type CheckoutStep = 'cart' | 'details' | 'review';

/** Fields of the details step: a refusal naming one of them sends the buyer back there. */
const DETAIL_FIELDS = new Set(['poNumber', 'costCenterId', 'requestedDeliveryDate', 'billToId', 'shipToId']);

interface Stores {
  readonly commerce: Commerce;
  readonly checkout: Checkout;
  readonly editor: CartEditor;
  readonly saved: SavedCarts;
}

/**
 * The cart with the B2B checkout in three steps. **Cart**: lines with quantity, note,
 * availability per warehouse and lead time, remove with undo, saved carts. **Details**: PO
 * number, cost center, requested delivery date, bill-to and ship-to from the account,
 * partial delivery, a comment for the sales rep. **Review**: shipments by warehouse, payment
 * (invoice with the credit check, or another method) and the backend's totals for the
 * chosen ship-to.
 *
 * Nothing is lost: the cart and the form are kept on the device (a warning says when the
 * device cannot keep them), and placing an order is exactly-once. When a reply is lost the
 * element finds out whether the order arrived and says so; orders over a limit go to
 * approval and the confirmation names the reason.
 *
 * @summary Cart and B2B checkout.
 * @tag kontor-cart
 * @csspart totals - The totals list (net, VAT per rate, gross).
 * @csspart saved-carts - The saved carts panel.
 * @csspart confirmation - The order confirmation.
 * @csspart configuration - A configured line's choices.
 * @csspart edit-configuration - The link that opens a configured line in the configurator.
 * @cssprop --kontor-cart-summary-width - Largest width of the forms and the summary (default 36em).
 * @cssstate empty - When the cart has no lines.
 * @cssstate offline - When the cart shown is the copy kept on this device.
 * @cssstate placing - While an order is being placed or checked.
 * @fires kontor-cart-change - After a line changed; detail `{ cart }`.
 * @fires kontor-checkout - Before an order is placed; cancelable; detail `{ input, cart }`.
 * @fires kontor-order-placed - After an order was placed (or recovered); detail `{ order }`.
 * @fires kontor-error - When a change or the order failed.
 */
@localized()
export class KontorCart extends KontorElement {
  static override styles = [tokens, controls, dataTable, formStyles, cartStyles, configurationSummaryStyles];

  /**
   * Address of the configurator, linked from configured lines to edit them; `{sku}` and
   * `{line}` (the cart line's id) are replaced. No link without it.
   */
  @property({ attribute: 'configurator-url' }) configuratorUrl = '';

  /** The step shown. */
  @state() step: CheckoutStep = 'cart';
  @state() private lineErrors = new Map<string, string>();
  @state() private busyLines = new Set<string>();
  /** A quantity the product's rules accept, offered as the fix for a refused one. */
  @state() private lineFixes = new Map<string, number>();
  @state() private fieldErrors = new Map<string, string>();
  @state() private savedMessage = '';
  @state() private savedError = '';
  @state() private undoError = '';

  #stores: Stores | undefined;
  #announced: string | null = null;
  #focusStep = false;

  readonly #cart = new CommerceStoreController(this, (c) => c.$cart);
  readonly #session = new CommerceStoreController(this, (c) => c.$session);
  readonly #storageProblem = new CommerceStoreController(this, (c) => c.storage.$problem);
  readonly #attempt = new CommerceStoreController(this, (c) => this.#storesOf(c).checkout.$attempt);
  readonly #draft = new CommerceStoreController(this, (c) => this.#storesOf(c).checkout.$draft);
  readonly #removed = new CommerceStoreController(this, (c) => this.#storesOf(c).editor.$removed);
  readonly #savedList = new CommerceStoreController(this, (c) => this.#storesOf(c).saved.$list);
  readonly #preview = new ResourceController<PreviewKey, CheckoutPreview | null>(this, {
    create: (c) => createCheckoutPreview(c),
    key: () => this.#previewKey(),
  });
  readonly #approval = new ResourceController<string, ApprovalRequest | null>(this, {
    create: (c) => createResource(async (id: string) => (await c.adapter.listApprovals()).find((request) => request.id === id) ?? null),
    key: () => {
      const order = this.#attempt.value?.order;
      return order?.status === 'pending-approval' && order.approvalId ? order.approvalId : null;
    },
  });

  #storesOf(commerce: Commerce): Stores {
    if (this.#stores?.commerce !== commerce) {
      this.#stores = { commerce, checkout: createCheckout(commerce), editor: createCartEditor(commerce), saved: createSavedCarts(commerce) };
    }
    return this.#stores;
  }

  get #context() {
    return this.#session.value?.value?.context ?? null;
  }

  #effectiveDraft(): CheckoutDraft & { billToId: string; shipToId: string } {
    const draft = this.#draft.value;
    const context = this.#context;
    const base = draft ?? EMPTY_DRAFT;
    const account = this.#session.value?.value?.accounts.find((a) => a.id === context?.accountId);
    // A saved draft may name an address of another account; fall back to the session's.
    const billTo = account?.billTo.some((a) => a.id === base.billToId) ? base.billToId : (context?.billToId ?? '');
    const shipTo = account?.shipTo.some((a) => a.id === base.shipToId) ? base.shipToId : (context?.shipToId ?? '');
    return { ...base, billToId: billTo, shipToId: shipTo };
  }

  #previewKey(): PreviewKey | null {
    const cart = this.#cart.value?.value;
    if (!this.commerce?.adapter.previewCheckout || !cart || cart.lines.length === 0 || !this.#context) return null;
    const draft = this.#effectiveDraft();
    return {
      billToId: draft.billToId,
      shipToId: draft.shipToId,
      partialDelivery: draft.partialDelivery,
      paymentMethod: draft.paymentMethod,
      ...(draft.costCenterId ? { costCenterId: draft.costCenterId } : {}),
      ...(draft.requestedDeliveryDate ? { requestedDeliveryDate: draft.requestedDeliveryDate } : {}),
      cartVersion: cart.version,
    };
  }

  #input(): Omit<CheckoutInput, 'idempotencyKey'> {
    const d = this.#effectiveDraft();
    const version = this.#cart.value?.value?.version;
    return {
      billToId: d.billToId,
      shipToId: d.shipToId,
      partialDelivery: d.partialDelivery,
      paymentMethod: d.paymentMethod,
      ...(d.poNumber.trim() ? { poNumber: d.poNumber.trim() } : {}),
      ...(d.costCenterId ? { costCenterId: d.costCenterId } : {}),
      ...(d.requestedDeliveryDate ? { requestedDeliveryDate: d.requestedDeliveryDate } : {}),
      ...(d.comment.trim() ? { comment: d.comment.trim() } : {}),
      ...(version === undefined ? {} : { expectedCartVersion: version }),
    };
  }

  #goTo(step: CheckoutStep): void {
    this.step = step;
    this.#focusStep = true;
  }

  #update(patch: Partial<CheckoutDraft>): void {
    if (!this.commerce) return;
    const errors = new Map(this.fieldErrors);
    for (const key of Object.keys(patch)) errors.delete(key);
    this.fieldErrors = errors;
    this.#storesOf(this.commerce).checkout.updateDraft(patch);
  }

  async #changeLine(line: CartLine, run: (stores: Stores) => Promise<unknown>, action = 'update-cart'): Promise<void> {
    if (!this.commerce) return;
    const stores = this.#storesOf(this.commerce);
    const errors = new Map(this.lineErrors);
    errors.delete(line.id);
    this.lineErrors = errors;
    this.busyLines = new Set([...this.busyLines, line.id]);
    try {
      await run(stores);
      const cart = this.commerce.$cart.get().value;
      if (cart) emit(this, 'kontor-cart-change', { cart });
    } catch (error) {
      this.lineErrors = new Map([...this.lineErrors, [line.id, this.reportError(error, action).message]]);
    } finally {
      const busy = new Set(this.busyLines);
      busy.delete(line.id);
      this.busyLines = busy;
    }
  }

  #onQuantity(line: CartLine, value: string): void {
    const quantity = Number(value.trim().replace(',', '.'));
    if (quantity === line.quantity) return;
    const fixes = new Map(this.lineFixes);
    fixes.delete(line.id);
    this.lineFixes = fixes;
    if (value.trim() === '' || !Number.isFinite(quantity) || quantity <= 0) {
      this.lineErrors = new Map([...this.lineErrors, [line.id, msg('Enter a quantity above zero, or remove the line.', { id: 'cart-qty-invalid' })]]);
      return;
    }
    // The product's rules explain a quantity before it is sent; the backend enforces them anyway.
    const problem = line.rules ? checkQuantity(line.rules, quantity) : null;
    if (problem && line.rules) {
      this.lineErrors = new Map([...this.lineErrors, [line.id, quantityMessage(problem, line.rules.unit)]]);
      if ('suggestion' in problem) this.lineFixes = new Map([...this.lineFixes, [line.id, problem.suggestion]]);
      return;
    }
    void this.#changeLine(line, (s) => s.commerce.updateCartLine(line.id, { quantity }));
  }

  #onNote(line: CartLine, value: string): void {
    if (value === line.note) return;
    void this.#changeLine(line, (s) => s.commerce.updateCartLine(line.id, { note: value }));
  }

  #onRemove(line: CartLine): void {
    this.undoError = '';
    void this.#changeLine(line, (s) => s.editor.remove(line), 'remove-line').then(() => {
      // The removed row is gone: keep the keyboard on the undo offer.
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.undo button')?.focus());
    });
  }

  async #undo(): Promise<void> {
    if (!this.commerce) return;
    this.undoError = '';
    try {
      const cart = await this.#storesOf(this.commerce).editor.undo();
      if (cart) emit(this, 'kontor-cart-change', { cart });
    } catch (error) {
      this.undoError = this.reportError(error, 'undo-remove').message;
    }
  }

  async #saved(run: (saved: SavedCarts) => Promise<string>, action: string): Promise<void> {
    if (!this.commerce) return;
    this.savedError = '';
    this.savedMessage = '';
    try {
      this.savedMessage = await run(this.#storesOf(this.commerce).saved);
    } catch (error) {
      this.savedError = this.reportError(error, action).message;
    }
  }

  #savedView(userId: string) {
    return {
      list: this.#savedList.value,
      userId,
      canSave: (this.#cart.value?.value?.lines.length ?? 0) > 0,
      message: this.savedMessage,
      error: this.savedError,
      onOpen: () => void this.#saved(async (s) => (await s.load(), ''), 'load-saved-carts'),
      onSave: (name: string, shared: boolean) =>
        void this.#saved(async (s) => {
          if (!name.trim()) throw new ValidationError(msg('Enter a name for the saved cart.', { id: 'saved-cart-name-missing' }));
          const saved = await s.save(name, shared);
          const savedName = saved.name;
          return msg(str`Saved as “${savedName}”.`, { id: 'saved-cart-saved' });
        }, 'save-cart'),
      onRestore: (saved: SavedCart) =>
        void this.#saved(async (s) => {
          const result = await s.restore(saved.id);
          emit(this, 'kontor-cart-change', { cart: result.cart });
          const skipped = result.skipped.map((line) => `${line.sku}: ${line.message}`).join(' ');
          const name = saved.name;
          return skipped ? msg(str`Added “${name}” to the cart, except: ${skipped}`, { id: 'saved-cart-restored-partly' }) : msg(str`Added “${name}” to the cart.`, { id: 'saved-cart-restored' });
        }, 'restore-saved-cart'),
      onDelete: (saved: SavedCart) =>
        void this.#saved(async (s) => {
          await s.remove(saved.id);
          const name = saved.name;
          return msg(str`Deleted “${name}”.`, { id: 'saved-cart-deleted' });
        }, 'delete-saved-cart'),
      onShare: (saved: SavedCart, shared: boolean) =>
        void this.#saved(async (s) => {
          await s.update(saved.id, { shared });
          return '';
        }, 'share-saved-cart'),
    };
  }

  #continueToReview(): void {
    const date = this.#effectiveDraft().requestedDeliveryDate;
    if (date && date < todayIso()) {
      this.fieldErrors = new Map([['requestedDeliveryDate', msg('The delivery date cannot lie in the past.', { id: 'delivery-date-past' })]]);
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[name=requestedDeliveryDate]')?.focus());
      return;
    }
    this.#goTo('review');
  }

  async #place(): Promise<void> {
    const commerce = this.commerce;
    const cart = commerce?.$cart.get().value;
    if (!commerce || !cart || !this.#context) return;
    const checkout = this.#storesOf(commerce).checkout;
    const status = checkout.$attempt.get().status;
    if (status === 'placing' || status === 'checking' || status === 'queued') return;
    const input = this.#input();
    if (!emit(this, 'kontor-checkout', { input, cart }, { cancelable: true })) return;
    this.fieldErrors = new Map();
    try {
      await checkout.place(input);
    } catch (error) {
      const failure = this.reportError(error, 'place-order');
      if (failure instanceof ValidationError) {
        this.fieldErrors = new Map(failure.fields.map((f) => [f.path, f.message]));
        if (failure.fields.some((f) => DETAIL_FIELDS.has(f.path))) this.#goTo('details');
      }
    }
  }

  #reset(): void {
    if (this.commerce) this.#storesOf(this.commerce).checkout.reset();
    this.fieldErrors = new Map();
    this.#goTo('cart');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const attempt = this.#attempt.value;
    if (attempt?.status === 'placed' && attempt.order && this.#announced !== attempt.order.id) {
      this.#announced = attempt.order.id;
      emit(this, 'kontor-order-placed', { order: attempt.order });
      this.#focusStep = true;
    }
    if (this.#focusStep) {
      this.#focusStep = false;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus());
    }
  }

  #renderSteps() {
    const steps: [CheckoutStep, string][] = [
      ['cart', msg('Cart', { id: 'cart' })],
      ['details', msg('Order details', { id: 'checkout-step-details' })],
      ['review', msg('Review and order', { id: 'checkout-step-review' })],
    ];
    return html`<ol class="steps" aria-label=${msg('Checkout steps', { id: 'checkout-steps' })}>
      ${steps.map(([step, label]) => html`<li aria-current=${step === this.step ? 'step' : 'false'}>${label}</li>`)}
    </ol>`;
  }

  protected override render() {
    const session = this.#session.value?.value;
    if (!session?.user) return html`<p>${msg('Log in to see your cart.', { id: 'cart-login-needed' })}</p>`;
    const attempt = this.#attempt.value;
    const busy = attempt?.status === 'placing' || attempt?.status === 'checking' || attempt?.status === 'queued';
    this.setCustomState('placing', busy);
    if (attempt?.status === 'placed' && attempt.order) {
      return renderConfirmation(attempt.order, attempt.interrupted, this.#approval.state?.value ?? null, () => this.#reset());
    }
    const cartState = this.#cart.value;
    const cart = cartState?.value;
    const offline = cartState?.status === 'error' && Boolean(cart);
    this.setCustomState('offline', offline);
    this.setCustomState('empty', cart?.lines.length === 0);
    const problem = this.#storageProblem.value;
    const warnings = html`
      ${problem
        ? html`<p class="message warning" role="status">
            ${problem === 'full'
              ? msg('This device’s storage is full, so your cart and order form are only kept while this page is open.', { id: 'storage-full' })
              : msg('This browser does not let the shop store data, so your cart and order form are only kept while this page is open.', { id: 'storage-blocked' })}
          </p>`
        : nothing}
      ${offline
        ? html`<p class="message warning" role="alert">
            ${msg(str`The shop cannot be reached (${cartState?.error?.message ?? ''}). Showing the cart kept on this device.`, { id: 'cart-offline' })}
            <button class="button secondary" @click=${() => void this.commerce?.refreshCart().catch(() => undefined)}>${msg('Try again', { id: 'try-again' })}</button>
          </p>`
        : nothing}
      ${attempt && (attempt.status === 'failed' || attempt.status === 'checking') && attempt.interrupted ? html`<p class="message warning" role="alert">${attemptMessage(attempt)} ${this.#checkAgain()}</p>` : nothing}
      ${attempt?.status === 'queued' && this.step !== 'review' ? html`<p class="message warning queued" role="status">${attemptMessage(attempt)}</p>` : nothing}
    `;
    if (!cart) {
      return cartState?.status === 'error'
        ? html`${warnings}<p role="alert">${cartState.error?.message}</p>`
        : html`${warnings}<p aria-busy="true">${msg('Loading cart…', { id: 'cart-loading' })}</p>`;
    }
    const removed = this.#removed.value;
    const undo = removed
      ? html`<div class="undo message" role="status">
          ${msg(str`Removed ${removed.line.name}.`, { id: 'cart-line-removed' })}
          <button class="button secondary" @click=${() => void this.#undo()}>${msg('Undo', { id: 'undo' })}</button>
          <span class="error">${this.undoError}</span>
        </div>`
      : nothing;
    if (cart.lines.length === 0) {
      // A lost reply may have emptied the cart on the backend: the buyer still hears what became of the order.
      const pending = attempt && !attempt.interrupted && (attempt.status === 'checking' || attempt.status === 'failed');
      return html`${warnings}${pending ? html`<p class="message error" role="alert">${attemptMessage(attempt)}</p>${this.#checkAgain()}` : nothing}${undo}<p>${msg('Your cart is empty.', { id: 'cart-empty' })}</p>${this.commerce && this.#storesOf(this.commerce).saved.supported() ? renderSavedCarts(this.#savedView(session.user.id)) : nothing}`;
    }
    const locale = formatLocale();
    const account = session.accounts.find((a) => a.id === session.context?.accountId);
    const preview = this.#preview.state?.value ?? null;
    const draft = this.#effectiveDraft();
    const heading = this.step === 'cart' ? msg('Your cart', { id: 'cart-heading' }) : this.step === 'details' ? msg('Order details', { id: 'checkout-step-details' }) : msg('Review and order', { id: 'checkout-step-review' });
    const view: StepsView | null = account
      ? { locale, account, draft, billToId: draft.billToId, shipToId: draft.shipToId, fieldErrors: this.#visibleFieldErrors(preview), update: (patch) => this.#update(patch) }
      : null;
    return html`
      ${this.#renderSteps()}
      <h2 class="step-heading" tabindex="-1">${heading}</h2>
      ${warnings}
      ${this.step === 'cart'
        ? html`${undo}
            ${renderLines({
              cart,
              locale,
              configuratorUrl: this.configuratorUrl,
              availability: new Map((preview?.availability ?? []).map((a) => [a.lineId, a])),
              lineErrors: this.lineErrors,
              lineFixes: this.lineFixes,
              busyLines: this.busyLines,
              onQuantity: (line, value) => this.#onQuantity(line, value),
              onNote: (line, value) => this.#onNote(line, value),
              onRemove: (line) => this.#onRemove(line),
            })}
            ${renderTotals(cart.totals, locale)}
            <div class="row actions">
              <button class="button" @click=${() => this.#goTo('details')}>${msg('Continue to order details', { id: 'checkout-to-details' })}</button>
            </div>
            ${this.commerce && this.#storesOf(this.commerce).saved.supported() ? renderSavedCarts(this.#savedView(session.user.id)) : nothing}`
        : nothing}
      ${this.step === 'details' && view
        ? html`<form class="checkout" novalidate @submit=${(e: Event) => (e.preventDefault(), this.#continueToReview())}>
            ${renderDetails(view)}
            <div class="row actions">
              <button class="button secondary" type="button" @click=${() => this.#goTo('cart')}>${msg('Back to cart', { id: 'checkout-back-cart' })}</button>
              <button class="button" type="submit">${msg('Continue to review', { id: 'checkout-to-review' })}</button>
            </div>
          </form>`
        : nothing}
      ${this.step === 'review' && view
        ? html`<form class="checkout" novalidate @submit=${(e: Event) => (e.preventDefault(), void this.#place())}>
            ${this.#preview.state?.status === 'error' && !preview
              ? html`<p class="message error" role="alert">
                  ${this.#preview.state.error?.message}
                  <button class="button secondary" type="button" @click=${() => this.#preview.reload()}>${msg('Try again', { id: 'try-again' })}</button>
                </p>`
              : renderReview(view, preview, this.commerce?.adapter.previewCheckout ? null : cart.totals)}
            <div class="row actions">
              <button class="button secondary" type="button" @click=${() => this.#goTo('details')}>${msg('Back to details', { id: 'checkout-back-details' })}</button>
              <button class="button place" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
                ${busy ? msg('Placing order…', { id: 'placing-order' }) : msg('Place order', { id: 'place-order' })}
              </button>
            </div>
            <p class="message error" role="alert">${attempt && !attempt.interrupted ? attemptMessage(attempt) : nothing}</p>
            ${attempt && !attempt.interrupted ? this.#checkAgain() : nothing}
          </form>`
        : nothing}
    `;
  }

  #checkAgain() {
    const attempt = this.#attempt.value;
    if (attempt?.status !== 'checking') return nothing;
    return html`<button class="button secondary check-again" type="button" @click=${() => this.#check()}>
      ${msg('Check whether the order arrived', { id: 'order-check-again' })}
    </button>`;
  }

  #check(): void {
    if (this.commerce) this.#storesOf(this.commerce).checkout.check();
  }

  readonly #onOnline = (): void => this.#check();

  override connectedCallback(): void {
    super.connectedCallback();
    // Back online: ask at once what became of an order whose reply was lost, without waiting out the back-off.
    window.addEventListener('online', this.#onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onOnline);
  }

  /** Refusals of the last attempt, and on the review step the preview's problems too. */
  #visibleFieldErrors(preview: CheckoutPreview | null): ReadonlyMap<string, string> {
    if (this.step !== 'review' || !preview) return this.fieldErrors;
    return new Map([...preview.problems.filter((p) => p.path !== 'cart').map((p) => [p.path, p.message] as const), ...this.fieldErrors]);
  }
}

define('kontor-cart', KontorCart);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-cart': KontorCart;
  }
}
