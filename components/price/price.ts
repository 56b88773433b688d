import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatMoney, type CommerceError, type PriceQuote, type PriceSource } from '../../src/index.js';
import { define } from '../shared/define.js';
import { KontorElement } from '../shared/kontor-element.js';
import { formatLocale } from '../shared/localization.js';
import { CommerceStoreController } from '../shared/store-controller.js';
import { controls, tokens } from '../shared/styles.js';
import { priceStyles } from './price.styles.js';

function sourceLabel(source: PriceSource): string {
  switch (source) {
    case 'contract':
      return msg('Your contract price', { id: 'price-source-contract' });
    case 'group':
      return msg('Your customer price', { id: 'price-source-group' });
    case 'tier':
      return msg('Volume price', { id: 'price-source-tier' });
    case 'promotion':
      return msg('Promotion', { id: 'price-source-promotion' });
    case 'list':
      return '';
  }
}

/**
 * The customer's net price for a SKU and quantity in the current account and ship-to, with
 * the list price struck through when the customer pays less, where the price comes from,
 * the volume price table on demand and the VAT note. Re-prices itself when the buyer
 * switches account or ship-to. Keeps its size while loading, so nothing shifts.
 *
 * @summary Customer-specific price.
 * @tag kontor-price
 * @csspart net - The net unit price.
 * @csspart list - The struck-through list price.
 * @csspart badge - The price source badge.
 * @cssprop --kontor-price-font-size - Size of the net price (default 1.15em).
 * @cssstate loading - While the price loads.
 * @cssstate error - When the price could not be loaded.
 * @fires kontor-error - When the price could not be loaded.
 */
@localized()
export class KontorPrice extends KontorElement {
  static override styles = [tokens, controls, priceStyles];

  /** The SKU to price. */
  @property({ reflect: true }) sku = '';

  /** Quantity to price (volume prices depend on it). Defaults to 1. */
  @property({ type: Number }) quantity = 1;

  /** Show the volume price table as an expandable list. */
  @property({ type: Boolean, attribute: 'show-tiers' }) showTiers = false;

  @state() private quote: PriceQuote | null = null;
  @state() private error: CommerceError | null = null;

  readonly #session = new CommerceStoreController(this, (c) => c.$session);
  #requested = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    const session = this.#session.value?.value;
    const key = JSON.stringify([this.sku, this.quantity, session?.user?.id ?? null, session?.context ?? null]);
    if (this.commerce && this.sku && key !== this.#requested) {
      this.#requested = key;
      void this.#load(key);
    }
    super.willUpdate(changed);
  }

  async #load(key: string): Promise<void> {
    const commerce = this.commerce;
    if (!commerce) return;
    this.setCustomState('loading', true);
    try {
      const quote = await commerce.prices.get(this.sku, this.quantity);
      if (key !== this.#requested) return;
      this.quote = quote;
      this.error = null;
    } catch (error) {
      if (key !== this.#requested) return;
      this.error = this.reportError(error, 'price');
    } finally {
      if (key === this.#requested) this.setCustomState('loading', false);
      this.setCustomState('error', this.error !== null);
    }
  }

  protected override render() {
    const quote = this.quote;
    if (this.error && !quote) {
      return html`<span class="line" role="status">${msg('Price unavailable', { id: 'price-unavailable' })}</span>`;
    }
    if (!quote) {
      return html`<span class="line" aria-busy="true"><span class="skeleton"></span><span class="visually-hidden">${msg('Loading price', { id: 'price-loading' })}</span></span>`;
    }
    const locale = formatLocale();
    const lower = quote.unitNet.amountMinor < quote.listUnitNet.amountMinor;
    const badge = sourceLabel(quote.source);
    const vatPercent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(quote.vatRate);
    return html`
      <span class="line">
        <span class="net" part="net">${formatMoney(quote.unitNet, locale)}</span>
        ${lower
          ? html`<s class="list" part="list"><span class="visually-hidden">${msg('List price', { id: 'price-list' })}</span>${formatMoney(quote.listUnitNet, locale)}</s>`
          : nothing}
        ${badge ? html`<span class="badge" part="badge">${badge}</span>` : nothing}
      </span>
      <span class="vat">${msg(str`net per unit, plus ${vatPercent} VAT`, { id: 'price-vat-note' })}</span>
      ${this.showTiers && quote.tiers.length > 1
        ? html`<details>
            <summary>${msg('Volume prices', { id: 'price-tiers' })}</summary>
            <table>
              <thead><tr><th scope="col">${msg('From', { id: 'price-tier-from' })}</th><th scope="col">${msg('Unit price', { id: 'price-tier-unit' })}</th></tr></thead>
              <tbody>
                ${quote.tiers.map((tier) => html`<tr><td>${tier.minQuantity}</td><td>${formatMoney(tier.unitNet, locale)}</td></tr>`)}
              </tbody>
            </table>
          </details>`
        : nothing}
    `;
  }
}

define('kontor-price', KontorPrice);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-price': KontorPrice;
  }
}
