import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { createCheckout, formatMoney, type Cart, type CartLine, type Checkout, type Commerce, type PaymentMethod } from '../../src/index.js';
import { define } from '../shared/define.js';
import { emit } from '../shared/events.js';
import { formStyles } from '../shared/form-styles.js';
import { KontorElement } from '../shared/kontor-element.js';
import { formatLocale } from '../shared/localization.js';
import { orderStatusLabel } from '../shared/order-status.js';
import { CommerceStoreController } from '../shared/store-controller.js';
import { controls, tokens } from '../shared/styles.js';
import { cartStyles } from './cart.styles.js';

interface CheckoutFields {
  poNumber: string;
  costCenterId: string;
  requestedDeliveryDate: string;
  partialDelivery: boolean;
  comment: string;
  paymentMethod: PaymentMethod;
}

/**
 * The cart with B2B checkout: lines with quantities and notes, the backend's totals (net,
 * VAT per rate, gross), and the order form (PO number, cost center, delivery date, partial
 * delivery, comment). Placing an order is exactly-once: retries reuse the attempt's
 * idempotency key. Orders over the buyer's limit go to approval, and the confirmation
 * says so.
 *
 * @summary Cart and checkout.
 * @tag kontor-cart
 * @cssstate empty - When the cart has no lines.
 * @fires kontor-cart-change - After a line changed; detail `{ cart }`.
 * @fires kontor-error - When a change or the order failed.
 */
@localized()
export class KontorCart extends KontorElement {
  static override styles = [tokens, controls, formStyles, cartStyles];

  @state() private lineError = '';
  @state() private fields: CheckoutFields = {
    poNumber: '',
    costCenterId: '',
    requestedDeliveryDate: '',
    partialDelivery: true,
    comment: '',
    paymentMethod: 'invoice',
  };

  readonly #cart = new CommerceStoreController(this, (c) => c.$cart);
  readonly #session = new CommerceStoreController(this, (c) => c.$session);
  #checkout: Checkout | undefined;
  #checkoutOf: Commerce | undefined;
  readonly #attempt = new CommerceStoreController(this, (c) => this.#checkoutFor(c).$attempt);

  #checkoutFor(commerce: Commerce): Checkout {
    if (this.#checkoutOf !== commerce || !this.#checkout) {
      this.#checkoutOf = commerce;
      this.#checkout = createCheckout(commerce);
    }
    return this.#checkout;
  }

  async #changeLine(line: CartLine, run: (commerce: Commerce) => Promise<Cart>): Promise<void> {
    const commerce = this.commerce;
    if (!commerce) return;
    this.lineError = '';
    try {
      emit(this, 'kontor-cart-change', { cart: await run(commerce) });
    } catch (error) {
      this.lineError = `${line.sku}: ${this.reportError(error, 'update-cart').message}`;
    }
  }

  #onQuantity(line: CartLine, event: Event): void {
    const input = event.target as HTMLInputElement;
    const quantity = Number(input.value.trim().replace(',', '.'));
    if (quantity === line.quantity) return;
    void this.#changeLine(line, (c) => c.updateCartLine(line.id, { quantity }));
  }

  async #place(event: Event): Promise<void> {
    event.preventDefault();
    const commerce = this.commerce;
    const context = this.#session.value?.value?.context;
    if (!commerce || !context) return;
    const f = this.fields;
    try {
      await this.#checkoutFor(commerce).place({
        billToId: context.billToId,
        shipToId: context.shipToId,
        partialDelivery: f.partialDelivery,
        paymentMethod: f.paymentMethod,
        ...(f.poNumber.trim() ? { poNumber: f.poNumber.trim() } : {}),
        ...(f.costCenterId ? { costCenterId: f.costCenterId } : {}),
        ...(f.requestedDeliveryDate ? { requestedDeliveryDate: f.requestedDeliveryDate } : {}),
        ...(f.comment.trim() ? { comment: f.comment.trim() } : {}),
      });
    } catch (error) {
      this.reportError(error, 'place-order');
    }
  }

  #field<K extends keyof CheckoutFields>(key: K, value: CheckoutFields[K]): void {
    this.fields = { ...this.fields, [key]: value };
  }

  protected override render() {
    const session = this.#session.value?.value;
    if (!session?.user) return html`<p>${msg('Log in to see your cart.', { id: 'cart-login-needed' })}</p>`;
    const attempt = this.#attempt.value;
    if (attempt?.status === 'placed' && attempt.order) {
      const order = attempt.order;
      return html`<div class="confirmation" role="status">
        <p><strong>${msg(str`Order ${order.number} received.`, { id: 'order-received' })}</strong> ${orderStatusLabel(order.status)}</p>
        <button class="button secondary" @click=${() => this.#checkout?.reset()}>${msg('Continue shopping', { id: 'continue-shopping' })}</button>
      </div>`;
    }
    const cartState = this.#cart.value;
    const cart = cartState?.value;
    this.setCustomState('empty', cart?.lines.length === 0);
    if (!cart) {
      return cartState?.status === 'error'
        ? html`<p role="alert">${cartState.error?.message}</p>`
        : html`<p aria-busy="true">${msg('Loading cart…', { id: 'cart-loading' })}</p>`;
    }
    if (cart.lines.length === 0) return html`<p>${msg('Your cart is empty.', { id: 'cart-empty' })}</p>`;
    const locale = formatLocale();
    const account = session.accounts.find((a) => a.id === session.context?.accountId);
    const placing = attempt?.status === 'placing';
    return html`
      <table>
        <caption class="visually-hidden">${msg('Cart lines', { id: 'cart-lines' })}</caption>
        <thead><tr>
          <th scope="col">${msg('Product', { id: 'product' })}</th>
          <th scope="col" class="number">${msg('Unit price', { id: 'price-tier-unit' })}</th>
          <th scope="col" class="number">${msg('Quantity', { id: 'quantity' })}</th>
          <th scope="col" class="number">${msg('Net', { id: 'net' })}</th>
          <th scope="col"><span class="visually-hidden">${msg('Actions', { id: 'actions' })}</span></th>
        </tr></thead>
        <tbody>
          ${cart.lines.map(
            (line) => html`<tr>
              <td>${line.name}<br /><span class="sku" translate="no">${line.sku}</span></td>
              <td class="number">${formatMoney(line.price.unitNet, locale)}</td>
              <td class="number">
                <input class="input qty" inputmode="decimal" aria-label=${msg(str`Quantity of ${line.name}`, { id: 'cart-qty-label' })} .value=${String(line.quantity)} @change=${(e: Event) => this.#onQuantity(line, e)} />
              </td>
              <td class="number">${formatMoney(line.price.lineNet, locale)}</td>
              <td><button class="button secondary" aria-label=${msg(str`Remove ${line.name}`, { id: 'cart-remove-label' })} @click=${() => void this.#changeLine(line, (c) => c.removeCartLine(line.id))}>${msg('Remove', { id: 'remove' })}</button></td>
            </tr>`,
          )}
        </tbody>
      </table>
      <p class="message error" role="alert">${this.lineError}</p>
      <div class="totals">
        <div><span>${msg('Net total', { id: 'cart-net-total' })}</span><span class="number">${formatMoney(cart.totals.net, locale)}</span></div>
        ${cart.totals.vat.map(
          (vat) => html`<div><span>${msg(str`VAT ${new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(vat.rate)}`, { id: 'vat-rate' })}</span><span class="number">${formatMoney(vat.amount, locale)}</span></div>`,
        )}
        <div class="gross"><span>${msg('Total', { id: 'gross-total' })}</span><span class="number">${formatMoney(cart.totals.gross, locale)}</span></div>
      </div>
      <form class="checkout" @submit=${this.#place} novalidate>
        <label>${msg('PO number', { id: 'po-number' })}
          <input class="input" maxlength="35" .value=${this.fields.poNumber} @input=${(e: Event) => this.#field('poNumber', (e.target as HTMLInputElement).value)} />
        </label>
        ${account?.costCenters.length
          ? html`<label>${msg('Cost center', { id: 'cost-center' })}
              <select class="input" @change=${(e: Event) => this.#field('costCenterId', (e.target as HTMLSelectElement).value)}>
                <option value="">${msg('None', { id: 'none' })}</option>
                ${account.costCenters.map((cc) => html`<option value=${cc.id} ?selected=${cc.id === this.fields.costCenterId}>${cc.name}</option>`)}
              </select>
            </label>`
          : nothing}
        <label>${msg('Requested delivery date', { id: 'delivery-date' })}
          <input class="input" type="date" .value=${this.fields.requestedDeliveryDate} @input=${(e: Event) => this.#field('requestedDeliveryDate', (e.target as HTMLInputElement).value)} />
        </label>
        <label class="row"><input type="checkbox" .checked=${this.fields.partialDelivery} @change=${(e: Event) => this.#field('partialDelivery', (e.target as HTMLInputElement).checked)} /> ${msg('Partial delivery allowed', { id: 'partial-delivery' })}</label>
        <label>${msg('Comment for your sales representative', { id: 'order-comment' })}
          <textarea class="input" rows="3" maxlength="1000" .value=${this.fields.comment} @input=${(e: Event) => this.#field('comment', (e.target as HTMLTextAreaElement).value)}></textarea>
        </label>
        <label>${msg('Payment', { id: 'payment' })}
          <select class="input" @change=${(e: Event) => this.#field('paymentMethod', (e.target as HTMLSelectElement).value as PaymentMethod)}>
            <option value="invoice">${msg('On invoice', { id: 'payment-invoice' })}</option>
            <option value="direct-debit">${msg('Direct debit', { id: 'payment-direct-debit' })}</option>
          </select>
        </label>
        <div class="row">
          <button class="button" type="submit" aria-disabled=${placing ? 'true' : 'false'}>${placing ? msg('Placing order…', { id: 'placing-order' }) : msg('Place order', { id: 'place-order' })}</button>
        </div>
        <p class="message error" role="alert">
          ${attempt?.status === 'failed' && attempt.error
            ? attempt.error.retryable
              ? msg(str`${attempt.error.message} You can safely try again: the order will not be placed twice.`, { id: 'order-retry' })
              : attempt.error.message
            : nothing}
        </p>
      </form>
    `;
  }
}

define('kontor-cart', KontorCart);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-cart': KontorCart;
  }
}
