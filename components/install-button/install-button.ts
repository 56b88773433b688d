import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { $installable, promptInstall } from '../../sdk/pwa/install.js';
import { define } from '../shared/define.js';
import { emit } from '../shared/events.js';
import { KontorElement } from '../shared/kontor-element.js';
import { controls, tokens } from '../shared/styles.js';

/**
 * Offers to install the shop as an app where the browser allows it (its
 * `beforeinstallprompt` offer), and hides itself otherwise: on browsers without the offer,
 * once installed, and after the buyer answered the browser's dialog.
 *
 * @summary Install the shop as an app.
 * @tag kontor-install-button
 * @csspart button - The install button.
 * @cssstate installable - While the browser offers installation.
 * @fires kontor-install - After the buyer answered the browser's dialog; detail `{ outcome }`.
 */
@localized()
export class KontorInstallButton extends KontorElement {
  static override styles = [
    tokens,
    controls,
    css`
      :host(:not([installable])) {
        display: none;
      }
    `,
  ];

  /** Button text; defaults to "Install app". */
  @property() label = '';

  /** Reflects whether the browser currently offers installation. */
  @property({ type: Boolean, reflect: true }) installable = false;

  @state() private busy = false;

  #unsubscribe: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribe = $installable.subscribe((offered) => {
      this.installable = offered;
      this.setCustomState('installable', offered);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
  }

  async #install(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      emit(this, 'kontor-install', { outcome: await promptInstall() });
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    if (!this.installable) return nothing;
    return html`<button class="button secondary" part="button" type="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.#install}>
      ${this.label || msg('Install app', { id: 'install-app' })}
    </button>`;
  }
}

define('kontor-install-button', KontorInstallButton);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-install-button': KontorInstallButton;
  }
}
