import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { SearchHit, VariantAxis } from '../../src/index.js';
import { stockLabel } from '../shared/stock.js';
import { unitLabel } from '../shared/units.js';
import { productHref } from './product-card.js';
import '../price/price.js';
import '../add-to-cart/add-to-cart.js';
import { numberFormat } from '../../src/commerce/formatters.js';

interface Family {
  readonly id: string;
  readonly name: string;
  readonly axes: readonly VariantAxis[];
  readonly hits: SearchHit[];
}

/**
 * Groups a page of hits by variant family, in the order the first member appears; products
 * without a family each stand alone.
 */
export function familiesOf(hits: readonly SearchHit[]): Family[] {
  const families = new Map<string, Family>();
  for (const hit of hits) {
    const family = hit.product.family;
    const id = family ? `family:${family.familyId}` : `sku:${hit.product.sku}`;
    let group = families.get(id);
    if (!group) families.set(id, (group = { id, name: family?.familyName ?? hit.product.name, axes: family?.axes ?? [], hits: [] }));
    group.hits.push(hit);
  }
  return [...families.values()];
}

function axisValue(hit: SearchHit, axis: VariantAxis, locale: string): string {
  const value = hit.product.family?.axisValues[axis.key];
  if (value === undefined) return '–';
  const text = typeof value === 'number' ? numberFormat(locale).format(value) : value;
  return axis.unit ? `${text} ${axis.unit}` : text;
}

function packText(hit: SearchHit, locale: string): string {
  const { packSize, minQuantity, unit } = hit.product.quantity;
  const format = (n: number) => numberFormat(locale).format(n);
  const pack = msg(str`${format(packSize)} ${unitLabel(unit)}`, { id: 'table-pack' });
  return minQuantity > packSize ? msg(str`${pack}, min. ${format(minQuantity)}`, { id: 'table-pack-min' }) : pack;
}

/**
 * The table view: one compact table per variant family on the page, the family's axes
 * (length, diameter, …) as columns, then SKU, the customer's price, stock, pack size and a
 * quantity with add to cart that knows the minimum and the pack multiple.
 */
export function listingTable(hits: readonly SearchHit[], productUrl: string, locale: string) {
  return html`${familiesOf(hits).map(
    (family) => html`<table class="family" part="family">
      <caption>${family.name}</caption>
      <thead>
        <tr>
          ${family.axes.length > 0
            ? family.axes.map((axis) => html`<th scope="col">${axis.label}</th>`)
            : html`<th scope="col">${msg('Product', { id: 'table-product' })}</th>`}
          <th scope="col">${msg('SKU', { id: 'table-sku' })}</th>
          <th scope="col" class="num">${msg('Your price', { id: 'table-price' })}</th>
          <th scope="col">${msg('Stock', { id: 'table-stock' })}</th>
          <th scope="col">${msg('Pack', { id: 'table-pack-header' })}</th>
          <th scope="col"><span class="visually-hidden">${msg('Add to cart', { id: 'add-to-cart' })}</span></th>
        </tr>
      </thead>
      <tbody>
        ${family.hits.map(
          (hit) => html`<tr part="row">
            ${family.axes.length > 0
              ? family.axes.map((axis, i) =>
                  i === 0
                    ? html`<th scope="row"><a href=${productHref(productUrl, hit.product.sku)}>${axisValue(hit, axis, locale)}</a></th>`
                    : html`<td>${axisValue(hit, axis, locale)}</td>`,
                )
              : html`<th scope="row"><a href=${productHref(productUrl, hit.product.sku)}>${hit.product.name}</a></th>`}
            <td translate="no">${hit.product.sku}</td>
            <td class="num"><kontor-price sku=${hit.product.sku} .quantity=${hit.price.quantity}></kontor-price></td>
            <td class=${hit.product.stockTotal > 0 ? 'stock' : 'stock out'}>${stockLabel(hit.product.stockTotal, hit.product.quantity.unit, locale)}</td>
            <td>${packText(hit, locale)}</td>
            <td>
              ${hit.product.discontinued || hit.product.configurable
                ? nothing
                : html`<kontor-add-to-cart sku=${hit.product.sku} name=${hit.product.name} .rules=${hit.product.quantity}></kontor-add-to-cart>`}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`,
  )}`;
}
