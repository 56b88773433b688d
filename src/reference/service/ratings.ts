/**
 * Ratings and feedback by business customers. Only an account that ordered a product may
 * rate it (feedback after an order, not drive-by reviews); each user rates a product once
 * and rating again replaces the earlier rating.
 */
import { ForbiddenError, ValidationError, type FieldError, type ProductRatingInput, type ProductRatings, type ProductReview } from '../../commerce/index.js';
import type { BackendState, StoredReview } from '../state/state.js';
import type { Actor } from './actor.js';
import { itemOrThrow } from './catalog-api.js';
import type { World } from './world.js';

/** Most reviews one reply lists. */
export const REVIEW_PAGE = 20;

/** Longest comment, in characters. */
export const COMMENT_MAX = 2000;

// Orders that were refused never reached the customer, so they give no right to rate.
const NOT_DELIVERABLE = new Set(['rejected', 'cancelled']);

/** Whether the caller's current account ordered the SKU. */
export function orderedByAccount(state: BackendState, actor: Actor, sku: string): boolean {
  return Object.values(state.orders).some(
    (order) => order.accountId === actor.account.id && !NOT_DELIVERABLE.has(order.status) && order.lines.some((line) => line.sku === sku),
  );
}

function publicReview(review: StoredReview): ProductReview {
  return { id: review.id, sku: review.sku, stars: review.stars, comment: review.comment, author: review.author, updatedAt: review.updatedAt };
}

/** Ratings of a SKU; anonymous callers see them too but may not rate. */
export function ratingsOf(world: World, state: BackendState, actor: Actor | null, sku: string): ProductRatings {
  itemOrThrow(world, sku);
  const reviews = Object.values(state.ratings?.byKey ?? {})
    .filter((r) => r.sku === sku)
    .sort((a, b) => (a.updatedAt === b.updatedAt ? 0 : a.updatedAt < b.updatedAt ? 1 : -1));
  const total = reviews.reduce((sum, r) => sum + r.stars, 0);
  const mine = actor ? state.ratings?.byKey[`${sku}/${actor.user.id}`] : undefined;
  return {
    sku,
    average: reviews.length > 0 ? Math.round((total / reviews.length) * 10) / 10 : null,
    count: reviews.length,
    reviews: reviews.slice(0, REVIEW_PAGE).map(publicReview),
    mine: mine ? publicReview(mine) : null,
    canRate: actor !== null && orderedByAccount(state, actor, sku),
  };
}

/** Stores the caller's rating of a SKU their account ordered. */
export function rateProduct(world: World, state: BackendState, actor: Actor, input: ProductRatingInput): ProductRatings {
  const t = (de: string, en: string): string => (actor.locale === 'de' ? de : en);
  itemOrThrow(world, input.sku);
  const fields: FieldError[] = [];
  if (!Number.isInteger(input.stars) || input.stars < 1 || input.stars > 5) fields.push({ path: 'stars', message: t('1 bis 5 Sterne.', 'Give 1 to 5 stars.') });
  const comment = (input.comment ?? '').trim();
  if (comment.length > COMMENT_MAX) fields.push({ path: 'comment', message: t(`Höchstens ${COMMENT_MAX} Zeichen.`, `At most ${COMMENT_MAX} characters.`) });
  if (fields.length > 0) throw new ValidationError(t('Die Bewertung kann nicht gespeichert werden.', 'The rating cannot be saved.'), fields);
  if (!orderedByAccount(state, actor, input.sku)) {
    throw new ForbiddenError(t('Bewerten können nur Kunden, die diesen Artikel bestellt haben.', 'Only customers who ordered this product can rate it.'));
  }
  const store = (state.ratings ??= { counter: 0, byKey: {} });
  const key = `${input.sku}/${actor.user.id}`;
  const now = world.now().toISOString();
  const existing = store.byKey[key];
  if (existing) {
    existing.stars = input.stars;
    existing.comment = comment;
    existing.updatedAt = now;
  } else {
    const company = world.companies.get(actor.user.companyId)?.name ?? '';
    const firstName = actor.user.name.split(/\s+/)[0] ?? actor.user.name;
    store.byKey[key] = {
      id: `r-${++store.counter}`,
      sku: input.sku,
      userId: actor.user.id,
      accountId: actor.account.id,
      author: company ? `${firstName}, ${company}` : firstName,
      stars: input.stars,
      comment,
      updatedAt: now,
    };
  }
  return ratingsOf(world, state, actor, input.sku);
}
