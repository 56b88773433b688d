import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localized, msg, str } from '@lit/localize';
import type { Address, SessionContext } from '../../src/index.js';
import { define } from '../shared/define.js';
import { formStyles } from '../shared/form-styles.js';
import { KontorElement } from '../shared/kontor-element.js';
import { CommerceStoreController } from '../shared/store-controller.js';
import { controls, tokens } from '../shared/styles.js';
import { accountSwitcherStyles } from './account-switcher.styles.js';

function addressLabel(address: Address): string {
  return `${address.label} – ${address.street}, ${address.postalCode} ${address.city} (${address.country})`;
}

/**
 * Chooses the account, ship-to and bill-to address the buyer acts for, and (on backends
 * with the `promotions` capability) a promotion code. Every price on the page follows a
 * switch in place, in one batched request, without a reload. A refused switch or code keeps
 * the previous context and says why; a code the buyer typed stays in the field.
 *
 * @summary Account, ship-to, bill-to and promotion code selection.
 * @tag kontor-account-switcher
 * @csspart promotion - The promotion code form.
 * @cssstate busy - While a switch is on its way.
 * @fires kontor-error - When a switch or a promotion code was refused.
 */
@localized()
export class KontorAccountSwitcher extends KontorElement {
  static override styles = [tokens, controls, formStyles, accountSwitcherStyles];

  /** Hide the promotion code field even when the backend supports promotions. */
  @property({ type: Boolean, attribute: 'no-promotion' }) noPromotion = false;

  @state() private error = '';
  @state() private promotionError = '';
  @state() private code = '';

  readonly #session = new CommerceStoreController(this, (c) => c.$session);
  readonly #info = new CommerceStoreController(this, (c) => c.$info);

  async #switch(patch: Partial<SessionContext>): Promise<boolean> {
    const commerce = this.commerce;
    if (!commerce) return false;
    this.setCustomState('busy', true);
    try {
      await commerce.setContext(patch);
      return true;
    } catch (error) {
      const message = this.reportError(error, 'switch-context').message;
      if ('promotionCode' in patch) this.promotionError = message;
      else this.error = message;
      // The selects show the context the backend kept, not the refused choice (`live()`
      // compares with what the select shows now).
      this.requestUpdate();
      return false;
    } finally {
      this.setCustomState('busy', false);
    }
  }

  async #select(key: keyof SessionContext, value: string): Promise<void> {
    this.error = '';
    await this.#switch({ [key]: value });
  }

  async #applyCode(event: Event): Promise<void> {
    event.preventDefault();
    this.promotionError = '';
    const code = this.code.trim();
    if (!code) {
      this.promotionError = msg('Enter a promotion code.', { id: 'promotion-missing' });
      return;
    }
    if (await this.#switch({ promotionCode: code })) this.code = '';
  }

  async #removeCode(): Promise<void> {
    this.promotionError = '';
    await this.#switch({ promotionCode: null });
  }

  #field(label: string, value: string, options: readonly { id: string; label: string }[], key: keyof SessionContext) {
    return html`<label
      >${label}
      <select class="input" .value=${live(value)} @change=${(e: Event) => void this.#select(key, (e.target as HTMLSelectElement).value)}>
        ${options.map((option) => html`<option value=${option.id} ?selected=${option.id === value}>${option.label}</option>`)}
      </select>
    </label>`;
  }

  #promotion(active: string | null) {
    if (this.noPromotion || !this.#info.value?.capabilities.promotions) return nothing;
    const busy = this.#session.value?.status === 'loading';
    return html`<form part="promotion" class="promotion" @submit=${this.#applyCode} novalidate>
      ${active
        ? html`<p class="row active">
            <span>${msg(str`Promotion code ${active} is active.`, { id: 'promotion-active' })}</span>
            <button type="button" class="button secondary" @click=${this.#removeCode}>${msg('Remove', { id: 'promotion-remove' })}</button>
          </p>`
        : nothing}
      <div class="row">
        <label
          >${msg('Promotion code', { id: 'promotion-code' })}
          <input
            class="input"
            name="promotion-code"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            maxlength="40"
            .value=${this.code}
            aria-invalid=${this.promotionError ? 'true' : 'false'}
            @input=${(e: Event) => (this.code = (e.target as HTMLInputElement).value)}
          />
        </label>
        <button class="button secondary" type="submit" aria-disabled=${busy ? 'true' : 'false'}>${msg('Apply', { id: 'promotion-apply' })}</button>
      </div>
      <p class="message error" role="alert">${this.promotionError}</p>
    </form>`;
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
      ${this.#field(msg('Account', { id: 'account' }), context.accountId, session.accounts.map((a) => ({ id: a.id, label: `${a.name} (${a.currency})` })), 'accountId')}
      ${account
        ? html`${this.#field(msg('Ship to', { id: 'ship-to' }), context.shipToId, account.shipTo.map((a) => ({ id: a.id, label: addressLabel(a) })), 'shipToId')}
          ${this.#field(msg('Bill to', { id: 'bill-to' }), context.billToId, account.billTo.map((a) => ({ id: a.id, label: addressLabel(a) })), 'billToId')}`
        : nothing}
      <p class="message error" role="alert">${this.error}</p>
      ${this.#promotion(context.promotionCode ?? null)}
    </div>`;
  }
}

define('kontor-account-switcher', KontorAccountSwitcher);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-account-switcher': KontorAccountSwitcher;
  }
}
