/**
 * Recommendations from the profile and the backend: "reorder your usual items" (order
 * history), "recently viewed" (the profile, with consent) and "popular in your industry"
 * (the backend's ranking within the industry's category). Kept out of the core entry so
 * the render-blocking part stays small.
 */
import type { CommerceAdapter, ProductSummary, Session } from '../../src/index.js';
import { profileLoaded } from './engine.js';
import { sessionFacts } from './tracker.js';

/** The kinds of recommendation; `auto` picks the most personal one that has products. */
export type RecommendationKind = 'reorder' | 'recently-viewed' | 'popular';

/** What to recommend. */
export interface RecommendationRequest {
  readonly kind: RecommendationKind | 'auto';
  readonly limit: number;
  /** The current session (for the order history and the industry). */
  readonly session: Session | null;
  /** Category to draw "popular" from per industry (customer group by default); else the visitor's top category. */
  readonly industryCategories?: Readonly<Record<string, string>>;
}

/** Recommended products and the kind that produced them. */
export interface Recommendations {
  readonly kind: RecommendationKind;
  readonly products: readonly ProductSummary[];
}

const orderable = (product: ProductSummary | null): product is ProductSummary => product !== null && !product.discontinued;

async function products(adapter: CommerceAdapter, skus: readonly string[], limit: number): Promise<ProductSummary[]> {
  // A product removed from the catalog since is skipped rather than failing the strip.
  const found: (ProductSummary | null)[] = await Promise.all(skus.slice(0, limit * 2).map((sku) => adapter.getProduct(sku).catch(() => null)));
  return found.filter(orderable).slice(0, limit);
}

/** "Reorder your usual items": the SKUs ordered most often, from the backend's history. */
async function reorder(adapter: CommerceAdapter, request: RecommendationRequest): Promise<ProductSummary[]> {
  if (!request.session?.user) return [];
  const orders = await adapter.listOrders({ limit: 20 });
  const counts = new Map<string, number>();
  for (const order of orders) for (const line of order.lines) counts.set(line.sku, (counts.get(line.sku) ?? 0) + 1);
  const skus = [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([sku]) => sku);
  return products(adapter, skus, request.limit);
}

/** "Recently viewed": from the profile, so only with consent. */
async function recentlyViewed(adapter: CommerceAdapter, request: RecommendationRequest): Promise<ProductSummary[]> {
  const profile = await profileLoaded();
  return profile ? products(adapter, profile.recentlyViewed, request.limit) : [];
}

/** "Popular in your industry": the backend's best-ranked products of the industry's category. */
async function popular(adapter: CommerceAdapter, request: RecommendationRequest): Promise<ProductSummary[]> {
  const profile = await profileLoaded();
  const industry = profile?.industry ?? (request.session ? sessionFacts(request.session, undefined).industry : null);
  const categoryId = (industry ? request.industryCategories?.[industry] : undefined) ?? profile?.categoriesOrdered[0] ?? profile?.categoriesViewed[0];
  const result = await adapter.search({ ...(categoryId ? { categoryId } : {}), sort: 'relevance', limit: request.limit * 2 });
  return result.hits.map((hit) => hit.product).filter(orderable).slice(0, request.limit);
}

const SOURCES: Readonly<Record<RecommendationKind, (adapter: CommerceAdapter, request: RecommendationRequest) => Promise<ProductSummary[]>>> = {
  reorder,
  'recently-viewed': recentlyViewed,
  popular,
};

/** Loads recommendations; `auto` tries reorder, then recently viewed, then popular. */
export async function recommend(adapter: CommerceAdapter, request: RecommendationRequest): Promise<Recommendations> {
  const kinds: RecommendationKind[] = request.kind === 'auto' ? ['reorder', 'recently-viewed', 'popular'] : [request.kind];
  let last: Recommendations = { kind: kinds[0] ?? 'popular', products: [] };
  for (const kind of kinds) {
    last = { kind, products: await SOURCES[kind](adapter, request) };
    if (last.products.length > 0) return last;
  }
  return last;
}
