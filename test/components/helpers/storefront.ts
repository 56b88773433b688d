/**
 * Test storefronts on the real reference backend (in its Web Worker, small catalog), one
 * worker per test file, each storefront with its own session.
 */
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import {
  createCommerce,
  createLocalAdapter,
  memoryTokenStorage,
  startReferenceWorker,
  type Commerce,
  type CommerceAdapter,
  type DemoUser,
  type ProductSummary,
} from '../../../src/index.js';
import '../../../components/storefront/storefront.js';

let worker: ReturnType<typeof startReferenceWorker> | undefined;

/** A fresh adapter (logged out) on this file's reference backend worker. */
export function testAdapter(): CommerceAdapter {
  worker ??= startReferenceWorker({ catalogSize: 2000 });
  return createLocalAdapter({ worker, tokenStorage: memoryTokenStorage() });
}

/** The demo users of the reference backend. */
export async function demoUsers(): Promise<readonly DemoUser[]> {
  return testAdapter().listDemoUsers();
}

/** A demo user with `role` (and not approver, for plain buyers). */
export async function demoUser(role: 'buyer' | 'approver' | 'admin'): Promise<DemoUser> {
  const users = await demoUsers();
  const user = users.find((u) => u.roles.includes(role) && (role !== 'buyer' || !u.roles.includes('approver')));
  if (!user) throw new Error(`The reference backend has no ${role}`);
  return user;
}

/**
 * A storefront on `adapter` (a fresh one by default), logged in as a buyer with an empty
 * cart unless `loggedIn` is false.
 */
export async function testCommerce(options: { adapter?: CommerceAdapter; loggedIn?: boolean; as?: 'buyer' | 'approver' | 'admin' } = {}): Promise<Commerce> {
  const commerce = createCommerce(options.adapter ?? testAdapter());
  await commerce.ready();
  if (options.loggedIn !== false) {
    const user = await demoUser(options.as ?? 'buyer');
    await commerce.login({ email: user.email, password: user.password });
    const cart = await commerce.refreshCart();
    for (const line of cart?.lines ?? []) await commerce.removeCartLine(line.id);
  }
  return commerce;
}

/** Renders `template` inside a `<kontor-storefront>` that provides `commerce`; returns the first child element. */
export async function mount<T extends HTMLElement>(template: TemplateResult, commerce: Commerce): Promise<T> {
  const storefront = await fixture<HTMLElement>(html`<kontor-storefront .commerce=${commerce}>${template}</kontor-storefront>`);
  const element = storefront.firstElementChild as T | null;
  if (!element) throw new Error('mount: the template rendered no element');
  return element;
}

/** Orderable products of the catalog (not discontinued, not configurable). */
export async function orderableProducts(commerce: Commerce, count = 3): Promise<ProductSummary[]> {
  const result = await commerce.adapter.search({ limit: 40 });
  return result.hits.map((h) => h.product).filter((p) => !p.discontinued && !p.configurable).slice(0, count);
}

/** Waits until `check` returns a truthy value (re-checking after each animation frame). */
export async function until<T>(check: () => T | undefined | null | false, what: string, frames = 600): Promise<T> {
  for (let i = 0; i < frames; i++) {
    const value = check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** The text of an element's shadow root, whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
