import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatMoney } from '../../src/index.js';
import { define } from '../shared/define.js';
import { KontorElement } from '../shared/kontor-element.js';
import { formatLocale } from '../shared/localization.js';
import { unitLabel } from '../shared/units.js';
import { CommerceStoreController } from '../shared/store-controller.js';
import { controls, tokens } from '../shared/styles.js';
import { miniCartStyles } from './mini-cart.styles.js';
import { numberFormat } from '../../src/commerce/formatters.js';

/**
 * The header's cart button: line count and net total, opening a panel with the lines and a
 * link to the cart page. The button keeps a fixed minimum size and the panel overlays the
 * page, so neither loading nor opening shifts the layout. Escape closes the panel and
 * returns focus to the button.
 *
 * @summary Cart badge with a panel.
 * @tag kontor-mini-cart
 * @csspart trigger - The cart button.
 * @csspart panel - The opened panel.
 * @cssstate open - While the panel is open.
 * @cssstate empty - When the logged-in user's cart has no lines.
 */
@localized()
export class KontorMiniCart extends KontorElement {
  static override styles = [tokens, controls, miniCartStyles];

  /** Address of the full cart page. */
  @property({ attribute: 'cart-url' }) cartUrl = 'cart.html';

  @state() private open = false;

  readonly #cart = new CommerceStoreController(this, (c) => c.$cart);
  readonly #session = new CommerceStoreController(this, (c) => c.$session);

  #toggle(): void {
    this.open = !this.open;
    this.setCustomState('open', this.open);
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) {
      this.open = false;
      this.setCustomState('open', false);
      this.renderRoot.querySelector<HTMLButtonElement>('.trigger')?.focus();
    }
  }

  #onFocusOut(event: FocusEvent): void {
    // Close when focus leaves the element entirely, as a disclosure menu should.
    if (this.open && !this.contains(event.relatedTarget as Node) && !this.renderRoot.contains(event.relatedTarget as Node)) {
      this.open = false;
      this.setCustomState('open', false);
    }
  }

  protected override render() {
    const cart = this.#cart.value?.value ?? null;
    const loggedIn = Boolean(this.#session.value?.value?.user);
    const locale = formatLocale();
    const count = cart?.lines.length ?? 0;
    const total = cart ? formatMoney(cart.totals.net, locale) : '';
    this.setCustomState('empty', loggedIn && cart !== null && count === 0);
    const number = numberFormat(locale);
    return html`
      <div @keydown=${this.#onKeydown} @focusout=${this.#onFocusOut}>
        <button
          class="button trigger"
          part="trigger"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="panel"
          @click=${this.#toggle}
        >
          <span>${msg('Cart', { id: 'cart' })}</span>
          <span class="count" aria-label=${msg(str`${count} lines`, { id: 'cart-line-count' })}>${count}</span>
          <span class="money">${total}</span>
        </button>
        <div id="panel" class="panel" part="panel" ?hidden=${!this.open}>
          ${!loggedIn
            ? html`<p>${msg('Log in to see your cart.', { id: 'cart-login-needed' })}</p>`
            : count === 0
              ? html`<p>${msg('Your cart is empty.', { id: 'cart-empty' })}</p>`
              : html`
                  <ul>
                    ${cart?.lines.map(
                      (line) => html`<li>
                        <span>${line.name}<br /><span class="sku"><span translate="no">${line.sku}</span> · ${number.format(line.quantity)} ${line.rules ? unitLabel(line.rules.unit) : ''}</span></span>
                        <span class="money">${formatMoney(line.price.lineNet, locale)}</span>
                      </li>`,
                    )}
                  </ul>
                  <p class="total"><span>${msg('Net total', { id: 'cart-net-total' })}</span><span class="money">${total}</span></p>
                `}
          <a class="button" href=${this.cartUrl}>${msg('Go to cart', { id: 'cart-go' })}</a>
        </div>
      </div>
    `;
  }
}

define('kontor-mini-cart', KontorMiniCart);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-mini-cart': KontorMiniCart;
  }
}
