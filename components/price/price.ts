import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import {
  MAX_LINE_QUANTITY,
  ValidationError,
  formatMoney,
  priceRequestProblem,
  type CommerceError,
  type PriceQuote,
  type PriceSource,
  type ShipToAdjustment,
} from '../../src/index.js';
import { define } from '../shared/define.js';
import { KontorElement } from '../shared/kontor-element.js';
import { formatLocale } from '../shared/localization.js';
import { CommerceStoreController } from '../shared/store-controller.js';
import { controls, tokens } from '../shared/styles.js';
import { priceStyles } from './price.styles.js';
import { numberFormat } from '../../src/commerce/formatters.js';

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

/** Why the attributes cannot be priced, in the page's language; null when they can. */
function inputProblem(sku: string, quantity: number): string | null {
  const problem = priceRequestProblem(sku, quantity);
  if (!problem) return null;
  if (problem.path === 'sku') return msg('No product number given.', { id: 'price-no-sku' });
  if (quantity > MAX_LINE_QUANTITY) {
    const max = numberFormat(formatLocale()).format(MAX_LINE_QUANTITY);
    return msg(str`The quantity may be at most ${max}.`, { id: 'price-quantity-too-large' });
  }
  return msg('The quantity must be a number greater than 0.', { id: 'price-quantity-not-positive' });
}

function adjustmentNote(adjustment: ShipToAdjustment, locale: string): string {
  const percent = numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(Math.abs(adjustment.percent) / 100);
  const label = adjustment.label;
  return adjustment.percent > 0
    ? msg(str`incl. ${percent} surcharge (${label})`, { id: 'price-ship-to-surcharge' })
    : msg(str`incl. ${percent} discount (${label})`, { id: 'price-ship-to-discount' });
}

/**
 * The customer's net price for a SKU and quantity in the current account and ship-to, with
 * the list price struck through when the customer pays less, where the price comes from,
 * a ship-to surcharge or discount when one applies, the volume price table on demand and
 * the VAT note. Re-prices itself in place when the buyer switches account, ship-to or
 * promotion code; all prices of a page share one batched request. Keeps its size while
 * loading and when a customer price replaces a list price (the room for the source badge is
 * held from the start), so nothing shifts. Bad attributes (no SKU, a quantity that is not a positive
 * number or too large) show a message and send nothing; an unknown SKU or a fractional
 * quantity of a product sold in whole units shows the backend's explanation.
 *
 * @summary Customer-specific price.
 * @tag kontor-price
 * @csspart net - The net unit price.
 * @csspart list - The struck-through list price.
 * @csspart badge - The price source badge.
 * @csspart note - The VAT and ship-to note below the price.
 * @csspart message - The message shown instead of a price (bad input, unavailable).
 * @csspart tiers - The volume price table.
 * @cssprop --kontor-price-font-size - Size of the net price (default 1.15em).
 * @cssprop --kontor-price-line-height - Room the price line keeps in every state (default: the net price's row and a row for the price source badge, which wraps below the price where the line is narrow). Raise it where the struck list price wraps too.
 * @cssstate loading - While the price loads.
 * @cssstate error - When the price could not be loaded or the attributes are invalid.
 * @fires kontor-error - When the price could not be loaded or the attributes are invalid.
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
  @state() private invalid: string | null = null;

  /** Updates the element when the session changes: the storefront's caller key moves with it. */
  readonly #session = new CommerceStoreController(this, (c) => c.$session);
  #requested = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    const key = JSON.stringify([this.sku, this.quantity, this.commerce?.callerKey() ?? null]);
    if (this.commerce && key !== this.#requested) {
      this.#requested = key;
      this.invalid = inputProblem(this.sku, this.quantity);
      if (this.invalid === null) {
        void this.#load(key);
      } else {
        // A price for other attributes must not stay on screen next to the message.
        this.quote = null;
        this.error = this.reportError(new ValidationError(this.invalid), 'price');
        this.setCustomState('loading', false);
        this.setCustomState('error', true);
      }
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
      // The old figure belongs to another SKU or quantity only when the backend refused
      // this one; after a network failure the last good price stays (marked by the state).
      if (this.error instanceof ValidationError) this.quote = null;
    } finally {
      if (key === this.#requested) this.setCustomState('loading', false);
      this.setCustomState('error', this.error !== null);
    }
  }

  #message(text: string) {
    // Two lines, like a price with its note, so swapping one for the other shifts nothing.
    return html`<span class="line" part="message" role="status">${text}</span><span class="vat" aria-hidden="true">&nbsp;</span>`;
  }

  protected override render() {
    if (this.invalid !== null) return this.#message(this.invalid);
    const quote = this.quote;
    if (this.error && !quote) {
      return this.#message(this.error instanceof ValidationError && this.error.fields.length > 0 ? this.error.message : msg('Price unavailable', { id: 'price-unavailable' }));
    }
    if (!quote) {
      return html`<span class="line" aria-busy="true"><span class="skeleton"></span><span class="visually-hidden">${msg('Loading price', { id: 'price-loading' })}</span></span><span class="vat"><span class="skeleton short"></span></span>`;
    }
    const locale = formatLocale();
    const lower = quote.unitNet.amountMinor < quote.listUnitNet.amountMinor;
    const badge = sourceLabel(quote.source);
    const vatPercent = numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(quote.vatRate);
    const adjustment = quote.shipToAdjustment ?? null;
    const count = numberFormat(locale);
    let current = -1;
    quote.tiers.forEach((tier, index) => {
      if (quote.quantity >= tier.minQuantity) current = index;
    });
    return html`
      <span class="line">
        <span class="net" part="net">${formatMoney(quote.unitNet, locale)}</span>
        ${lower
          ? html`<s class="list" part="list"><span class="visually-hidden">${msg('List price', { id: 'price-list' })}</span>${formatMoney(quote.listUnitNet, locale)}</s>`
          : nothing}
        ${badge ? html`<span class="badge" part="badge" title=${quote.sourceLabel}>${badge}</span>` : nothing}
      </span>
      <span class="vat" part="note"
        >${msg(str`net per unit, plus ${vatPercent} VAT`, { id: 'price-vat-note' })}${adjustment ? html` · ${adjustmentNote(adjustment, locale)}` : nothing}</span
      >
      ${this.showTiers && quote.tiers.length > 1
        ? html`<details part="tiers">
            <summary>${msg('Volume prices', { id: 'price-tiers' })}</summary>
            <table>
              <thead><tr><th scope="col">${msg('From', { id: 'price-tier-from' })}</th><th scope="col">${msg('Unit price', { id: 'price-tier-unit' })}</th></tr></thead>
              <tbody>
                ${quote.tiers.map(
                  (tier, index) =>
                    html`<tr class=${index === current ? 'current' : ''} aria-current=${index === current ? 'true' : 'false'}>
                      <td>${count.format(tier.minQuantity)}</td>
                      <td>${formatMoney(tier.unitNet, locale)}</td>
                    </tr>`,
                )}
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
