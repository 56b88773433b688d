import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { checkQuantity, type QuantityProblem, type QuantityRules } from '../../src/index.js';
import { define } from '../shared/define.js';
import { emit } from '../shared/events.js';
import { KontorElement } from '../shared/kontor-element.js';
import { quantityMessage } from '../shared/quantity-messages.js';
import { controls, tokens } from '../shared/styles.js';
import { addToCartStyles } from './add-to-cart.styles.js';

const ANY_QUANTITY: QuantityRules = { minQuantity: 1, packSize: 1, unit: '', fractional: false };

let nextId = 0;

/**
 * A quantity field and an "Add to cart" button for one SKU. Explains quantity rules
 * (minimum, pack size) before sending and offers the nearest valid quantity; shows backend
 * errors next to the button and keeps what the buyer typed.
 *
 * @summary Quantity and add-to-cart button.
 * @tag kontor-add-to-cart
 * @csspart button - The add button.
 * @csspart input - The quantity input.
 * @cssstate busy - While the cart is being updated.
 * @fires kontor-add-to-cart - Before adding (cancelable); detail `{ sku, quantity }`.
 * @fires kontor-cart-change - After the cart changed; detail `{ cart }`.
 * @fires kontor-error - When adding failed.
 */
@localized()
export class KontorAddToCart extends KontorElement {
  static override styles = [tokens, controls, addToCartStyles];

  /** The SKU to add. */
  @property({ reflect: true }) sku = '';

  /** Product name, used in the button's accessible name and the confirmation. */
  @property() name = '';

  /** The product's quantity rules; without them any whole quantity is sent and the backend decides. */
  @property({ attribute: false }) rules: QuantityRules = ANY_QUANTITY;

  /** Starting quantity; defaults to the smallest accepted one. */
  @property({ type: Number }) quantity: number | undefined;

  @state() private value = '';
  @state() private busy = false;
  @state() private message: { kind: 'error' | 'success'; text: string; fix?: number } | null = null;

  readonly #inputId = `kontor-qty-${++nextId}`;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.value) this.value = String(this.quantity ?? Math.max(this.rules.minQuantity, this.rules.packSize));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A list that shows other products in the same elements (new results, another variant)
    // gives this element a new SKU: what was typed or said was about the old one.
    if (changed.has('sku') && changed.get('sku')) {
      this.value = String(this.quantity ?? Math.max(this.rules.minQuantity, this.rules.packSize));
      this.message = null;
    }
  }

  #parse(): number {
    // Buyers type decimal commas; a bare number with a comma is a decimal, not thousands.
    return Number(this.value.trim().replace(',', '.'));
  }

  #problem(quantity: number): QuantityProblem | null {
    return checkQuantity(this.rules, quantity);
  }

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    const commerce = this.commerce;
    if (this.busy || !commerce || !this.sku) return;
    const quantity = this.#parse();
    const problem = this.#problem(quantity);
    if (problem) {
      this.message = {
        kind: 'error',
        text: quantityMessage(problem, this.rules.unit),
        ...('suggestion' in problem ? { fix: problem.suggestion } : {}),
      };
      return;
    }
    if (!emit(this, 'kontor-add-to-cart', { sku: this.sku, quantity }, { cancelable: true })) return;
    this.busy = true;
    this.setCustomState('busy', true);
    this.message = null;
    const sku = this.sku;
    try {
      const cart = await commerce.addToCart([{ sku, quantity }]);
      // The element may show another product by now; the outcome is not about that one.
      if (this.sku === sku) this.message = { kind: 'success', text: msg(str`${quantity} added to the cart.`, { id: 'add-to-cart-done' }) };
      emit(this, 'kontor-cart-change', { cart });
    } catch (error) {
      const problem = this.reportError(error, 'add-to-cart');
      if (this.sku === sku) this.message = { kind: 'error', text: problem.message };
    } finally {
      this.busy = false;
      this.setCustomState('busy', false);
    }
  }

  #applyFix(quantity: number): void {
    this.value = String(quantity);
    this.message = null;
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  }

  protected override render() {
    const { message } = this;
    const label = this.name
      ? msg(str`Add to cart: ${this.name}`, { id: 'add-to-cart-label-named' })
      : msg('Add to cart', { id: 'add-to-cart' });
    // While busy the button reads "Adding…"; an accessible name must start with the visible
    // text (WCAG 2.5.3), so the named label steps aside until the add is done.
    return html`
      <form @submit=${this.#submit} novalidate>
        <label class="visually-hidden" for=${this.#inputId}>${msg('Quantity', { id: 'quantity' })}</label>
        <input
          id=${this.#inputId}
          class="input"
          part="input"
          inputmode="decimal"
          autocomplete="off"
          .value=${this.value}
          @input=${(e: Event) => (this.value = (e.target as HTMLInputElement).value)}
          aria-describedby="message"
        />
        <button class="button" part="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'} aria-label=${this.busy ? nothing : label}>
          ${this.busy ? msg('Adding…', { id: 'add-to-cart-busy' }) : msg('Add to cart', { id: 'add-to-cart' })}
        </button>
      </form>
      <p id="message" class="message ${message?.kind ?? ''}" role=${message?.kind === 'error' ? 'alert' : 'status'}>
        ${message?.text ?? nothing}
        ${message?.fix !== undefined
          ? html` <button class="fix" type="button" @click=${() => this.#applyFix(message.fix as number)}>
              ${msg(str`Use ${message.fix}`, { id: 'qty-use-fix' })}
            </button>`
          : nothing}
      </p>
    `;
  }
}

define('kontor-add-to-cart', KontorAddToCart);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-add-to-cart': KontorAddToCart;
  }
}
