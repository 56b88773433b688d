import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  formatMoney,
  type Account,
  type Address,
  type ApprovalRequest,
  type CheckoutAttempt,
  type CheckoutDraft,
  type CheckoutPreview,
  type Order,
  type PaymentMethod,
  type Totals,
} from '../../src/index.js';
import { orderStatusLabel } from '../shared/order-status.js';
import { renderTotals } from './cart-lines.js';
import { dateLabel, paymentLabel, shipmentLabel, todayIso } from './labels.js';
import { numberFormat } from '../../src/commerce/formatters.js';

/** What the details and review steps need from the element. */
export interface StepsView {
  readonly locale: string;
  readonly account: Account;
  readonly draft: CheckoutDraft;
  /** The bill-to and ship-to in effect (the draft's, else the session's). */
  readonly billToId: string;
  readonly shipToId: string;
  /** Messages per field path from the last refusal or the preview. */
  readonly fieldErrors: ReadonlyMap<string, string>;
  update(patch: Partial<CheckoutDraft>): void;
}

function fieldError(view: StepsView, path: string): TemplateResult | typeof nothing {
  const message = view.fieldErrors.get(path);
  return message ? html`<span class="message error" id=${`error-${path}`}>${message}</span>` : nothing;
}

const described = (view: StepsView, path: string) => (view.fieldErrors.has(path) ? `error-${path}` : nothing);

function addressOption(address: Address, selected: string): TemplateResult {
  return html`<option value=${address.id} ?selected=${address.id === selected}>${address.label}: ${address.street}, ${address.postalCode} ${address.city} (${address.country})</option>`;
}

/** Step 2: PO number, cost center, delivery date, addresses, partial delivery, comment. */
export function renderDetails(view: StepsView): TemplateResult {
  const { draft, account } = view;
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  return html`<div class="fields">
    <label>${msg('PO number', { id: 'po-number' })}
      <input class="input" name="poNumber" maxlength="35" autocomplete="off" .value=${draft.poNumber} aria-describedby=${described(view, 'poNumber')} @input=${(e: Event) => view.update({ poNumber: value(e) })} />
      ${fieldError(view, 'poNumber')}
    </label>
    ${account.costCenters.length
      ? html`<label>${msg('Cost center', { id: 'cost-center' })}
          <select class="input" name="costCenterId" aria-describedby=${described(view, 'costCenterId')} @change=${(e: Event) => view.update({ costCenterId: value(e) })}>
            <option value="" ?selected=${draft.costCenterId === ''}>${msg('None', { id: 'none' })}</option>
            ${account.costCenters.map((cc) => html`<option value=${cc.id} ?selected=${cc.id === draft.costCenterId}>${cc.name}</option>`)}
          </select>
          ${fieldError(view, 'costCenterId')}
        </label>`
      : nothing}
    <label>${msg('Requested delivery date', { id: 'delivery-date' })}
      <input class="input" type="date" name="requestedDeliveryDate" min=${todayIso()} .value=${draft.requestedDeliveryDate} aria-invalid=${view.fieldErrors.has('requestedDeliveryDate') ? 'true' : 'false'} aria-describedby=${described(view, 'requestedDeliveryDate')} @change=${(e: Event) => view.update({ requestedDeliveryDate: value(e) })} />
      ${fieldError(view, 'requestedDeliveryDate')}
    </label>
    <label>${msg('Bill to', { id: 'bill-to' })}
      <select class="input" name="billToId" aria-describedby=${described(view, 'billToId')} @change=${(e: Event) => view.update({ billToId: value(e) })}>
        ${account.billTo.map((a) => addressOption(a, view.billToId))}
      </select>
      ${fieldError(view, 'billToId')}
    </label>
    <label>${msg('Ship to', { id: 'ship-to' })}
      <select class="input" name="shipToId" aria-describedby=${described(view, 'shipToId')} @change=${(e: Event) => view.update({ shipToId: value(e) })}>
        ${account.shipTo.map((a) => addressOption(a, view.shipToId))}
      </select>
      ${fieldError(view, 'shipToId')}
    </label>
    <label class="check"><input type="checkbox" name="partialDelivery" .checked=${draft.partialDelivery} @change=${(e: Event) => view.update({ partialDelivery: (e.target as HTMLInputElement).checked })} /> ${msg('Partial delivery allowed', { id: 'partial-delivery' })}</label>
    <label>${msg('Comment or question for your sales representative', { id: 'order-comment' })}
      <textarea class="input" name="comment" rows="3" maxlength="2000" .value=${draft.comment} @input=${(e: Event) => view.update({ comment: (e.target as HTMLTextAreaElement).value })}></textarea>
    </label>
  </div>`;
}

function renderShipments(preview: CheckoutPreview, locale: string): TemplateResult {
  const number = numberFormat(locale);
  return html`<section class="shipments" aria-labelledby="shipments-heading">
    <h3 id="shipments-heading">${msg('Shipments', { id: 'shipments' })}</h3>
    <ol>
      ${preview.shipments.map(
        (shipment) => html`<li class=${shipment.backorder ? 'backorder' : ''}>
          <strong>${shipmentLabel(shipment, locale)}</strong>
          <ul>${shipment.lines.map((line) => html`<li>${number.format(line.quantity)} × ${line.name} <span class="sku" translate="no">${line.sku}</span></li>`)}</ul>
        </li>`,
      )}
    </ol>
  </section>`;
}

function renderPayment(view: StepsView, preview: CheckoutPreview): TemplateResult {
  const { credit } = preview;
  const available = formatMoney({ ...credit.available, amountMinor: Math.max(0, credit.available.amountMinor) }, view.locale);
  const limit = formatMoney(credit.limit, view.locale);
  return html`<fieldset class="payment">
    <legend>${msg('Payment', { id: 'payment' })}</legend>
    ${preview.paymentMethods.map(
      (method: PaymentMethod) => html`<label class="check">
        <input type="radio" name="paymentMethod" value=${method} .checked=${view.draft.paymentMethod === method} @change=${() => view.update({ paymentMethod: method })} />
        ${paymentLabel(method)}
      </label>`,
    )}
    <p class="sku">${msg(str`Available credit on invoice: ${available} of ${limit}`, { id: 'credit-available' })}</p>
    ${fieldError(view, 'paymentMethod')}
  </fieldset>`;
}

/**
 * Step 3: the order as it would be placed, with shipments, payment and the backend's totals.
 * `withoutPreview` carries the cart's totals on adapters that have no checkout preview.
 */
export function renderReview(view: StepsView, preview: CheckoutPreview | null, withoutPreview: Totals | null): TemplateResult {
  if (withoutPreview) {
    return html`<fieldset class="payment">
        <legend>${msg('Payment', { id: 'payment' })}</legend>
        <p>${paymentLabel('invoice')}</p>
        ${fieldError(view, 'paymentMethod')}
      </fieldset>
      ${renderTotals(withoutPreview, view.locale)}`;
  }
  if (!preview) return html`<p aria-busy="true">${msg('Preparing your order…', { id: 'checkout-preparing' })}</p>`;
  const shipTo = view.account.shipTo.find((a) => a.id === view.shipToId);
  const date = view.draft.requestedDeliveryDate;
  return html`<dl class="summary">
      <div><dt>${msg('PO number', { id: 'po-number' })}</dt><dd>${view.draft.poNumber || '—'}</dd></div>
      <div><dt>${msg('Ship to', { id: 'ship-to' })}</dt><dd>${shipTo ? `${shipTo.label}, ${shipTo.city}` : '—'}</dd></div>
      <div><dt>${msg('Requested delivery date', { id: 'delivery-date' })}</dt><dd>${date ? dateLabel(date, view.locale) : '—'}</dd></div>
    </dl>
    ${preview.approvalReasons.length > 0
      ? html`<div class="approval-note" role="note">
          <p><strong>${msg('This order will need approval before it is processed:', { id: 'checkout-needs-approval' })}</strong></p>
          <ul class="reasons">${preview.approvalReasons.map((reason) => html`<li>${reason.message}</li>`)}</ul>
        </div>`
      : nothing}
    ${renderShipments(preview, view.locale)}
    ${renderPayment(view, preview)}
    ${renderTotals(preview.cart.totals, view.locale)}`;
}

/**
 * What the buyer is told while an order's fate is open or after a refusal. A lost reply is
 * never reported as "no order": the store is still finding out, and says so.
 */
export function attemptMessage(attempt: CheckoutAttempt): string {
  const reason = attempt.error?.message ?? '';
  if (attempt.status === 'checking' && attempt.interrupted) {
    return msg('An earlier order attempt was interrupted. We are checking whether your order went through; it will be placed at most once.', { id: 'order-interrupted-checking' });
  }
  if (attempt.status === 'checking') {
    return msg('The connection dropped before the shop confirmed your order. We are checking whether your order went through; it will be placed at most once.', { id: 'order-checking' });
  }
  if (attempt.status === 'queued') {
    return msg('You are offline. Your order is kept on this device and will be sent when the connection is back; it will be placed once.', { id: 'order-queued-offline' });
  }
  if (attempt.status !== 'failed') return '';
  if (attempt.interrupted) {
    return msg(str`${reason} An earlier order attempt was interrupted and the shop did not accept it: no order was placed, and your cart is kept.`, { id: 'order-interrupted-none' });
  }
  return msg(str`${reason} No order was placed; your cart is kept.`, { id: 'order-not-placed' });
}

/** The confirmation: number, status and, for orders waiting for approval, why. */
export function renderConfirmation(order: Order, recovered: boolean, approval: ApprovalRequest | null, onContinue: () => void): TemplateResult {
  const number = order.number;
  return html`<div class="confirmation" role="status" part="confirmation">
    <h2 tabindex="-1" class="step-heading">${msg(str`Order ${number} received.`, { id: 'order-received' })}</h2>
    ${recovered ? html`<p>${msg('The connection dropped while ordering, but your order arrived, once.', { id: 'order-recovered' })}</p>` : nothing}
    <p>${msg('Status', { id: 'order-status' })}: <strong>${orderStatusLabel(order.status)}</strong></p>
    ${order.status === 'pending-approval'
      ? html`<p>${msg('Your order needs approval before it is processed.', { id: 'order-needs-approval' })}</p>
          ${approval ? html`<ul class="reasons">${approval.reasons.map((reason) => html`<li>${reason.message}</li>`)}</ul>` : nothing}`
      : nothing}
    <button class="button secondary" @click=${onContinue}>${msg('Continue shopping', { id: 'continue-shopping' })}</button>
  </div>`;
}
