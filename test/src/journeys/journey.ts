/**
 * One seeded random journey of a buyer (and their approver) under injected faults: search,
 * filter, configure, quick order, cart changes, checkout and approval, in a random order.
 * Each step runs in a storm of faults, then the weather clears and the step's promises are
 * checked against the backend's truth:
 * - every failure reaches the caller as a typed CommerceError and is shown in the store the
 *   elements render (`$cart`, `$attempt`, `$state`, `$lookupError`, `$requests`);
 * - it is recoverable: once the faults stop, the same store shows the truth again;
 * - a cart is either as before the step or as the step made it, never anything else (no line
 *   lost, none invented), and what the store shows while failing is what the buyer had;
 * - an order attempt makes at most one order, exactly the one the buyer is told about;
 * - an approval step is decided at most once.
 */
import { expect } from '@open-wc/testing';
import {
  CommerceError,
  createQuickOrder,
  createResource,
  createSearchStore,
  nextAccepted,
  type Cart,
  type CartLineInput,
  type ProductSummary,
  type SearchRequest,
} from '../../../src/index.js';
import { until } from '../../components/helpers/storefront.js';
import type { Rng } from '../../../src/reference/catalog/prng.js';
import type { World } from './world.js';

/** The kinds of step a journey is made of. */
export const STEP_KINDS = ['search', 'filter', 'configure', 'quick-order', 'add', 'update', 'remove', 'checkout', 'approve'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** What a journey did, for the totals of a batch. */
export interface JourneyReport {
  readonly steps: StepKind[];
  /** Failures the buyer or approver saw (and recovered from). */
  errorsShown: number;
  ordersPlaced: number;
  decisions: number;
}

/** A cart as `sku (+configuration) → quantity`, the part that must never be lost. */
function contents(cart: Cart): Record<string, number> {
  const lines: Record<string, number> = {};
  for (const line of cart.lines) {
    const key = line.configuration ? `${line.sku} ${JSON.stringify(line.configuration)}` : line.sku;
    lines[key] = (lines[key] ?? 0) + line.quantity;
  }
  return lines;
}

function quantityFor(product: ProductSummary, random: Rng): number {
  const base = Math.max(product.quantity.minQuantity, product.quantity.packSize);
  return nextAccepted(product.quantity, base * random.int(1, 3));
}

function assertShownError(error: unknown, where: string): asserts error is CommerceError {
  expect(error, `${where}: the failure is a typed CommerceError`).to.be.instanceOf(CommerceError);
}

/** Runs `step` in a storm; resolves with what it threw (or null) once the weather cleared. */
async function stormy(world: World, random: Rng, step: () => Promise<unknown>): Promise<unknown> {
  world.storm(random);
  let thrown: unknown = null;
  try {
    await step();
  } catch (error) {
    thrown = error;
  }
  await world.calm();
  return thrown;
}

/**
 * A cart change: the store shows the failure with the buyer's lines kept, and the backend's
 * cart is either unchanged or changed exactly as asked.
 */
async function cartStep(world: World, random: Rng, report: JourneyReport, kind: 'add' | 'update' | 'remove'): Promise<void> {
  const { buyer } = world;
  const before = await world.truth();
  let change: () => Promise<Cart>;
  const applied = contents(before);
  const line = before.lines.length > 0 ? random.pick(before.lines) : null;
  if (kind === 'add' || !line) {
    const product = random.pick(world.products);
    const quantity = quantityFor(product, random);
    const input: CartLineInput = { sku: product.sku, quantity };
    applied[product.sku] = (applied[product.sku] ?? 0) + quantity;
    change = () => buyer.addToCart([input]);
  } else if (kind === 'update') {
    const rules = line.rules ?? { minQuantity: 1, packSize: 1, step: 1, maxQuantity: null };
    const quantity = nextAccepted(rules as ProductSummary['quantity'], line.quantity + Math.max(rules.packSize ?? 1, 1));
    const key = line.configuration ? `${line.sku} ${JSON.stringify(line.configuration)}` : line.sku;
    applied[key] = (applied[key] ?? 0) - line.quantity + quantity;
    change = () => buyer.updateCartLine(line.id, { quantity });
  } else {
    const key = line.configuration ? `${line.sku} ${JSON.stringify(line.configuration)}` : line.sku;
    applied[key] = (applied[key] ?? 0) - line.quantity;
    if (applied[key] === 0) delete applied[key];
    change = () => buyer.removeCartLine(line.id);
  }
  let shown: ReturnType<typeof buyer.$cart.get> | null = null;
  const thrown = await stormy(world, random, async () => {
    try {
      await change();
    } catch (error) {
      shown = buyer.$cart.get();
      throw error;
    }
  });
  const after = await world.truth();
  if (thrown) {
    assertShownError(thrown, kind);
    report.errorsShown += 1;
    const seen = shown as ReturnType<typeof buyer.$cart.get> | null;
    expect(seen?.status, `${kind}: the cart shows the failure`).to.equal('error');
    expect(seen?.error?.code).to.equal(thrown.code);
    expect(contents(seen?.value ?? before), `${kind}: the buyer's lines stay on screen`).to.deep.equal(contents(before));
    expect([contents(before), applied], `${kind}: the backend's cart is as before or as asked`).to.deep.include(contents(after));
  } else {
    expect(contents(after), `${kind}: the backend's cart is as asked`).to.deep.equal(applied);
  }
  // Recoverable: the store shows the truth again.
  await buyer.refreshCart();
  expect(buyer.$cart.get().status).to.equal('ready');
  expect(contents(buyer.$cart.get().value!)).to.deep.equal(contents(after));
}

async function searchStep(world: World, random: Rng, report: JourneyReport, filtered: boolean): Promise<void> {
  const store = createSearchStore(world.buyer.adapter, world.buyer.prices);
  const query = random.pick(['schraube', 'kabel', 'handschuh', 'M8', 'rohr', 'bohrer']);
  let request: SearchRequest = { query, limit: 10 };
  if (filtered) {
    const facets = (await world.observer.search(request)).facets ?? [];
    const terms = facets.flatMap((f) => (f.type === 'terms' && f.values.length > 0 ? [f] : []));
    if (terms.length > 0) {
      const facet = random.pick(terms);
      request = { ...request, filters: [{ facet: facet.key, values: [random.pick(facet.values).value] }] };
    }
  }
  await stormy(world, random, () => store.load(request));
  const state = store.$state.get();
  if (state.status === 'error') {
    assertShownError(state.error, 'search');
    report.errorsShown += 1;
    await store.load(request);
  }
  expect(store.$state.get().status, 'search recovers').to.equal('ready');
  expect(store.$state.get().value?.hits.length).to.be.greaterThan(0);
}

async function configureStep(world: World, random: Rng, report: JourneyReport): Promise<void> {
  const product = world.configurable;
  const adapter = world.buyer.adapter;
  if (!product || !adapter.getConfigurationModel) return;
  const model = createResource((sku: string) => adapter.getConfigurationModel!(sku));
  await stormy(world, random, () => model.load(product.sku));
  if (model.$state.get().status === 'error') {
    assertShownError(model.$state.get().error, 'configure');
    report.errorsShown += 1;
    await model.load(product.sku);
  }
  expect(model.$state.get().status, 'the configuration model loads again').to.equal('ready');
}

async function quickOrderStep(world: World, random: Rng, report: JourneyReport): Promise<void> {
  const { buyer } = world;
  const list = createQuickOrder(buyer, () => 'en');
  const product = random.pick(world.products);
  const quantity = quantityFor(product, random);
  // A pasted cell that is no product stays in the list as an error, whatever the weather.
  await stormy(world, random, async () => {
    await list.importText(`${product.sku}\t${quantity}\nNO-SUCH-${random.int(1, 1e6)}\t1\n`);
    await until(() => list.$progress.get() === null, 'the codes to be checked');
  });
  if (list.$lookupError.get()) {
    assertShownError(list.$lookupError.get(), 'quick order lookup');
    report.errorsShown += 1;
    list.retry();
    await until(() => list.$progress.get() === null && !list.$lookupError.get() && list.$summary.get().valid === 1, 'the retried lookup');
  }
  await until(() => list.$progress.get() === null && list.$summary.get().valid === 1, 'one valid line');
  expect(list.$rows.get().length, 'no pasted line is lost').to.be.at.least(2);
  const before = await world.truth();
  const applied = contents(before);
  applied[product.sku] = (applied[product.sku] ?? 0) + quantity;
  let outcome: Awaited<ReturnType<typeof list.addValidToCart>> | null = null;
  await stormy(world, random, async () => {
    outcome = await list.addValidToCart();
  });
  const after = await world.truth();
  const result = outcome as Awaited<ReturnType<typeof list.addValidToCart>> | null;
  if (result && !result.ok) {
    assertShownError(result.error, 'quick order add');
    report.errorsShown += 1;
    expect(list.$summary.get().valid, 'the valid line stays in the list to try again').to.equal(1);
    expect([contents(before), applied]).to.deep.include(contents(after));
  } else {
    expect(result?.ok).to.equal(true);
    expect(contents(after)).to.deep.equal(applied);
  }
  await buyer.refreshCart();
  expect(contents(buyer.$cart.get().value!)).to.deep.equal(contents(after));
}

async function checkoutStep(world: World, random: Rng, report: JourneyReport): Promise<void> {
  const { buyer, checkout, observer } = world;
  // Now and then a large order, above the buyer's spending limit: it waits for approval.
  const large = random.chance(0.3);
  if ((await world.truth()).lines.length === 0 || large) {
    const product = large ? world.dear.product : random.pick(world.products);
    const quantity = large ? world.dear.overLimit : quantityFor(product, random);
    await buyer.addToCart([{ sku: product.sku, quantity }]).catch(() => undefined);
  }
  await buyer.refreshCart();
  const before = await world.truth();
  const known = new Set((await observer.listOrders()).map((o) => o.id));
  const context = buyer.$session.get().value!.context!;
  // Card mostly: invoice orders draw on the account's credit, which the journeys would use up.
  const input = { billToId: context.billToId, shipToId: context.shipToId, partialDelivery: true, paymentMethod: random.chance(0.2) ? ('invoice' as const) : ('card' as const) };
  checkout.reset();
  const thrown = await stormy(world, random, () => checkout.place(input));
  if (thrown) {
    assertShownError(thrown, 'checkout');
    report.errorsShown += 1;
    const attempt = checkout.$attempt.get();
    expect(attempt.status, 'the checkout shows the failure').to.equal('failed');
    expect(attempt.error?.code).to.equal(thrown.code);
  }
  // The store itself settles lost replies (it re-sends until answered); a retryable failure
  // is left only when the session changed under it, and the page then offers to try again.
  if (checkout.$attempt.get().status === 'failed' && checkout.$attempt.get().error?.retryable) await checkout.place(input).catch(() => undefined);
  const final = checkout.$attempt.get();
  const fresh = (await observer.listOrders()).filter((o) => !known.has(o.id));
  const after = await world.truth();
  expect(fresh.length, 'one attempt makes at most one order').to.be.at.most(1);
  if (final.status === 'placed') {
    report.ordersPlaced += 1;
    expect(fresh.map((o) => o.id), 'the order made is the one the buyer is told about').to.deep.equal([final.order!.id]);
    expect(after.lines, 'an order empties the cart').to.have.length(0);
  } else {
    expect(final.status).to.equal('failed');
    expect(final.error?.retryable, `a failure left after recovery is a refusal: ${final.error?.message}`).to.equal(false);
    expect(fresh, 'a refused order makes none').to.have.length(0);
    expect(contents(after), 'a refused order keeps every cart line').to.deep.equal(contents(before));
  }
  await buyer.refreshCart();
}

async function approveStep(world: World, random: Rng, report: JourneyReport): Promise<void> {
  const { inbox, approver } = world;
  await stormy(world, random, () => inbox.refresh());
  if (inbox.$requests.get().status === 'error') {
    assertShownError(inbox.$requests.get().error, 'approvals');
    report.errorsShown += 1;
    await inbox.refresh();
  }
  expect(inbox.$requests.get().status, 'the inbox recovers').to.equal('ready');
  const pending = (inbox.$requests.get().value ?? []).filter((r) => r.status === 'pending' && r.canDecide);
  if (pending.length === 0) return;
  const target = random.pick(pending);
  const decision = random.chance(0.8) ? ('approve' as const) : ('reject' as const);
  const thrown = await stormy(world, random, () => inbox.decide(target.id, { decision, comment: 'Checked in a journey' }));
  if (thrown) {
    assertShownError(thrown, 'decide');
    report.errorsShown += 1;
  }
  const current = (await approver.adapter.listApprovals()).find((r) => r.id === target.id);
  if (!current) throw new Error(`approval ${target.id} vanished`);
  // Not decided yet (the request never arrived): the approver tries again, once.
  if (current.decisions.length === target.decisions.length) await inbox.decide(target.id, { decision, comment: 'Checked in a journey' });
  const settled = (await approver.adapter.listApprovals()).find((r) => r.id === target.id)!;
  expect(settled.decisions.length - target.decisions.length, 'decided exactly once').to.equal(1);
  report.decisions += 1;
  await inbox.refresh();
  expect(inbox.$requests.get().value?.find((r) => r.id === target.id)?.decisions.length).to.equal(settled.decisions.length);
}

/** Runs one journey of `length` random steps. */
export async function runJourney(world: World, random: Rng, length: number): Promise<JourneyReport> {
  const report: JourneyReport = { steps: [], errorsShown: 0, ordersPlaced: 0, decisions: 0 };
  for (let i = 0; i < length; i++) {
    const kind = random.pick(STEP_KINDS);
    report.steps.push(kind);
    switch (kind) {
      case 'search':
        await searchStep(world, random, report, false);
        break;
      case 'filter':
        await searchStep(world, random, report, true);
        break;
      case 'configure':
        await configureStep(world, random, report);
        break;
      case 'quick-order':
        await quickOrderStep(world, random, report);
        break;
      case 'checkout':
        await checkoutStep(world, random, report);
        break;
      case 'approve':
        await approveStep(world, random, report);
        break;
      default:
        await cartStep(world, random, report, kind);
    }
  }
  return report;
}
