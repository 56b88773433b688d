import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import {
  createResource,
  formatMoney,
  ordersCsv,
  planReorder,
  type AccountInvoices,
  type Order,
  type OrderQuery,
  type OrderStatus,
} from '../../src/index.js';
import { define } from '../shared/define.js';
import { emit } from '../shared/events.js';
import { KontorElement } from '../shared/kontor-element.js';
import { formatLocale } from '../shared/localization.js';
import { orderStatusLabel } from '../shared/order-status.js';
import { ResourceController } from '../shared/resource-controller.js';
import { CommerceStoreController } from '../shared/store-controller.js';
import { controls, dataTable, tokens } from '../shared/styles.js';
import { configurationSummaryStyles } from '../configurator/configuration-summary.js';
import { invoiceStatusLabel, orderDetail, unavailableText, type OrderDetailHost, type ReorderMessage } from './order-detail.js';
import { orderHistoryStyles } from './order-history.styles.js';
import { dateTimeFormat } from '../../src/commerce/formatters.js';

/** Filters of the order list as the form holds them (empty means "any"). */
interface Filters {
  status: OrderStatus | '';
  from: string;
  to: string;
  poNumber: string;
  placedBy: string;
  accountId: string;
  search: string;
}

const EMPTY: Filters = { status: '', from: '', to: '', poNumber: '', placedBy: '', accountId: '', search: '' };
const STATUSES: readonly OrderStatus[] = ['pending-approval', 'confirmed', 'partially-shipped', 'shipped', 'invoiced', 'paid', 'rejected', 'cancelled'];
/** Orders per page; "Show more" adds another page. */
const PAGE = 20;

/**
 * The buyer's order history: a filtered, searchable list of the account's orders with their
 * status as of now; each opens to its lines (ordered, shipped, back-ordered), shipments with
 * carrier, tracking reference and dates, invoices and the approval trail. Lines go back to
 * the cart (all or selected) or into a quick order list on the same page. The list exports
 * as CSV. Below it: the account's invoices with due dates and the credit limit in use.
 *
 * @summary Orders, shipments, invoices and reorder.
 * @tag kontor-order-history
 * @csspart filters - The filter form.
 * @csspart orders - The order table.
 * @csspart invoices - The invoice section.
 * @csspart configuration - A configured line's choices in an order's details.
 * @cssprop --kontor-color-success - Colour of shipped and paid states.
 * @cssprop --kontor-color-warning - Colour of waiting, partial, back-ordered and overdue states.
 * @cssstate loading - While orders load.
 * @cssstate empty - When no order matches the filters.
 * @fires kontor-reorder - Before lines of an order go to the cart or quick order (cancelable); detail `{ order, lines, target }`: each line as ordered (configuration included), without lines whose products are no longer sold (the element names those, with their replacement).
 * @fires kontor-cart-change - After reordered lines reached the cart; detail `{ cart }`.
 * @fires kontor-error - When loading, exporting or reordering failed.
 */
@localized()
export class KontorOrderHistory extends KontorElement {
  static override styles = [tokens, controls, dataTable, orderHistoryStyles, configurationSummaryStyles];

  /** Whether to show the invoice and credit section below the orders. */
  @property({ type: Boolean, attribute: 'hide-invoices' }) hideInvoices = false;

  @state() private filters: Filters = EMPTY;
  @state() private limit = PAGE;
  @state() private revision = 0;
  @state() private expanded: string | null = null;
  /** Positions in the open order's lines: an order may hold one SKU twice (plain and configured). */
  @state() private selected: ReadonlySet<number> = new Set();
  @state() private reorderBusy = false;
  @state() private reorderMessage: ReorderMessage | null = null;

  readonly #session = new CommerceStoreController(this, (c) => c.$session);
  readonly #info = new CommerceStoreController(this, (c) => c.$info);
  readonly #orders = new ResourceController<{ query: OrderQuery; revision: number; user: string }, readonly Order[]>(this, {
    create: (commerce) => createResource(({ query }) => commerce.adapter.listOrders(query)),
    key: () => {
      const user = this.#session.value?.value?.user;
      const context = this.#session.value?.value?.context;
      return user && context ? { query: this.#query(), revision: this.revision, user: `${user.id}/${context.accountId}` } : null;
    },
    onChange: (state) => {
      if (state.status === 'error' && state.error) this.reportError(state.error, 'list-orders');
    },
  });
  readonly #invoices = new ResourceController<{ account: string; revision: number }, AccountInvoices | null>(this, {
    create: (commerce) => createResource(() => commerce.adapter.listInvoices?.() ?? Promise.resolve(null)),
    key: () => {
      const context = this.#session.value?.value?.context;
      return context && !this.hideInvoices ? { account: context.accountId, revision: this.revision } : null;
    },
  });

  #query(): OrderQuery {
    const f = this.filters;
    return {
      limit: this.limit,
      ...(f.status && { status: f.status }),
      ...(f.from && { from: f.from }),
      ...(f.to && { to: f.to }),
      ...(f.poNumber.trim() && { poNumber: f.poNumber.trim() }),
      ...(f.placedBy && { placedBy: f.placedBy }),
      ...(f.accountId && { accountId: f.accountId }),
      ...(f.search.trim() && { search: f.search.trim() }),
    };
  }

  #set<K extends keyof Filters>(key: K, value: Filters[K]): void {
    this.filters = { ...this.filters, [key]: value };
    this.limit = PAGE;
  }

  /** Loads orders and invoices again (their status moves on with time). */
  refresh(): void {
    this.revision += 1;
  }

  #export(): void {
    const orders = this.#orders.state?.value ?? [];
    const locale = formatLocale();
    try {
      const text = ordersCsv(
        orders,
        {
          header: [
            msg('Order', { id: 'csv-order' }),
            msg('Date', { id: 'csv-date' }),
            msg('PO number', { id: 'po-number' }),
            msg('Ordered by', { id: 'orders-placed-by' }),
            msg('Status', { id: 'orders-status' }),
            msg('Net', { id: 'net' }),
            msg('Gross', { id: 'csv-gross' }),
            msg('Currency', { id: 'csv-currency' }),
          ],
          status: (o) => orderStatusLabel(o.status),
        },
        locale,
      );
      // A byte order mark so spreadsheets read umlauts as UTF-8.
      const url = URL.createObjectURL(new Blob([`\uFEFF${text}`], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `orders-${new Date().toISOString().slice(0, 10)}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (error) {
      this.reportError(error, 'export-orders');
    }
  }

  async #reorder(order: Order, target: 'cart' | 'quick-order', onlySelected: boolean): Promise<void> {
    const commerce = this.commerce;
    if (!commerce || this.reorderBusy) return;
    const positions = onlySelected ? this.selected : undefined;
    if (target === 'quick-order') {
      await this.#toQuickOrder(order, positions);
      return;
    }
    this.reorderBusy = true;
    this.reorderMessage = null;
    try {
      const plan = await planReorder(commerce.adapter, order, positions);
      const notes = plan.unavailable.map(unavailableText);
      if (plan.lines.length === 0) {
        if (notes.length > 0) this.reorderMessage = { kind: 'error', text: msg('None of these lines can be ordered again.', { id: 'reorder-none-available' }), notes };
        return;
      }
      if (!emit(this, 'kontor-reorder', { order, lines: plan.lines, target }, { cancelable: true })) return;
      const cart = await commerce.addToCart(plan.lines);
      emit(this, 'kontor-cart-change', { cart });
      const count = plan.lines.length;
      const text = count === 1 ? msg('One line added to the cart.', { id: 'reorder-done-one' }) : msg(str`${count} lines added to the cart.`, { id: 'reorder-done' });
      this.reorderMessage = { kind: 'success', text, notes };
    } catch (error) {
      this.reorderMessage = { kind: 'error', text: this.reportError(error, 'reorder').message };
    } finally {
      this.reorderBusy = false;
    }
  }

  /** Quick order takes codes and quantities only: configured lines stay out, and the buyer is told why. */
  async #toQuickOrder(order: Order, positions: ReadonlySet<number> | undefined): Promise<void> {
    const chosen = order.lines.filter((_, position) => !positions || positions.has(position));
    const plain = chosen.filter((line) => !line.configuration);
    const notes = plain.length < chosen.length ? [msg('Configured lines cannot go into the quick order list; reorder them into the cart to keep their configuration.', { id: 'reorder-quick-order-configured' })] : [];
    if (plain.length === 0) {
      this.reorderMessage = notes.length > 0 ? { kind: 'error', text: notes[0] ?? '' } : null;
      return;
    }
    const lines = plain.map((line) => ({ sku: line.sku, quantity: line.quantity }));
    if (!emit(this, 'kontor-reorder', { order, lines, target: 'quick-order' }, { cancelable: true })) return;
    this.reorderMessage = null;
    const quickOrder = document.querySelector('kontor-quick-order');
    await quickOrder?.store?.loadOrder({ ...order, lines: plain });
    quickOrder?.scrollIntoView({ block: 'start' });
    const text = lines.length === 1 ? msg('One line put into the quick order list.', { id: 'reorder-quick-order-done-one' }) : msg(str`${lines.length} lines put into the quick order list.`, { id: 'reorder-quick-order-done' });
    this.reorderMessage = { kind: 'success', text, notes };
  }

  #detailHost(): OrderDetailHost {
    return {
      locale: formatLocale(),
      selected: this.selected,
      quickOrderOnPage: Boolean(document.querySelector('kontor-quick-order')),
      busy: this.reorderBusy,
      message: this.reorderMessage,
      toggle: (position, on) => {
        const next = new Set(this.selected);
        if (on) next.add(position);
        else next.delete(position);
        this.selected = next;
      },
      reorder: (order, target, onlySelected) => void this.#reorder(order, target, onlySelected),
    };
  }

  #open(order: Order): void {
    this.expanded = this.expanded === order.id ? null : order.id;
    this.selected = new Set();
    this.reorderMessage = null;
  }

  protected override updated(): void {
    const state = this.#orders.state;
    this.setCustomState('loading', state?.status === 'loading');
    this.setCustomState('empty', state?.status === 'ready' && (state.value?.length ?? 0) === 0);
  }

  protected override render() {
    const session = this.#session.value;
    if (!session?.value?.user) {
      return session?.status === 'ready' || session?.status === 'error'
        ? html`<p>${msg('Log in to see your orders.', { id: 'orders-login-needed' })}</p>`
        : html`<p aria-busy="true">${msg('Loading orders…', { id: 'orders-loading' })}</p>`;
    }
    if (this.#info.value?.capabilities.orderHistory === false) {
      return html`<p role="status">${msg('This shop does not offer an order history.', { id: 'orders-unsupported' })}</p>`;
    }
    return html`${this.#filtersForm()} ${this.#list()} ${this.hideInvoices ? nothing : this.#invoiceSection()}`;
  }

  #filtersForm() {
    const f = this.filters;
    const session = this.#session.value?.value;
    const people = new Map((this.#orders.state?.value ?? []).map((o) => [o.placedBy.userId, o.placedBy.name] as const));
    if (f.placedBy && !people.has(f.placedBy)) people.set(f.placedBy, f.placedBy);
    const text = (key: 'poNumber' | 'search', label: string, type = 'text') =>
      html`<label>${label}<input class="input" type=${type} maxlength="100" .value=${f[key]} @change=${(e: Event) => this.#set(key, (e.target as HTMLInputElement).value)} /></label>`;
    const date = (key: 'from' | 'to', label: string) =>
      html`<label>${label}<input class="input" type="date" .value=${f[key]} @change=${(e: Event) => this.#set(key, (e.target as HTMLInputElement).value)} /></label>`;
    return html`<form class="filters" part="filters" role="search" aria-label=${msg('Filter orders', { id: 'orders-filter' })} @submit=${(e: Event) => e.preventDefault()}>
        ${text('search', msg('Search', { id: 'approval-search' }), 'search')}
        <label>${msg('Status', { id: 'orders-status' })}
          <select class="input" @change=${(e: Event) => this.#set('status', (e.target as HTMLSelectElement).value as Filters['status'])}>
            <option value="" ?selected=${f.status === ''}>${msg('Any', { id: 'orders-any' })}</option>
            ${STATUSES.map((s) => html`<option value=${s} ?selected=${f.status === s}>${orderStatusLabel(s)}</option>`)}
          </select>
        </label>
        ${date('from', msg('From', { id: 'orders-from' }))} ${date('to', msg('To', { id: 'orders-to' }))}
        ${text('poNumber', msg('PO number', { id: 'po-number' }))}
        <label>${msg('Ordered by', { id: 'orders-placed-by' })}
          <select class="input" @change=${(e: Event) => this.#set('placedBy', (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${f.placedBy === ''}>${msg('Anyone', { id: 'orders-anyone' })}</option>
            ${[...people].map(([id, name]) => html`<option value=${id} ?selected=${f.placedBy === id}>${name}</option>`)}
          </select>
        </label>
        ${(session?.accounts.length ?? 0) > 1
          ? html`<label>${msg('Account', { id: 'account' })}
              <select class="input" @change=${(e: Event) => this.#set('accountId', (e.target as HTMLSelectElement).value)}>
                ${session?.accounts.map((a) => html`<option value=${a.id} ?selected=${(f.accountId || session.context?.accountId) === a.id}>${a.name}</option>`)}
              </select>
            </label>`
          : nothing}
        <button class="button secondary" type="button" @click=${() => ((this.filters = EMPTY), (this.limit = PAGE))}>${msg('Reset filters', { id: 'orders-reset' })}</button>
      </form>
      <div class="toolbar">
        <button class="button secondary" type="button" @click=${() => this.refresh()}>${msg('Refresh', { id: 'refresh' })}</button>
        <button class="button secondary" type="button" aria-disabled=${(this.#orders.state?.value?.length ?? 0) === 0 ? 'true' : 'false'} @click=${() => (this.#orders.state?.value?.length ?? 0) > 0 && this.#export()}>${msg('Export as CSV', { id: 'orders-export' })}</button>
      </div>`;
  }

  #list() {
    const state = this.#orders.state;
    const orders = state?.value;
    if (!orders) {
      return state?.status === 'error'
        ? html`<p class="message error" role="alert">${state.error?.message} <button class="button secondary" type="button" @click=${() => this.#orders.reload()}>${msg('Try again', { id: 'try-again' })}</button></p>`
        : html`<p aria-busy="true">${msg('Loading orders…', { id: 'orders-loading' })}</p>`;
    }
    if (orders.length === 0) return html`<p role="status">${msg('No orders match.', { id: 'orders-empty' })}</p>`;
    const locale = formatLocale();
    const day = dateTimeFormat(locale, { dateStyle: 'medium' });
    return html`
      ${state?.status === 'error' ? html`<p class="message error" role="alert">${state.error?.message}</p>` : nothing}
      <table class="orders" part="orders" aria-busy=${state?.status === 'loading' ? 'true' : 'false'}>
        <caption class="visually-hidden">${msg('Orders', { id: 'orders' })}</caption>
        <thead><tr>
          <th scope="col">${msg('Order', { id: 'csv-order' })}</th>
          <th scope="col">${msg('Date', { id: 'csv-date' })}</th>
          <th scope="col">${msg('PO number', { id: 'po-number' })}</th>
          <th scope="col">${msg('Ordered by', { id: 'orders-placed-by' })}</th>
          <th scope="col">${msg('Status', { id: 'orders-status' })}</th>
          <th scope="col" class="number">${msg('Total', { id: 'gross-total' })}</th>
        </tr></thead>
        <tbody>
          ${orders.map((o) => {
            const open = this.expanded === o.id;
            return html`<tr class="order" data-order=${o.number}>
                <td><button class="button secondary" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${`order-${o.id}`} @click=${() => this.#open(o)}>${o.number}</button></td>
                <td>${day.format(new Date(o.placedAt))}</td>
                <td>${o.poNumber ?? ''}</td>
                <td>${o.placedBy.name}</td>
                <td><span class="status ${o.status}">${orderStatusLabel(o.status)}</span></td>
                <td class="number">${formatMoney(o.totals.gross, locale)}</td>
              </tr>
              ${open ? html`<tr class="detail" id=${`order-${o.id}`}><td colspan="6">${orderDetail(this.#detailHost(), o)}</td></tr>` : nothing}`;
          })}
        </tbody>
      </table>
      ${orders.length >= this.limit ? html`<button class="button secondary" type="button" @click=${() => (this.limit += PAGE)}>${msg('Show more', { id: 'orders-more' })}</button>` : nothing}
    `;
  }

  #invoiceSection() {
    const state = this.#invoices.state;
    if (!this.commerce?.adapter.listInvoices) return nothing;
    const data = state?.value;
    const locale = formatLocale();
    const day = dateTimeFormat(locale, { dateStyle: 'medium' });
    return html`<section class="invoices" part="invoices" aria-labelledby="invoices-title">
      <h3 id="invoices-title">${msg('Invoices and credit', { id: 'invoices-title' })}</h3>
      ${!data
        ? state?.status === 'error'
          ? html`<p class="message error" role="alert">${state.error?.message}</p>`
          : html`<p aria-busy="true">${msg('Loading invoices…', { id: 'invoices-loading' })}</p>`
        : html`<dl class="credit">
              <div><dt>${msg('Credit limit', { id: 'credit-limit' })}</dt><dd>${formatMoney(data.creditLimit, locale)}</dd></div>
              <div><dt>${msg('In use', { id: 'credit-used' })}</dt><dd>${formatMoney(data.creditUsed, locale)}</dd></div>
              <div><dt>${msg('Available', { id: 'credit-free' })}</dt><dd>${formatMoney(data.creditAvailable, locale)}</dd></div>
              <div><dt>${msg('Open invoices', { id: 'invoices-open-total' })}</dt><dd>${formatMoney(data.openTotal, locale)}</dd></div>
              <div><dt>${msg('Overdue', { id: 'invoice-overdue' })}</dt><dd class=${data.overdueTotal.amountMinor > 0 ? 'status overdue' : ''}>${formatMoney(data.overdueTotal, locale)}</dd></div>
            </dl>
            ${data.invoices.length === 0
              ? html`<p>${msg('No invoices yet.', { id: 'invoices-empty' })}</p>`
              : html`<table>
                  <caption class="visually-hidden">${msg('Invoices', { id: 'invoices' })}</caption>
                  <thead><tr>
                    <th scope="col">${msg('Invoice', { id: 'invoice' })}</th>
                    <th scope="col">${msg('Order', { id: 'csv-order' })}</th>
                    <th scope="col">${msg('Issued', { id: 'invoice-issued' })}</th>
                    <th scope="col">${msg('Due', { id: 'invoice-due-date' })}</th>
                    <th scope="col">${msg('Status', { id: 'orders-status' })}</th>
                    <th scope="col" class="number">${msg('Amount', { id: 'invoice-amount' })}</th>
                  </tr></thead>
                  <tbody>${data.invoices.map((i) => html`<tr>
                    <td>${i.number}</td>
                    <td>${i.orderNumber}</td>
                    <td>${day.format(new Date(i.issuedAt))}</td>
                    <td>${day.format(new Date(i.dueAt))}</td>
                    <td><span class="status ${i.status}">${invoiceStatusLabel(i.status)}</span>${i.paidAt ? html` <span class="meta">${day.format(new Date(i.paidAt))}</span>` : nothing}</td>
                    <td class="number">${formatMoney(i.total, locale)}</td>
                  </tr>`)}</tbody>
                </table>`}`}
    </section>`;
  }
}

define('kontor-order-history', KontorOrderHistory);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-order-history': KontorOrderHistory;
  }
}
