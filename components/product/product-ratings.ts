import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { createResource, type ProductRatings, type Sku } from '../../src/index.js';
import { define } from '../shared/define.js';
import { FormSubmission, feedbackStyles } from '../shared/form-submission.js';
import { KontorElement } from '../shared/kontor-element.js';
import { formatLocale } from '../shared/localization.js';
import { ResourceController } from '../shared/resource-controller.js';
import { CommerceStoreController } from '../shared/store-controller.js';
import { dateTimeFormat, numberFormat } from '../../src/commerce/formatters.js';

const STARS = [1, 2, 3, 4, 5] as const;

/** Stars as a picture for sighted users; the text beside them carries the meaning. */
const starPicture = (stars: number) => html`<span class="stars" aria-hidden="true">${'★'.repeat(Math.round(stars))}${'☆'.repeat(5 - Math.round(stars))}</span>`;

/**
 * Ratings and feedback by business customers, where the backend has them (capability
 * `ratings`): the average, the latest reviews, and, for an account that ordered the
 * product, a form to rate it (rating again replaces the earlier rating). Without the
 * capability the element renders nothing.
 *
 * @summary Ratings and feedback for one product.
 * @tag kontor-product-ratings
 * @csspart summary - The average and count.
 * @csspart form - The rating form.
 * @cssstate saving - While a rating is being saved.
 * @fires kontor-error - When ratings could not be loaded or saved.
 */
@localized()
export class KontorProductRatings extends KontorElement {
  static override styles = [
    ...feedbackStyles,
    css`
      .stars {
        color: var(--_warning);
        letter-spacing: 0.1em;
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 0;
      }
      legend {
        font-weight: 600;
        font-size: 0.9em;
      }
      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: calc(var(--_space) * 3);
      }
      .choices label {
        display: inline-flex;
        gap: var(--_space);
        font-weight: 400;
      }
      textarea.input {
        min-height: 4em;
      }
    `,
  ];

  /** SKU to show ratings for. */
  @property({ reflect: true }) sku: Sku = '';

  @state() private stars = 0;
  @state() private comment = '';
  /** The SKU the form was filled for, so a loaded own rating prefills it once. */
  #formSku = '';

  readonly #session = new CommerceStoreController(this, (commerce) => commerce.$session);
  readonly #info = new CommerceStoreController(this, (commerce) => commerce.$info);
  readonly #form = new FormSubmission(this, {
    busy: (on) => this.setCustomState('saving', on),
    report: (error) => this.reportError(error, 'rate-product'),
  });

  readonly #ratings = new ResourceController<{ sku: Sku; user: string }, ProductRatings>(this, {
    create: (commerce) =>
      createResource(({ sku }) => {
        const load = commerce.adapter.getRatings;
        if (!load) throw new Error('This shop has no ratings.');
        return load.call(commerce.adapter, sku);
      }),
    key: () => (this.sku && this.#available ? { sku: this.sku, user: this.#session.value?.value?.user?.id ?? '' } : null),
    onChange: (value) => {
      if (value.status === 'error' && value.error) this.reportError(value.error, 'ratings');
      const mine = value.value?.mine;
      if (value.status === 'ready' && value.value && this.#formSku !== value.value.sku) {
        this.#formSku = value.value.sku;
        this.stars = mine?.stars ?? 0;
        this.comment = mine?.comment ?? '';
      }
    },
  });

  get #available(): boolean {
    return Boolean(this.#info.value?.capabilities.ratings && this.commerce?.adapter.getRatings);
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.#form.busy) return;
    if (this.stars < 1) {
      this.#form.refuse(msg('Please choose 1 to 5 stars.', { id: 'rating-choose' }));
      return;
    }
    const adapter = this.commerce?.adapter;
    const rate = adapter?.rateProduct;
    if (!adapter || !rate) return;
    await this.#form.run(async () => {
      await rate.call(adapter, { sku: this.sku, stars: this.stars, comment: this.comment });
      this.#ratings.reload();
      return msg('Thank you, your rating was saved.', { id: 'rating-saved' });
    });
  }

  protected override render() {
    if (!this.#available) return nothing;
    const ratings = this.#ratings.state?.value;
    if (!ratings || ratings.sku !== this.sku) return nothing;
    const locale = formatLocale();
    const average = ratings.average === null ? '' : numberFormat(locale, { maximumFractionDigits: 1 }).format(ratings.average);
    const dates = dateTimeFormat(locale, { dateStyle: 'medium' });
    const loggedIn = Boolean(this.#session.value?.value?.user);
    return html`
      <p part="summary">
        ${ratings.count === 0
          ? msg('No ratings yet.', { id: 'rating-none' })
          : html`${starPicture(ratings.average ?? 0)} ${msg(str`${average} of 5 stars from ${ratings.count} ratings`, { id: 'rating-summary' })}`}
      </p>
      ${ratings.reviews.length
        ? html`<ul>
            ${ratings.reviews.map(
              (review) => html`<li>
                ${starPicture(review.stars)}
                <span class="meta">${msg(str`${review.stars} of 5 stars, ${review.author}, ${dates.format(new Date(review.updatedAt))}`, { id: 'rating-review-meta' })}</span>
                ${review.comment ? html`<p>${review.comment}</p>` : nothing}
              </li>`,
            )}
          </ul>`
        : nothing}
      ${ratings.canRate
        ? html`<form part="form" @submit=${this.#submit} novalidate>
            <fieldset>
              <legend>${ratings.mine ? msg('Change your rating', { id: 'rating-change' }) : msg('Rate this product', { id: 'rating-rate' })}</legend>
              <div class="choices">
                ${STARS.map(
                  (n) => html`<label
                    ><input type="radio" name="stars" .checked=${this.stars === n} @change=${() => ((this.stars = n), this.#form.clearProblem())} />${n === 1 ? msg('1 star', { id: 'rating-one-star' }) : msg(str`${n} stars`, { id: 'rating-stars' })}</label
                  >`,
                )}
              </div>
            </fieldset>
            <label>
              ${msg('Feedback (optional)', { id: 'rating-comment' })}
              <textarea class="input" maxlength="2000" .value=${this.comment} @input=${(e: InputEvent) => (this.comment = (e.target as HTMLTextAreaElement).value)}></textarea>
            </label>
            <div class="row">
              <button class="button" type="submit" aria-disabled=${this.#form.busy ? 'true' : 'false'}>${msg('Save rating', { id: 'rating-save' })}</button>
            </div>
            ${this.#form.messages()}
          </form>`
        : loggedIn
          ? html`<p class="meta">${msg('You can rate this product once your company has ordered it.', { id: 'rating-after-order' })}</p>`
          : nothing}
    `;
  }
}

define('kontor-product-ratings', KontorProductRatings);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-product-ratings': KontorProductRatings;
  }
}
