/**
 * The steps that update a profile from what the page reports. Only tracking needs them, so
 * they stay out of the render-blocking core.
 */
import type { Profile } from './profile.js';

const RECENT_LIMIT = 12;
const TOP_LIMIT = 8;

/** Keys of `counts`, largest count first (ties by name, so the order is stable), at most `limit`. */
export function topKeys(counts: Readonly<Record<string, number>>, limit = TOP_LIMIT): string[] {
  return Object.entries(counts)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, limit)
    .map(([key]) => key);
}

/** Counts a product view. */
export function recordProductView(profile: Profile, sku: string, categoryIds: readonly string[]): Profile {
  const recentlyViewed = [sku, ...profile.recentlyViewed.filter((s) => s !== sku)].slice(0, RECENT_LIMIT);
  return withCategoryViews({ ...profile, recentlyViewed }, categoryIds);
}

/** Counts a category browsed (a listing of it was shown). */
export function withCategoryViews(profile: Profile, categoryIds: readonly string[]): Profile {
  if (categoryIds.length === 0) return profile;
  const categoryViews = { ...profile.categoryViews };
  for (const id of categoryIds) categoryViews[id] = (categoryViews[id] ?? 0) + 1;
  return { ...profile, categoryViews, categoriesViewed: topKeys(categoryViews) };
}

/** The session part: who is logged in, for which company and customer group. */
export interface SessionFacts {
  readonly loggedIn: boolean;
  readonly company: string | null;
  readonly customerGroup: string | null;
  readonly industry: string | null;
}

/** Takes over the session's facts. */
export function recordSession(profile: Profile, session: SessionFacts): Profile {
  return { ...profile, ...session };
}

/** Replaces the order history: SKU counts and the categories they belong to. */
export function recordOrders(profile: Profile, productsOrdered: Readonly<Record<string, number>>, categoryOrders: Readonly<Record<string, number>>): Profile {
  return { ...profile, productsOrdered, categoryOrders, categoriesOrdered: topKeys(categoryOrders) };
}

