import { LitElement, html, css, type PropertyValues } from 'lit';
import { provide } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import { adapterFromConfig, commerceContext, createCommerce, storefrontOptions, type Commerce } from '../../src/index.js';
import { define } from '../shared/define.js';

/**
 * Provides a storefront (a backend connection with its session and cart) to every Kontor
 * element inside it. Use it when one page holds two shops, or to scope a shop to a part of
 * the page; otherwise the script tag's page-level configuration serves all tags.
 *
 * @summary Scopes Kontor elements to one backend.
 * @tag kontor-storefront
 * @slot - The elements that use this storefront.
 */
export class KontorStorefront extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Which backend: `local` (embedded reference backend) or `http`. */
  @property() backend: 'local' | 'http' = 'local';

  /** Base URL of the REST contract server when `backend="http"`. */
  @property({ attribute: 'api-url' }) apiUrl = '';

  /** Number of SKUs the embedded reference backend generates. */
  @property({ attribute: 'catalog-size', type: Number }) catalogSize: number | undefined;

  /** A ready storefront; set it from script to use any adapter. Wins over the attributes. */
  @provide({ context: commerceContext })
  @state()
  commerce: Commerce | undefined;

  /** The storefront this element built from its attributes (as opposed to one set from script). */
  #built: Commerce | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const setFromScript = this.commerce !== undefined && this.commerce !== this.#built;
    if (setFromScript) {
      if (changed.has('commerce')) void this.commerce?.ready().catch(() => undefined);
      return;
    }
    const configChanged = changed.has('backend') || changed.has('apiUrl') || changed.has('catalogSize');
    if (this.commerce === undefined || configChanged) {
      const config = {
        backend: this.backend,
        ...(this.apiUrl ? { apiUrl: this.apiUrl } : {}),
        ...(this.catalogSize ? { catalogSize: this.catalogSize } : {}),
      };
      this.#built?.dispose();
      this.#built = createCommerce(adapterFromConfig(config), storefrontOptions(config));
      this.commerce = this.#built;
      void this.#built.ready().catch(() => undefined);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A storefront built from attributes owns its backend connection (for `local`, a worker
    // with the whole catalog): release it, and build a fresh one if the element comes back.
    if (this.#built && this.commerce === this.#built) {
      this.#built.dispose();
      this.#built = undefined;
      this.commerce = undefined;
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

define('kontor-storefront', KontorStorefront);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-storefront': KontorStorefront;
  }
}
