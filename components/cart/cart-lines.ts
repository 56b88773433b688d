import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatMoney, type Cart, type CartLine, type LineAvailability, type Totals } from '../../src/index.js';
import { configuratorHref, renderConfigurationSummary } from '../configurator/configuration-summary.js';
import { unitLabel } from '../shared/units.js';
import { availabilityLabel } from './labels.js';
import { numberFormat } from '../../src/commerce/formatters.js';

/** What the lines step needs from the element. */
export interface LinesView {
  readonly cart: Cart;
  readonly locale: string;
  /** Address of the configurator for configured lines (`{sku}`, `{line}`); empty: no edit link. */
  readonly configuratorUrl: string;
  readonly availability: ReadonlyMap<string, LineAvailability>;
  /** Error per line id, from the last change of that line. */
  readonly lineErrors: ReadonlyMap<string, string>;
  /** An accepted quantity to offer per line id, after a refused one. */
  readonly lineFixes: ReadonlyMap<string, number>;
  readonly busyLines: ReadonlySet<string>;
  onQuantity(line: CartLine, value: string): void;
  onNote(line: CartLine, value: string): void;
  onRemove(line: CartLine): void;
}

function lineRow(view: LinesView, line: CartLine): TemplateResult {
  const { locale } = view;
  const availability = view.availability.get(line.id);
  const label = availability ? availabilityLabel(availability, locale) : null;
  const error = view.lineErrors.get(line.id);
  const errorId = `line-error-${line.id}`;
  const busy = view.busyLines.has(line.id);
  const fix = view.lineFixes.get(line.id);
  return html`<tr aria-busy=${busy ? 'true' : 'false'}>
    <td>
      <span class="name">${line.name}</span><br /><span class="sku" translate="no">${line.sku}</span>
      ${line.configurationSummary
        ? renderConfigurationSummary(line.configurationSummary, line.name, view.configuratorUrl ? configuratorHref(view.configuratorUrl, line.sku, line.id) : '')
        : nothing}
      ${label ? html`<p class="availability ${label.state}">${label.text}</p>` : nothing}
      <label class="note">
        <span>${msg('Note', { id: 'cart-line-note' })}</span>
        <input
          class="input"
          maxlength="1000"
          .value=${line.note}
          aria-label=${msg(str`Note for ${line.name}`, { id: 'cart-line-note-label' })}
          @change=${(e: Event) => view.onNote(line, (e.target as HTMLInputElement).value)}
        />
      </label>
    </td>
    <td class="number">${formatMoney(line.price.unitNet, locale)}</td>
    <td class="number">
      <input
        class="input qty"
        inputmode="decimal"
        aria-label=${msg(str`Quantity of ${line.name}`, { id: 'cart-qty-label' })}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? errorId : nothing}
        .value=${String(line.quantity)}
        @change=${(e: Event) => view.onQuantity(line, (e.target as HTMLInputElement).value)}
      />
      ${line.rules ? html`<span class="unit">${unitLabel(line.rules.unit)}</span>` : nothing}
      ${error ? html`<p class="message error" id=${errorId}>${error}</p>` : nothing}
      ${fix === undefined
        ? nothing
        : html`<button class="button secondary fix" @click=${() => view.onQuantity(line, String(fix))}>${msg(str`Use ${fix}`, { id: 'cart-qty-fix' })}</button>`}
    </td>
    <td class="number">${formatMoney(line.price.lineNet, locale)}</td>
    <td>
      <button class="button secondary" aria-label=${msg(str`Remove ${line.name}`, { id: 'cart-remove-label' })} @click=${() => view.onRemove(line)}>
        ${msg('Remove', { id: 'remove' })}
      </button>
    </td>
  </tr>`;
}

/** The cart's lines as a table: quantity, note, availability, remove. */
export function renderLines(view: LinesView): TemplateResult {
  return html`<table>
    <caption class="visually-hidden">${msg('Cart lines', { id: 'cart-lines' })}</caption>
    <thead>
      <tr>
        <th scope="col">${msg('Product', { id: 'product' })}</th>
        <th scope="col" class="number">${msg('Unit price', { id: 'price-tier-unit' })}</th>
        <th scope="col" class="number">${msg('Quantity', { id: 'quantity' })}</th>
        <th scope="col" class="number">${msg('Net', { id: 'net' })}</th>
        <th scope="col"><span class="visually-hidden">${msg('Actions', { id: 'actions' })}</span></th>
      </tr>
    </thead>
    <tbody>
      ${view.cart.lines.map((line) => lineRow(view, line))}
    </tbody>
  </table>`;
}

/** Net, VAT per rate and gross, exactly as the backend computed them. */
export function renderTotals(totals: Totals, locale: string): TemplateResult {
  const percent = numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return html`<dl class="totals" part="totals">
    <div><dt>${msg('Net total', { id: 'cart-net-total' })}</dt><dd class="number">${formatMoney(totals.net, locale)}</dd></div>
    ${totals.vat.map(
      (vat) => html`<div class="vat"><dt>${msg(str`VAT ${percent.format(vat.rate)}`, { id: 'vat-rate' })}</dt><dd class="number">${formatMoney(vat.amount, locale)}</dd></div>`,
    )}
    <div class="gross"><dt>${msg('Total', { id: 'gross-total' })}</dt><dd class="number">${formatMoney(totals.gross, locale)}</dd></div>
  </dl>`;
}
