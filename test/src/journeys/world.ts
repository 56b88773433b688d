/**
 * The stage for fault-injected journeys: one buyer and one approver of the same company on
 * the real reference backend (this file's worker), each behind `withFaults` with a seeded
 * chaos rule and a network that can go offline mid-flow, plus a clean observer session of
 * the buyer that sees the backend as it is, without faults.
 */
import {
  UnavailableError,
  createApprovalInbox,
  createCheckout,
  faultyNetwork,
  nextAccepted,
  withFaults,
  type ApprovalInbox,
  type Cart,
  type Checkout,
  type Commerce,
  type CommerceAdapter,
  type FaultPlan,
  type FaultRule,
  type FaultyNetwork,
  type ProductSummary,
} from '../../../src/index.js';
import { demoUsers, orderableProducts, testAdapter, testCommerce, until } from '../../components/helpers/storefront.js';
import type { Rng } from '../../../src/reference/catalog/prng.js';
import { counting } from '../helpers/counting-adapter.js';

/** Calls that set the stage; never faulted. */
const STAGE_CALLS = new Set(['login', 'listDemoUsers', 'info']);

/** How often a call meets a fault while chaos is on. */
const FAULT_RATE = 0.3;

/** The faults a call may meet, by name (for the report). */
export type FaultKind = 'latency' | 'error' | 'lost-reply' | 'timeout' | 'offline';

export interface World {
  readonly buyer: Commerce;
  readonly approver: Commerce;
  readonly inbox: ApprovalInbox;
  readonly checkout: Checkout;
  readonly network: FaultyNetwork;
  /** The buyer's session without faults: the backend's truth. */
  readonly observer: CommerceAdapter;
  readonly products: readonly ProductSummary[];
  /** A dear product and a quantity of it above the buyer's spending limit (so it waits for approval). */
  readonly dear: { readonly product: ProductSummary; readonly overLimit: number };
  /** A product with a configuration model, when the backend has one. */
  readonly configurable: ProductSummary | null;
  /** Faults injected so far, by kind. */
  readonly injected: Record<FaultKind, number>;
  /** Starts injecting faults drawn from `random`. */
  storm(random: Rng): void;
  /** Stops injecting, brings the network back and waits until no dropped call is still running. */
  calm(): Promise<void>;
  /** The backend's cart of the buyer, read without faults. */
  truth(): Promise<Cart>;
}


/** Builds the world once per test file: logins and catalog reads happen without faults. */
export async function createWorld(): Promise<World> {
  const network = faultyNetwork();
  const injected: Record<FaultKind, number> = { latency: 0, error: 0, 'lost-reply': 0, timeout: 0, offline: 0 };
  let random: Rng | null = null;

  const chaos: FaultRule = (method) => {
    if (!random || STAGE_CALLS.has(method) || !random.chance(FAULT_RATE)) return undefined;
    const r = random;
    const kind = r.pick<FaultKind>(['latency', 'error', 'lost-reply', 'timeout', 'offline']);
    injected[kind] += 1;
    const plans: Record<FaultKind, () => FaultPlan> = {
      latency: () => ({ delayMs: r.int(1, 20) }),
      error: () => ({ failBefore: new UnavailableError('Injected: the shop is unavailable.') }),
      'lost-reply': () => ({ failAfter: new UnavailableError('Injected: the reply was lost.') }),
      timeout: () => ({ timeoutMs: r.int(1, 15) }),
      offline: () => {
        // The connection drops now and comes back a little later, mid-flow.
        network.set(false);
        setTimeout(() => network.set(true), r.int(5, 40));
        return { failBefore: new UnavailableError('No network connection.') };
      },
    };
    return plans[kind]();
  };

  const buyerBase = counting(testAdapter());
  const approverBase = counting(testAdapter());
  const buyer = await testCommerce({ adapter: withFaults(buyerBase.adapter, network.rule(chaos)) });
  const users = await demoUsers();
  const buyerUser = users.find((u) => u.email === buyer.$session.get().value?.user?.email);
  const approverUser = users.find((u) => u.companyName === buyerUser?.companyName && u.roles.includes('approver'));
  if (!buyerUser || !approverUser) throw new Error('The reference backend has no buyer and approver of one company');
  const approver = await testCommerce({ adapter: withFaults(approverBase.adapter, network.rule(chaos)), as: 'approver' });
  if (approver.$session.get().value?.user?.email !== approverUser.email) {
    await approver.login({ email: approverUser.email, password: approverUser.password });
  }
  const observer = testAdapter();
  await observer.login({ email: buyerUser.email, password: buyerUser.password });

  const products = await orderableProducts(buyer, 12);
  const priced = (await observer.search({ limit: 200 })).hits.filter((h) => !h.product.discontinued && !h.product.configurable);
  const dearest = priced.sort((a, b) => b.price.unitNet.amountMinor - a.price.unitNet.amountMinor)[0];
  const limit = buyer.$session.get().value?.user?.spendingLimit?.amountMinor;
  if (!dearest || limit === undefined) throw new Error('No dear product or no spending limit for approvals');
  const dear = { product: dearest.product, overLimit: nextAccepted(dearest.product.quantity, Math.ceil((limit * 1.2) / dearest.price.unitNet.amountMinor)) };
  let configurable: ProductSummary | null = null;
  // Made-to-order products sit at the end of the catalog: page through it.
  for (let offset = 0; observer.getConfigurationModel && !configurable; offset += 100) {
    const page = await observer.search({ limit: 100, offset, sort: 'name' });
    configurable = page.hits.map((h) => h.product).find((p) => p.configurable && !p.discontinued) ?? null;
    if (offset + 100 >= page.total) break;
  }

  // Watched, as the inbox element and the cart's checkout watch them: stores load on mount,
  // and an unwatched nanostore mounts for a moment on every read.
  const inbox = createApprovalInbox(approver);
  inbox.$requests.listen(() => undefined);
  // Back-off pauses cost nothing here: the journeys test what happens, not how long.
  const checkout = createCheckout(buyer, { connectivity: network, pause: () => Promise.resolve() });
  checkout.$draft.listen(() => undefined);
  await inbox.refresh();

  return {
    buyer,
    approver,
    inbox,
    checkout,
    network,
    observer,
    products,
    dear,
    configurable,
    injected,
    storm(next) {
      random = next;
    },
    async calm() {
      random = null;
      network.set(true);
      await until(() => buyerBase.running() === 0 && approverBase.running() === 0, 'dropped calls to finish');
    },
    truth: () => observer.getCart(),
  };
}

