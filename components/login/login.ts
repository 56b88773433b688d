import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { define } from '../shared/define.js';
import { formStyles } from '../shared/form-styles.js';
import { KontorElement } from '../shared/kontor-element.js';
import { CommerceStoreController } from '../shared/store-controller.js';
import { controls, tokens } from '../shared/styles.js';

/**
 * Login and logout. Logged out it shows an e-mail and password form; logged in, the user's
 * name, company and a logout button. A failed login keeps the e-mail and says why.
 * Logging out clears the cart and prices held in the browser.
 *
 * @summary Login form and session status.
 * @tag kontor-login
 * @csspart form - The login form.
 * @fires kontor-error - When login or logout failed.
 */
@localized()
export class KontorLogin extends KontorElement {
  static override styles = [tokens, controls, formStyles];

  @state() private email = '';
  @state() private password = '';
  @state() private error = '';
  @state() private busy = false;

  readonly #session = new CommerceStoreController(this, (c) => c.$session);

  async #login(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.commerce || this.busy) return;
    if (!this.email.trim() || !this.password) {
      this.error = msg('Enter your e-mail address and password.', { id: 'login-missing' });
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      await this.commerce.login({ email: this.email.trim(), password: this.password });
      this.password = '';
    } catch (error) {
      this.error = this.reportError(error, 'login').message;
    } finally {
      this.busy = false;
    }
  }

  async #logout(): Promise<void> {
    try {
      await this.commerce?.logout();
    } catch (error) {
      this.error = this.reportError(error, 'logout').message;
    }
  }

  protected override render() {
    const session = this.#session.value?.value;
    if (session?.user) {
      return html`<div class="row">
        <span>${msg(str`Logged in as ${session.user.name}`, { id: 'login-as' })}${session.company ? html` · ${session.company.name}` : ''}</span>
        <button class="button secondary" @click=${this.#logout}>${msg('Log out', { id: 'logout' })}</button>
        <p class="message error" role="alert">${this.error}</p>
      </div>`;
    }
    return html`<form part="form" @submit=${this.#login} novalidate>
      <label>${msg('E-mail', { id: 'email' })}
        <input class="input" type="email" autocomplete="username" .value=${this.email} @input=${(e: Event) => (this.email = (e.target as HTMLInputElement).value)} />
      </label>
      <label>${msg('Password', { id: 'password' })}
        <input class="input" type="password" autocomplete="current-password" .value=${this.password} @input=${(e: Event) => (this.password = (e.target as HTMLInputElement).value)} />
      </label>
      <div class="row">
        <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? msg('Logging in…', { id: 'login-busy' }) : msg('Log in', { id: 'login' })}</button>
      </div>
      <p class="message error" role="alert">${this.error}</p>
    </form>`;
  }
}

define('kontor-login', KontorLogin);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-login': KontorLogin;
  }
}
