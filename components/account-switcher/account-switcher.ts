import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { Address, SessionContext } from '../../src/index.js';
import { define } from '../shared/define.js';
import { formStyles } from '../shared/form-styles.js';
import { KontorElement } from '../shared/kontor-element.js';
import { CommerceStoreController } from '../shared/store-controller.js';
import { controls, tokens } from '../shared/styles.js';

function addressLabel(address: Address): string {
  return `${address.label} – ${address.street}, ${address.postalCode} ${address.city} (${address.country})`;
}

/**
 * Chooses the account, ship-to and bill-to address the buyer acts for. Every price on the
 * page follows the switch in place, without a reload.
 *
 * @summary Account, ship-to and bill-to selection.
 * @tag kontor-account-switcher
 * @fires kontor-error - When the switch was refused.
 */
@localized()
export class KontorAccountSwitcher extends KontorElement {
  static override styles = [tokens, controls, formStyles];

  @state() private error = '';

  readonly #session = new CommerceStoreController(this, (c) => c.$session);

  async #switch(patch: Partial<SessionContext>): Promise<void> {
    this.error = '';
    try {
      await this.commerce?.setContext(patch);
    } catch (error) {
      this.error = this.reportError(error, 'switch-context').message;
    }
  }

  #select(label: string, value: string, options: readonly { id: string; label: string }[], key: keyof SessionContext) {
    return html`<label>${label}
      <select class="input" .value=${value} @change=${(e: Event) => void this.#switch({ [key]: (e.target as HTMLSelectElement).value })}>
        ${options.map((option) => html`<option value=${option.id} ?selected=${option.id === value}>${option.label}</option>`)}
      </select>
    </label>`;
  }

  protected override render() {
    const sessionState = this.#session.value;
    const session = sessionState?.value;
    if (!session?.user || !session.context) {
      return html`<p>${msg('Log in to choose an account.', { id: 'account-login-needed' })}</p>`;
    }
    const context = session.context;
    const account = session.accounts.find((a) => a.id === context.accountId);
    return html`<div class="fields" aria-busy=${sessionState?.status === 'loading' ? 'true' : 'false'}>
      ${this.#select(msg('Account', { id: 'account' }), context.accountId, session.accounts.map((a) => ({ id: a.id, label: `${a.name} (${a.currency})` })), 'accountId')}
      ${account
        ? html`${this.#select(msg('Ship to', { id: 'ship-to' }), context.shipToId, account.shipTo.map((a) => ({ id: a.id, label: addressLabel(a) })), 'shipToId')}
          ${this.#select(msg('Bill to', { id: 'bill-to' }), context.billToId, account.billTo.map((a) => ({ id: a.id, label: addressLabel(a) })), 'billToId')}`
        : nothing}
      <p class="message error" role="alert">${this.error}</p>
    </div>`;
  }
}

define('kontor-account-switcher', KontorAccountSwitcher);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-account-switcher': KontorAccountSwitcher;
  }
}
