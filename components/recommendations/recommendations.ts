import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { createResource } from '../../src/index.js';
import { startPersonalization } from '../../sdk/personalization/index.js';
import { recommend, type RecommendationKind, type RecommendationRequest, type Recommendations } from '../../sdk/personalization/recommendations.js';
import { define } from '../shared/define.js';
import { KontorElement } from '../shared/kontor-element.js';
import { CommerceStoreController } from '../shared/store-controller.js';
import { ResourceController } from '../shared/resource-controller.js';
import { productHref } from '../product-listing/product-card.js';
import { controls, tokens } from '../shared/styles.js';
import { recommendationsStyles } from './recommendations.styles.js';
import '../price/price.js';

const KINDS: readonly (RecommendationKind | 'auto')[] = ['auto', 'reorder', 'recently-viewed', 'popular'];

function heading(kind: RecommendationKind): string {
  switch (kind) {
    case 'reorder':
      return msg('Reorder your usual items', { id: 'recommendations-reorder' });
    case 'recently-viewed':
      return msg('Recently viewed', { id: 'recommendations-recent' });
    case 'popular':
      return msg('Popular in your industry', { id: 'recommendations-popular' });
  }
}

/**
 * A strip of recommended products, from the visitor's profile and the backend: "reorder
 * your usual items" (order history), "recently viewed" (the profile, with consent) or
 * "popular in your industry". Put it in a `<kontor-slot>` variant to show it to a segment.
 *
 * @summary Recommended products: reorder, recently viewed, popular in the industry.
 * @tag kontor-recommendations
 * @csspart card - One recommended product.
 * @csspart heading - The strip's heading.
 * @cssprop --kontor-recommendations-card-width - Width of one card (default 11em).
 * @cssprop --kontor-recommendations-height - The strip's fixed height (default 330px); reserve the same on the page.
 * @cssstate loading - While recommendations load.
 * @cssstate empty - When there is nothing to recommend.
 * @cssstate error - When the backend failed.
 * @fires kontor-error - When loading failed.
 */
@localized()
export class KontorRecommendations extends KontorElement {
  static override styles = [tokens, controls, recommendationsStyles];

  /** `auto` (the most personal kind that has products), `reorder`, `recently-viewed` or `popular`. */
  @property() kind: RecommendationKind | 'auto' = 'auto';

  /** Most products shown. */
  @property({ type: Number }) limit = 6;

  /** Address of the product page; `{sku}` is replaced by the product's SKU. */
  @property({ attribute: 'product-url' }) productUrl = 'product.html?sku={sku}';

  /**
   * Category of "popular" per industry, as JSON (`{"cg-electrical": "cables"}`); without
   * one, the visitor's most ordered or viewed category.
   */
  @property({ attribute: 'industry-categories', type: Object }) industryCategories: Record<string, string> = {};

  readonly #session = new CommerceStoreController(this, (commerce) => commerce.$session);

  readonly #recommendations = new ResourceController<string, Recommendations>(this, {
    create: (commerce) => createResource((key: string) => recommend(commerce.adapter, JSON.parse(key) as RecommendationRequest)),
    key: () => {
      const session = this.#session.value;
      if (!session || session.status === 'idle' || (session.status === 'loading' && !session.value)) return null;
      const kind = KINDS.includes(this.kind) ? this.kind : 'auto';
      const limit = Number.isInteger(this.limit) && this.limit > 0 ? Math.min(this.limit, 24) : 6;
      const request: RecommendationRequest = { kind, limit, session: session.value ?? null, industryCategories: this.industryCategories };
      return JSON.stringify(request);
    },
    onChange: (state) => {
      this.setCustomState('loading', state.status === 'loading');
      this.setCustomState('error', state.status === 'error');
      this.setCustomState('empty', state.status === 'ready' && state.value?.products.length === 0);
      if (state.status === 'error' && state.error) this.reportError(state.error, 'recommendations');
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    startPersonalization();
  }

  protected override render() {
    const state = this.#recommendations.state;
    const value = state?.value;
    const kind = value?.kind ?? (this.kind === 'auto' ? 'popular' : this.kind);
    const title = html`<h2 part="heading">${heading(kind)}</h2>`;
    if (state?.status === 'error' && !value) {
      return html`${title}
        <div class="error" role="alert">
          <p>${state.error?.message}</p>
          <button class="button" @click=${() => this.#recommendations.reload()}>${msg('Try again', { id: 'retry' })}</button>
        </div>`;
    }
    if (value && value.products.length === 0) {
      return html`${title}<p class="note">${msg('Nothing to recommend yet. Products you view and order will appear here.', { id: 'recommendations-empty' })}</p>`;
    }
    return html`${title}
      <ol aria-busy=${value ? 'false' : 'true'}>
        ${value
          ? value.products.map(
              (product) => html`<li part="card">
                <div class="media">${product.image ? html`<img src=${product.image.url} alt="" loading="lazy" width="160" height="120" />` : nothing}</div>
                <a href=${productHref(this.productUrl, product.sku)}>${product.name}</a>
                <span class="meta">${product.brand} · <span translate="no">${product.sku}</span></span>
                <kontor-price sku=${product.sku}></kontor-price>
              </li>`,
            )
          : Array.from({ length: Math.min(this.limit, 6) }, () => html`<li class="skeleton" aria-hidden="true"></li>`)}
      </ol>`;
  }
}

define('kontor-recommendations', KontorRecommendations);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-recommendations': KontorRecommendations;
  }
}
