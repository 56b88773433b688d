import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { formatMoney, type Invoice, type Order, type Shipment, type UnavailableLine } from '../../src/index.js';
import { decisionText } from '../approval-inbox/approval-texts.js';
import { renderConfigurationSummary } from '../configurator/configuration-summary.js';
import { dateTimeFormat, numberFormat } from '../../src/commerce/formatters.js';

/** The outcome of a reorder: a summary, and a note per line that could not be reordered. */
export interface ReorderMessage {
  readonly kind: 'error' | 'success';
  readonly text: string;
  readonly notes?: readonly string[];
}

/** What the detail view needs from its element: the selection of lines (by position) and the reorder actions. */
export interface OrderDetailHost {
  readonly locale: string;
  readonly selected: ReadonlySet<number>;
  readonly quickOrderOnPage: boolean;
  readonly busy: boolean;
  readonly message: ReorderMessage | null;
  toggle(position: number, on: boolean): void;
  reorder(order: Order, target: 'cart' | 'quick-order', onlySelected: boolean): void;
}

/** Why a line of a past order cannot be ordered again, naming the replacement when there is one. */
export function unavailableText(line: UnavailableLine): string {
  const { name, sku } = line;
  if (line.reason === 'unknown') return msg(str`${name} (${sku}) is no longer in the catalog and was not added.`, { id: 'reorder-unknown-sku' });
  const replacement = line.replacementSku;
  return replacement
    ? msg(str`${name} (${sku}) is no longer sold and was not added. Its replacement is ${replacement}.`, { id: 'reorder-discontinued-replacement' })
    : msg(str`${name} (${sku}) is no longer sold and was not added; there is no replacement.`, { id: 'reorder-discontinued' });
}

/** An invoice's payment state in words. */
export function invoiceStatusLabel(status: Invoice['status']): string {
  switch (status) {
    case 'open':
      return msg('Open', { id: 'invoice-open' });
    case 'paid':
      return msg('Paid', { id: 'status-paid' });
    case 'overdue':
      return msg('Overdue', { id: 'invoice-overdue' });
  }
}

function day(locale: string, iso: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
}

function shipmentItem(host: OrderDetailHost, order: Order, shipment: Shipment, index: number) {
  const names = new Map(order.lines.map((l) => [l.sku, l.name] as const));
  const number = numberFormat(host.locale);
  const from = shipment.warehouseName ?? shipment.warehouseId;
  const position = index + 1;
  return html`<li class="shipment">
    <strong>${msg(str`Shipment ${position} from ${from}`, { id: 'shipment-title' })}</strong>,
    ${shipment.carrier}
    ${shipment.shippedAt
      ? html`<span>${msg(str`shipped on ${day(host.locale, shipment.shippedAt)}`, { id: 'shipment-shipped' })}</span>,
          <span>${msg('tracking', { id: 'shipment-tracking' })} <code translate="no">${shipment.trackingReference}</code></span>`
      : html`<span class="meta">${msg('not shipped yet', { id: 'shipment-pending' })}</span>`},
    ${msg(str`expected on ${day(host.locale, shipment.expectedAt)}`, { id: 'shipment-expected' })}
    <ul>${shipment.lines.map((l) => html`<li>${number.format(l.quantity)} × ${names.get(l.sku) ?? l.sku} <span class="meta" translate="no">${l.sku}</span></li>`)}</ul>
  </li>`;
}

/** The detail of one order: lines with shipped and back-ordered quantities, shipments, invoices, approvals, reorder. */
export function orderDetail(host: OrderDetailHost, order: Order) {
  const locale = host.locale;
  const number = numberFormat(locale);
  const pending = order.shipments.filter((s) => s.shippedAt === null);
  const rest = pending.length > 0 ? pending.map((s) => s.expectedAt).sort().at(-1) : undefined;
  const count = [...host.selected].filter((position) => position < order.lines.length).length;
  const time = dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return html`<div class="detail-grid">
    <section>
      <h3>${msg('Lines', { id: 'approval-lines' })}</h3>
      <table>
        <thead><tr>
          <th scope="col"><span class="visually-hidden">${msg('Select', { id: 'select' })}</span></th>
          <th scope="col">${msg('Product', { id: 'product' })}</th>
          <th scope="col" class="number">${msg('Ordered', { id: 'line-ordered' })}</th>
          <th scope="col" class="number">${msg('Shipped', { id: 'status-shipped' })}</th>
          <th scope="col" class="number">${msg('Back-ordered', { id: 'line-backordered' })}</th>
          <th scope="col" class="number">${msg('Net', { id: 'net' })}</th>
        </tr></thead>
        <tbody>${order.lines.map((l, position) => html`<tr>
          <td><input type="checkbox" aria-label=${msg(str`Select ${l.name}`, { id: 'line-select' })} .checked=${host.selected.has(position)} @change=${(e: Event) => host.toggle(position, (e.target as HTMLInputElement).checked)} /></td>
          <td>${l.name} <span class="meta" translate="no">${l.sku}</span>${l.configurationSummary ? renderConfigurationSummary(l.configurationSummary, l.name) : nothing}</td>
          <td class="number">${number.format(l.quantity)}</td>
          <td class="number">${number.format(l.shippedQuantity)}</td>
          <td class="number ${l.backorderedQuantity ? 'backordered' : ''}">${number.format(l.backorderedQuantity ?? 0)}</td>
          <td class="number">${formatMoney(l.price.lineNet, locale)}</td>
        </tr>`)}</tbody>
      </table>
      ${rest && order.status !== 'pending-approval' ? html`<p>${msg(str`The rest is expected on ${day(locale, rest)}.`, { id: 'order-rest-expected' })}</p>` : nothing}
      <div class="actions">
        <button class="button" type="button" aria-disabled=${host.busy ? 'true' : 'false'} @click=${() => !host.busy && host.reorder(order, 'cart', false)}>${msg('Reorder all', { id: 'reorder-all' })}</button>
        <button class="button secondary" type="button" aria-disabled=${host.busy || count === 0 ? 'true' : 'false'} @click=${() => !host.busy && count > 0 && host.reorder(order, 'cart', true)}>${msg(str`Reorder selected (${count})`, { id: 'reorder-selected' })}</button>
        ${host.quickOrderOnPage
          ? html`<button class="button secondary" type="button" @click=${() => host.reorder(order, 'quick-order', count > 0)}>${msg('Into quick order', { id: 'reorder-quick-order' })}</button>`
          : nothing}
      </div>
      <div class="message ${host.message?.kind ?? ''}" role="status">
        ${host.message?.text ?? ''}
        ${host.message?.notes?.length ? html`<ul class="notes">${host.message.notes.map((note) => html`<li>${note}</li>`)}</ul>` : nothing}
      </div>
    </section>
    <section>
      <h3>${msg('Shipments', { id: 'order-shipments' })}</h3>
      ${order.shipments.length === 0
        ? html`<p class="meta">${order.status === 'pending-approval' ? msg('Shipping starts once the order is approved.', { id: 'order-ships-after-approval' }) : msg('No shipments.', { id: 'order-no-shipments' })}</p>`
        : html`<ol class="shipments">${order.shipments.map((s, i) => shipmentItem(host, order, s, i))}</ol>`}
    </section>
    <section>
      <h3>${msg('Invoices', { id: 'invoices' })}</h3>
      ${order.invoices.length === 0
        ? html`<p class="meta">${msg('Invoiced after the last shipment.', { id: 'order-no-invoice' })}</p>`
        : html`<ul>${order.invoices.map((i) => html`<li>
            ${i.number}: ${formatMoney(i.total, locale)}, ${msg(str`due on ${day(locale, i.dueAt)}`, { id: 'invoice-due' })},
            <span class="status ${i.status}">${invoiceStatusLabel(i.status)}</span>
          </li>`)}</ul>`}
    </section>
    ${order.approvalDecisions?.length || order.status === 'pending-approval'
      ? html`<section>
          <h3>${msg('Approval', { id: 'order-approval' })}</h3>
          ${order.approvalDecisions?.length
            ? html`<ol class="trail">${order.approvalDecisions.map((d) => html`<li>${decisionText(d)}, <time datetime=${d.at}>${time.format(new Date(d.at))}</time>${d.comment ? html`: „${d.comment}“` : nothing}</li>`)}</ol>`
            : html`<p class="meta">${msg('No decision yet.', { id: 'approval-trail-empty' })}</p>`}
        </section>`
      : nothing}
  </div>`;
}
