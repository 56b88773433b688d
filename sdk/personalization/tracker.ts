/**
 * Feeds the profile from what the page already reports: the `kontor-*` events elements
 * fire, and the storefront's session. Components know nothing of this module.
 */
import type { ReadableAtom } from 'nanostores';
import type { AsyncValue, CommerceAdapter, Session } from '../../src/index.js';
import { consent } from '../consent/index.js';
import { allowed, updateProfile } from './engine.js';
import { recordOrders, recordProductView, recordSession, withCategoryViews, type SessionFacts } from './profile-updates.js';

/** The parts of a storefront (`Commerce`) the tracker reads. */
export interface TrackedStorefront {
  readonly adapter: CommerceAdapter;
  readonly $session: ReadableAtom<AsyncValue<Session>>;
}

/** How session facts become profile facts. */
export interface TrackerOptions {
  /**
   * The visitor's industry. By default the customer group stands for it, which fits
   * sellers whose groups are trades (`cg-electrical`); pass your own mapping otherwise.
   */
  readonly industry?: (session: Session) => string | null;
  /** Order lines to look at for "ordered before" (default 20 orders). */
  readonly orders?: number;
}

type Detail = Record<string, unknown>;
const detailOf = (event: Event): Detail => ((event as CustomEvent<unknown>).detail ?? {}) as Detail;
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Starts listening for `kontor-*` events at `target` (the document); returns the stop. */
export function trackEvents(target: EventTarget = document): () => void {
  const handlers: Record<string, (event: Event) => void> = {
    'kontor-product-view': (event) => {
      const { sku, categoryIds } = detailOf(event);
      if (typeof sku === 'string') updateProfile((p) => recordProductView(p, sku, ids(categoryIds)));
    },
    'kontor-results': (event) => {
      const { categoryId } = detailOf(event);
      if (typeof categoryId === 'string' && categoryId) updateProfile((p) => withCategoryViews(p, [categoryId]));
    },
  };
  for (const [name, handler] of Object.entries(handlers)) target.addEventListener(name, handler);
  return () => {
    for (const [name, handler] of Object.entries(handlers)) target.removeEventListener(name, handler);
  };
}

/** The session facts of a session. */
export function sessionFacts(session: Session, industry: TrackerOptions['industry']): SessionFacts {
  const account = session.accounts.find((a) => a.id === session.context?.accountId) ?? session.accounts[0];
  const customerGroup = session.user ? (account?.customerGroupId ?? null) : null;
  return {
    loggedIn: session.user !== null,
    company: session.company?.id ?? null,
    customerGroup,
    industry: session.user ? (industry ? industry(session) : customerGroup) : null,
  };
}

/**
 * Follows a storefront's session (logged in, company, customer group) and, when logged in,
 * reads the order history for "ordered before". Returns the stop.
 */
export function trackStorefront(storefront: TrackedStorefront, options: TrackerOptions = {}): () => void {
  let lastUser: string | null | undefined;
  let stopped = false;
  const apply = (): void => {
    const state = storefront.$session.get();
    const session = state.value;
    if (!allowed()) lastUser = undefined;
    if (!session || state.status === 'loading' || !allowed()) return;
    updateProfile((p) => recordSession(p, sessionFacts(session, options.industry)));
    const user = session.user?.id ?? null;
    if (user === lastUser) return;
    lastUser = user;
    if (user) void readOrders(storefront.adapter, options.orders ?? 20, () => stopped || lastUser !== user);
  };
  const stopSession = storefront.$session.subscribe(apply);
  // An order placed on this page counts for "ordered before" from the next view on.
  const orderPlaced = (): void => {
    const user = storefront.$session.get().value?.user?.id;
    if (user && allowed()) void readOrders(storefront.adapter, options.orders ?? 20, () => stopped || lastUser !== user);
  };
  document.addEventListener('kontor-order-placed', orderPlaced);
  // Consent given later counts the session from then on.
  const stopConsent = consent.listen(apply);
  return () => {
    stopped = true;
    stopSession();
    stopConsent();
    document.removeEventListener('kontor-order-placed', orderPlaced);
  };
}

async function readOrders(adapter: CommerceAdapter, limit: number, outdated: () => boolean): Promise<void> {
  try {
    const orders = await adapter.listOrders({ limit });
    const products: Record<string, number> = {};
    for (const order of orders) for (const line of order.lines) products[line.sku] = (products[line.sku] ?? 0) + 1;
    // Orders carry SKUs only; the categories come from the products (the most ordered few).
    const skus = Object.entries(products).sort(([, a], [, b]) => b - a).slice(0, 12).map(([sku]) => sku);
    const found = await Promise.all(skus.map((sku) => adapter.getProduct(sku).catch(() => null)));
    const categories: Record<string, number> = {};
    for (const product of found) {
      for (const category of product?.categoryPath ?? []) categories[category.id] = (categories[category.id] ?? 0) + (products[product?.sku ?? ''] ?? 1);
    }
    if (!outdated()) updateProfile((p) => recordOrders(p, products, categories));
  } catch {
    // No history (no permission, backend down): "ordered before" waits for the next view.
  }
}
