import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Sku, VariantFamily } from '../../src/index.js';
import { define } from '../shared/define.js';
import { emit } from '../shared/events.js';
import { KontorElement } from '../shared/kontor-element.js';
import { formatLocale } from '../shared/localization.js';
import { controls, tokens } from '../shared/styles.js';
import { axisChoices, type AxisOption } from './variant-matrix.js';
import { numberFormat } from '../../src/commerce/formatters.js';

/** An axis value with its unit, in the page's number format. */
export function axisValueText(value: string | number, unit: string | undefined, locale: string): string {
  const text = typeof value === 'number' ? numberFormat(locale).format(value) : value;
  return unit ? `${text} ${unit}` : text;
}

function stateNote(option: AxisOption): string {
  switch (option.state) {
    case 'unavailable':
      return msg('not available in this combination', { id: 'variant-unavailable' });
    case 'discontinued':
      return msg('discontinued', { id: 'variant-discontinued' });
    case 'backorder':
      return msg('on back order', { id: 'variant-backorder' });
    case 'in-stock':
      return '';
  }
}

/**
 * Chooses a variant of a family axis by axis (thread, then length). Each axis is a radio
 * group; values that do not exist with the values chosen before are disabled and say so,
 * discontinued and back-ordered variants are marked.
 *
 * @summary Variant selection along the family's axes.
 * @tag kontor-variant-picker
 * @csspart axis - The fieldset of one axis.
 * @csspart option - One value of an axis.
 * @fires kontor-variant-change - When the buyer chose another variant; detail `{ sku, previousSku }`.
 */
@localized()
export class KontorVariantPicker extends KontorElement {
  static override styles = [
    tokens,
    controls,
    css`
      :host {
        display: grid;
        gap: calc(var(--_space) * 3);
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
      }
      legend {
        font-weight: 600;
        margin-bottom: var(--_space);
      }
      .options {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
      }
      label {
        position: relative;
        display: inline-flex;
        align-items: center;
        min-height: 2.25em;
        padding: 0 calc(var(--_space) * 3);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        cursor: pointer;
        font-variant-numeric: tabular-nums;
      }
      input {
        position: absolute;
        opacity: 0;
        inset: 0;
        margin: 0;
        cursor: inherit;
      }
      label:has(input:checked) {
        border-color: var(--_accent);
        box-shadow: inset 0 0 0 1px var(--_accent);
        font-weight: 600;
      }
      label:has(input:focus-visible) {
        outline: 2px solid var(--_accent);
        outline-offset: 2px;
      }
      label.unavailable {
        color: var(--_muted);
        border-style: dashed;
        text-decoration: line-through;
        cursor: not-allowed;
      }
      label.discontinued,
      label.backorder {
        border-style: dashed;
      }
    `,
  ];

  /** The family to choose from. */
  @property({ attribute: false }) family: VariantFamily | undefined;

  /** The chosen variant. */
  @property() sku: Sku = '';

  #choose(option: AxisOption): void {
    if (!option.sku || option.sku === this.sku) return;
    const previousSku = this.sku;
    this.sku = option.sku;
    emit(this, 'kontor-variant-change', { sku: option.sku, previousSku });
  }

  protected override render() {
    if (!this.family) return nothing;
    const locale = formatLocale();
    return axisChoices(this.family, this.sku).map(
      (axis) => html`<fieldset part="axis">
        <legend>${axis.unit ? msg(str`${axis.label} (${axis.unit})`, { id: 'variant-axis-unit' }) : axis.label}</legend>
        <div class="options">
          ${axis.options.map((option) => {
            const note = stateNote(option);
            const text = axisValueText(option.value, undefined, locale);
            return html`<label part="option" class=${option.state} title=${note || nothing}>
              <input
                type="radio"
                name=${axis.key}
                .checked=${option.selected}
                ?disabled=${option.sku === null}
                aria-label=${note ? `${text} (${note})` : text}
                @change=${() => this.#choose(option)}
              />${text}
            </label>`;
          })}
        </div>
      </fieldset>`,
    );
  }
}

define('kontor-variant-picker', KontorVariantPicker);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-variant-picker': KontorVariantPicker;
  }
}
