import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { formatMoney, type Sku, type TechnicalAttribute, type VariantFamily, type VariantFamilyMember } from '../../src/index.js';
import { define } from '../shared/define.js';
import { emit } from '../shared/events.js';
import { KontorElement } from '../shared/kontor-element.js';
import { formatLocale } from '../shared/localization.js';
import { controls, tokens } from '../shared/styles.js';
import { productHref } from '../product-listing/product-card.js';
import { attributeValue } from './attribute-value.js';
import { differingAttributes } from './variant-matrix.js';
import { axisValueText } from './variant-picker.js';
import { numberFormat } from '../../src/commerce/formatters.js';

function availabilityText(member: VariantFamilyMember, locale: string): string {
  switch (member.availability) {
    case 'discontinued':
      return msg('discontinued', { id: 'variant-discontinued' });
    case 'backorder':
      return msg('on back order', { id: 'variant-backorder' });
    case 'in-stock':
      return numberFormat(locale).format(member.stockTotal);
  }
}

/**
 * All variants of a family in one compact table: axis values, the technical data that
 * differs between variants (so they can be compared), list price and availability. A
 * variant's SKU links to its page; following it in place selects the variant.
 *
 * @summary Variant table, the alternative to choosing axis by axis.
 * @tag kontor-variant-table
 * @csspart table - The table.
 * @fires kontor-variant-change - When the buyer chose another variant; detail `{ sku, previousSku }`.
 */
@localized()
export class KontorVariantTable extends KontorElement {
  static override styles = [
    tokens,
    controls,
    css`
      :host {
        display: block;
        overflow-x: auto;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-size: 0.9em;
      }
      th,
      td {
        text-align: start;
        padding: var(--_space) calc(var(--_space) * 2);
        border-bottom: 1px solid var(--_border);
        white-space: nowrap;
      }
      td.number {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      tr[aria-current='true'] {
        background: var(--_surface-alt);
        font-weight: 600;
      }
      tr.discontinued {
        color: var(--_muted);
      }
    `,
  ];

  /** The family to list. */
  @property({ attribute: false }) family: VariantFamily | undefined;

  /** The chosen variant, highlighted. */
  @property() sku: Sku = '';

  /** Address of product pages; `{sku}` is replaced. */
  @property({ attribute: 'product-url' }) productUrl = 'product.html?sku={sku}';

  #follow(event: MouseEvent, sku: Sku): void {
    // Modified clicks open the page as the browser would; a plain click selects in place.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (sku === this.sku) return;
    const previousSku = this.sku;
    this.sku = sku;
    emit(this, 'kontor-variant-change', { sku, previousSku });
  }

  protected override render() {
    const family = this.family;
    if (!family) return nothing;
    const locale = formatLocale();
    const compared: TechnicalAttribute[] = differingAttributes(family);
    const valueOf = (member: VariantFamilyMember, key: string) => {
      const attribute = member.attributes.find((a) => a.key === key);
      return attribute ? attributeValue(attribute, locale) : '–';
    };
    return html`<table part="table">
      <caption class="visually-hidden">${msg('All variants', { id: 'variant-table-caption' })}</caption>
      <thead>
        <tr>
          ${family.axes.map((axis) => html`<th scope="col">${axis.unit ? `${axis.label} (${axis.unit})` : axis.label}</th>`)}
          <th scope="col">${msg('Item no.', { id: 'sku' })}</th>
          ${compared.map((attribute) => html`<th scope="col">${attribute.label}</th>`)}
          <th scope="col">${msg('List price', { id: 'list-price' })}</th>
          <th scope="col">${msg('In stock', { id: 'in-stock' })}</th>
        </tr>
      </thead>
      <tbody>
        ${family.members.map(
          (member) => html`<tr aria-current=${member.sku === this.sku ? 'true' : 'false'} class=${member.availability}>
            ${family.axes.map((axis) => {
              const value = member.axisValues[axis.key];
              return html`<td class=${typeof value === 'number' ? 'number' : ''}>${value === undefined ? '–' : axisValueText(value, undefined, locale)}</td>`;
            })}
            <td><a href=${productHref(this.productUrl, member.sku)} translate="no" @click=${(e: MouseEvent) => this.#follow(e, member.sku)}>${member.sku}</a></td>
            ${compared.map((attribute) => html`<td>${valueOf(member, attribute.key)}</td>`)}
            <td class="number">${formatMoney(member.listPrice, locale)}</td>
            <td class="number">${availabilityText(member, locale)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

define('kontor-variant-table', KontorVariantTable);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-variant-table': KontorVariantTable;
  }
}
