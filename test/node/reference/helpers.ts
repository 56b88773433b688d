/** Shared set-up for the reference backend tests. */
import { generateCatalog } from '../../../src/reference/catalog/generate.js';
import type { Catalog, CatalogItem } from '../../../src/reference/catalog/types.js';
import type { RequestMeta } from '../../../src/reference/service/actor.js';
import { ReferenceBackend } from '../../../src/reference/service/backend.js';
import { createWorld } from '../../../src/reference/service/world.js';
import { MemoryStateStore, StateRepository } from '../../../src/reference/state/store.js';

/** A catalog small enough to build fast and large enough to hold every category. */
export const TEST_CATALOG_SIZE = 2000;

let shared: Catalog | undefined;
/** One catalog for all tests of a file (generation is deterministic anyway). */
export function testCatalog(): Catalog {
  return (shared ??= generateCatalog({ size: TEST_CATALOG_SIZE, seed: 1 }));
}

/** A backend over memory with a settable clock. */
export function createTestBackend(start = '2026-06-15T10:00:00Z') {
  const clock = { now: new Date(start) };
  const store = new MemoryStateStore();
  const backend = new ReferenceBackend(createWorld(testCatalog(), { now: () => clock.now }), new StateRepository(store));
  return { backend, store, clock };
}

/** Request meta for a token. */
export const as = (token: string | null, acceptLanguage: string | null = null): RequestMeta => ({ token, acceptLanguage });

/** Logs in a demo user and returns the token. */
export async function loginAs(backend: ReferenceBackend, email: string): Promise<string> {
  const reply = await backend.login(as(null), { email, password: 'demo' });
  return reply.token;
}

/** The first orderable item that matches. */
export function findItem(predicate: (item: CatalogItem) => boolean): CatalogItem {
  const item = testCatalog().items.find((i) => !i.discontinued && predicate(i));
  if (!item) throw new Error('No matching item in the test catalog');
  return item;
}

/** Checkout input for the Müller Stuttgart account. */
export const muellerCheckout = (idempotencyKey: string) => ({
  idempotencyKey,
  billToId: 'ad-mueller-de-bill',
  shipToId: 'ad-mueller-de-plant1',
  partialDelivery: false,
  paymentMethod: 'invoice' as const,
});
