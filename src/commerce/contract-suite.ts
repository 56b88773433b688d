/**
 * The contract suite: behaviour every {@link CommerceAdapter} must show, as runner-agnostic
 * test cases. A third party proves an adapter for their backend with
 *
 * ```ts
 * import { defineContractSuite } from 'kontor/contract-suite';
 * defineContractSuite('my backend', { createAdapter: () => myAdapter() }, { describe, it });
 * ```
 *
 * under mocha, node:test, vitest or jest. Cases that need a capability the adapter does not
 * declare are skipped (reported as skipped, not passed). Cases log in with the fixtures'
 * users; backends with the `demoUsers` capability supply them themselves.
 */
import type { Credentials, Session, SessionContext } from './account-types.js';
import type { Capabilities } from './capabilities.js';
import type { ProductSummary } from './catalog-types.js';
import { CONTRACT_VERSION, type AdapterInfo, type CommerceAdapter } from './contract.js';
import { CommerceError, type CommerceErrorCode, ValidationError } from './errors.js';
import type { Cart, CartLineInput, CheckoutInput } from './order-types.js';
import type { Money } from './money.js';
import { MAX_LINE_QUANTITY, nextAccepted } from './quantity.js';
import { MAX_LOOKUP_CODES } from './sku-lookup-types.js';
import { initialConfiguration, isValid, type ConfigurationModel } from '../configurator/index.js';

/** Users the suite logs in as. */
export interface ContractFixtures {
  /** A buyer with a spending limit, in a company that has an approver. */
  readonly buyer: Credentials;
  /** An approver of the buyer's company (approval cases are skipped without one). */
  readonly approver?: Credentials;
  /** A buyer of another company (isolation cases are skipped without one). */
  readonly otherCompanyBuyer?: Credentials;
}

/** How the suite gets adapters. */
export interface ContractSuiteOptions {
  /** A fresh adapter with its own, logged-out session; called once per case or more. */
  createAdapter(): CommerceAdapter | Promise<CommerceAdapter>;
  /** Users to log in as; read from `listDemoUsers()` when omitted. */
  readonly fixtures?: ContractFixtures;
}

/** What a case receives. */
export interface ContractCaseContext {
  readonly info: AdapterInfo;
  readonly fixtures: ContractFixtures;
  /** A fresh adapter, logged out. */
  newAdapter(): Promise<CommerceAdapter>;
  /** A fresh adapter logged in as `who`, with an empty cart. */
  loggedIn(who: Credentials): Promise<{ adapter: CommerceAdapter; session: Session }>;
}

/** One behaviour of the contract. */
export interface ContractCase {
  readonly name: string;
  /** Capability the case needs; the case is skipped when the adapter lacks it. */
  readonly requires?: keyof Capabilities;
  /** Fixture the case needs; the case is skipped without it. */
  readonly needs?: 'approver' | 'otherCompanyBuyer';
  /** Optional adapter method the case tests; the case is skipped when the adapter lacks it. */
  readonly method?: 'lookupSkus' | 'previewCheckout' | 'getConfigurationModel' | 'priceConfiguration';
  run(context: ContractCaseContext): Promise<void>;
}

/** Thrown to mark a case as skipped. */
export class SkipCase extends Error {
  override readonly name = 'SkipCase';
}

/** Raised when the adapter's behaviour breaks the contract. */
export class ContractViolation extends Error {
  override readonly name = 'ContractViolation';
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ContractViolation(message);
}

async function expectCommerceError(
  action: Promise<unknown>,
  codes: readonly CommerceErrorCode[],
  what: string,
): Promise<CommerceError> {
  try {
    await action;
  } catch (error) {
    check(error instanceof CommerceError, `${what}: expected a CommerceError, got ${String(error)}`);
    check(codes.includes(error.code), `${what}: expected ${codes.join(' or ')}, got ${error.code}`);
    return error;
  }
  throw new ContractViolation(`${what}: expected a ${codes.join(' or ')} error, but it succeeded`);
}

/** The smallest quantity at or above `wanted` that the product's quantity rules accept. */
export function validQuantity(product: ProductSummary, wanted = 1): number {
  return nextAccepted(product.quantity, Math.max(wanted, product.quantity.packSize));
}

async function orderableProducts(adapter: CommerceAdapter, sort: 'relevance' | 'price-desc' = 'relevance') {
  const result = await adapter.search({ limit: 40, sort });
  const products = result.hits.map((hit) => hit.product).filter((p) => !p.discontinued && !p.configurable);
  check(products.length >= 2, 'search without a query must return at least two orderable products');
  return products;
}

function lineSum(cart: Cart): number {
  return cart.lines.reduce((sum, line) => sum + line.price.lineNet.amountMinor, 0);
}

/** A configurable product with its model, from the first pages of the catalog; skips the case without one. */
async function configurableProduct(adapter: CommerceAdapter): Promise<{ product: ProductSummary; model: ConfigurationModel }> {
  const load = adapter.getConfigurationModel?.bind(adapter);
  check(load, 'needs getConfigurationModel');
  for (let offset = 0; offset < 2000; offset += 200) {
    const result = await adapter.search({ limit: 200, offset });
    for (const hit of result.hits) {
      if (!hit.product.configurable || hit.product.discontinued) continue;
      const model = await load(hit.product.sku).catch(() => null);
      if (model) return { product: hit.product, model };
    }
    if (result.hits.length < 200) break;
  }
  throw new SkipCase('the catalog has no configurable product with a model');
}

function newKey(): string {
  return globalThis.crypto.randomUUID();
}

/** A checkout to the session's own addresses with a fresh idempotency key. */
function checkoutTo(context: SessionContext, extra: Partial<CheckoutInput> = {}): CheckoutInput {
  return { idempotencyKey: newKey(), billToId: context.billToId, shipToId: context.shipToId, partialDelivery: true, paymentMethod: 'invoice', ...extra };
}

/** A cart line of the catalog's most expensive product whose total exceeds `limit`. */
async function lineOverLimit(adapter: CommerceAdapter, limit: Money): Promise<CartLineInput> {
  const [expensive] = await orderableProducts(adapter, 'price-desc');
  check(expensive, 'needs a product');
  const [unit] = await adapter.getPrices([{ sku: expensive.sku, quantity: validQuantity(expensive) }]);
  check(unit, 'needs a price');
  const perUnit = Math.max(1, unit.unitNet.amountMinor);
  return { sku: expensive.sku, quantity: validQuantity(expensive, Math.ceil((limit.amountMinor + 1) / perUnit) + 1) };
}

/** The buyer fixture signed in, with its session's addresses and one orderable product. */
async function buyerWithProduct({ loggedIn, fixtures }: ContractCaseContext) {
  const { adapter, session } = await loggedIn(fixtures.buyer);
  const context = session.context;
  check(context, 'needs a context');
  const [product] = await orderableProducts(adapter);
  check(product, 'needs a product');
  return { adapter, context, product };
}

/**
 * The buyer fixture signed in, with its session's addresses, an approver to hand over to and
 * a cart line whose total exceeds the buyer's spending limit.
 */
async function buyerOverLimit({ loggedIn, fixtures }: ContractCaseContext) {
  const { adapter, session } = await loggedIn(fixtures.buyer);
  const limit = session.user?.spendingLimit;
  const context = session.context;
  const approver = fixtures.approver;
  check(limit && context && approver, 'the buyer fixture needs a spending limit');
  return { adapter, context, approver, overLimit: await lineOverLimit(adapter, limit) };
}

/** The cases, in the order they run. */
export const contractCases: readonly ContractCase[] = [
  {
    name: 'info names the contract version and every capability',
    async run({ info }) {
      check(info.contractVersion.split('.')[0] === CONTRACT_VERSION.split('.')[0], `contract major version ${info.contractVersion}`);
      for (const [key, value] of Object.entries(info.capabilities)) {
        check(typeof value === 'boolean', `capability ${key} must be a boolean`);
      }
    },
  },
  {
    name: 'an anonymous session has no user',
    async run({ newAdapter }) {
      const session = await (await newAdapter()).getSession();
      check(session.user === null, 'a fresh adapter must be logged out');
    },
  },
  {
    name: 'a wrong password is refused as unauthorized',
    async run({ newAdapter, fixtures }) {
      const adapter = await newAdapter();
      await expectCommerceError(adapter.login({ email: fixtures.buyer.email, password: 'wrong-password' }), ['unauthorized'], 'login with a wrong password');
      check((await adapter.getSession()).user === null, 'a failed login must leave the session anonymous');
    },
  },
  {
    name: 'login gives a user, accounts and a context in one of them',
    async run({ loggedIn, fixtures }) {
      const { session } = await loggedIn(fixtures.buyer);
      check(session.user?.email.toLowerCase() === fixtures.buyer.email.toLowerCase(), 'session user is the one logged in');
      check(session.accounts.length > 0, 'a logged-in user acts for at least one account');
      check(session.context !== null, 'a logged-in session has a context');
      check(session.accounts.some((a) => a.id === session.context?.accountId), 'the context account is one of the accounts');
    },
  },
  {
    name: 'search pages through hits with prices, without overlap',
    async run({ newAdapter }) {
      const adapter = await newAdapter();
      const first = await adapter.search({ limit: 5, offset: 0 });
      const second = await adapter.search({ limit: 5, offset: 5 });
      check(first.total >= 10, 'the catalog has at least ten products');
      check(first.hits.length === 5 && second.hits.length === 5, 'limit is respected');
      const skus = new Set(first.hits.map((h) => h.product.sku));
      check(second.hits.every((h) => !skus.has(h.product.sku)), 'pages do not overlap');
      for (const hit of first.hits) {
        check(hit.price.sku === hit.product.sku, 'a hit carries its own price');
        check(hit.price.unitNet.amountMinor >= 0, 'prices are never negative');
      }
    },
  },
  {
    name: 'an exact SKU is the first hit',
    async run({ newAdapter }) {
      const adapter = await newAdapter();
      const [, product] = await orderableProducts(adapter);
      check(product, 'needs a product');
      const result = await adapter.search({ query: product.sku, limit: 5 });
      check(result.hits[0]?.product.sku === product.sku, `searching ${product.sku} must return it first`);
    },
  },
  {
    name: 'suggest returns products for a prefix',
    requires: 'suggest',
    async run({ newAdapter }) {
      const adapter = await newAdapter();
      const [product] = await orderableProducts(adapter);
      check(product, 'needs a product');
      const word = product.name.split(/\s+/)[0] ?? product.name;
      const suggestions = await adapter.suggest(word.slice(0, 4), 5);
      check(suggestions.products.length > 0, `suggest("${word.slice(0, 4)}") must find products`);
    },
  },
  {
    name: 'lookupSkus answers every code in order: by SKU, ignoring case, by part number; unknown codes get closest products',
    method: 'lookupSkus',
    async run({ newAdapter }) {
      const adapter = await newAdapter();
      const [a, b] = await orderableProducts(adapter);
      check(a && b && adapter.lookupSkus, 'needs two products and the method');
      const codes = [a.sku, ` ${a.sku.toLowerCase()} `, b.mpn, 'NO-SUCH-SKU-000', a.sku];
      const answers = await adapter.lookupSkus(codes);
      check(answers.length === codes.length, 'one answer per code');
      answers.forEach((answer, i) => check(answer.code === codes[i], `answer ${i} names its code`));
      const [exact, folded, byMpn, unknown] = answers;
      check(exact?.status === 'found' && exact.product.sku === a.sku && exact.matchedBy === 'sku', 'an exact SKU is found');
      check(JSON.stringify(exact.product.quantity) === JSON.stringify(a.quantity), 'found products carry their quantity rules');
      check(folded?.status === 'found' && folded.product.sku === a.sku, 'case and spaces are ignored');
      check(byMpn?.status === 'found' && byMpn.product.sku === b.sku, 'a manufacturer part number finds its product');
      check(unknown?.status === 'unknown', 'an unknown code is reported as unknown');
      check(unknown.closest === null || unknown.closest.every((c) => typeof c.sku === 'string'), 'closest products are candidates');
      const tooMany = Array.from({ length: MAX_LOOKUP_CODES + 1 }, (_, i) => `X${i}`);
      await expectCommerceError(adapter.lookupSkus(tooMany), ['validation'], `more than ${MAX_LOOKUP_CODES} codes`);
    },
  },
  {
    name: 'categories come parents first',
    async run({ newAdapter }) {
      const categories = await (await newAdapter()).getCategories();
      check(categories.length > 0, 'there are categories');
      const seen = new Set<string>();
      for (const category of categories) {
        check(category.parentId === null || seen.has(category.parentId), `parent of ${category.id} comes before it`);
        seen.add(category.id);
      }
    },
  },
  {
    name: 'a product is found by SKU; an unknown SKU is not-found',
    async run({ newAdapter }) {
      const adapter = await newAdapter();
      const [summary] = await orderableProducts(adapter);
      check(summary, 'needs a product');
      const product = await adapter.getProduct(summary.sku);
      check(product.sku === summary.sku && product.name === summary.name, 'getProduct returns the same product');
      await expectCommerceError(adapter.getProduct('NO-SUCH-SKU-000'), ['not-found'], 'getProduct of an unknown SKU');
    },
  },
  {
    name: 'prices come back one per item, in order, consistent per line',
    async run({ loggedIn, fixtures }) {
      const { adapter } = await loggedIn(fixtures.buyer);
      const [a, b] = await orderableProducts(adapter);
      check(a && b, 'needs two products');
      const items = [
        { sku: a.sku, quantity: validQuantity(a) },
        { sku: b.sku, quantity: validQuantity(b, 10) },
      ];
      const quotes = await adapter.getPrices(items);
      check(quotes.length === 2, 'one quote per item');
      quotes.forEach((quote, index) => {
        const item = items[index];
        check(item && quote.sku === item.sku && quote.quantity === item.quantity, 'quotes keep the order of the items');
        check(quote.lineNet.amountMinor === quote.unitNet.amountMinor * quote.quantity, 'line net is unit net times quantity');
        check(quote.lineGross.amountMinor === quote.lineNet.amountMinor + quote.lineVat.amountMinor, 'gross is net plus VAT');
        check(quote.unitNet.amountMinor >= 0, 'prices are never negative');
      });
    },
  },
  {
    name: 'the cart needs a login',
    async run({ newAdapter }) {
      await expectCommerceError((await newAdapter()).getCart(), ['unauthorized'], 'getCart while logged out');
    },
  },
  {
    name: 'cart lines are added, merged, changed and removed with backend totals',
    async run({ loggedIn, fixtures }) {
      const { adapter } = await loggedIn(fixtures.buyer);
      const [a, b] = await orderableProducts(adapter);
      check(a && b, 'needs two products');
      const qa = validQuantity(a);
      let cart = await adapter.addToCart([{ sku: a.sku, quantity: qa }, { sku: b.sku, quantity: validQuantity(b) }]);
      check(cart.lines.length === 2, 'two lines after adding two SKUs');
      cart = await adapter.addToCart([{ sku: a.sku, quantity: qa }]);
      const lineA = cart.lines.find((line) => line.sku === a.sku);
      check(cart.lines.length === 2 && lineA?.quantity === 2 * qa, 'adding a SKU again merges the lines');
      cart = await adapter.updateCartLine(lineA.id, { quantity: 3 * qa, note: 'for line 4' });
      const changed = cart.lines.find((line) => line.id === lineA.id);
      check(changed?.quantity === 3 * qa && changed.note === 'for line 4', 'quantity and note change');
      check(cart.totals.net.amountMinor === lineSum(cart), 'net total is the sum of line nets');
      cart = await adapter.removeCartLine(lineA.id);
      check(cart.lines.length === 1 && !cart.lines.some((line) => line.id === lineA.id), 'the line is removed');
    },
  },
  {
    name: 'invalid cart input is refused with field detail and changes nothing',
    async run({ loggedIn, fixtures }) {
      const { adapter } = await loggedIn(fixtures.buyer);
      const [a] = await orderableProducts(adapter);
      check(a, 'needs a product');
      const before = await adapter.addToCart([{ sku: a.sku, quantity: validQuantity(a) }]);
      for (const quantity of [0, -5, Number.MAX_SAFE_INTEGER]) {
        const error = await expectCommerceError(adapter.addToCart([{ sku: a.sku, quantity }]), ['validation'], `quantity ${quantity}`);
        check(error instanceof ValidationError && error.fields.length > 0, 'a validation error names the field');
      }
      await expectCommerceError(adapter.addToCart([{ sku: 'NO-SUCH-SKU-000', quantity: 1 }]), ['validation', 'not-found'], 'an unknown SKU');
      const after = await adapter.getCart();
      check(JSON.stringify(after.lines) === JSON.stringify(before.lines), 'refused input leaves the cart as it was');
    },
  },
  {
    name: 'an empty cart cannot be ordered',
    async run({ loggedIn, fixtures }) {
      const { adapter, session } = await loggedIn(fixtures.buyer);
      const context = session.context;
      check(context, 'needs a context');
      await expectCommerceError(
        adapter.placeOrder(checkoutTo(context)),
        ['validation'],
        'ordering an empty cart',
      );
    },
  },
  {
    name: 'an order placed twice with one idempotency key exists once',
    async run(suite) {
      const { adapter, context, product: a } = await buyerWithProduct(suite);
      const cart = await adapter.addToCart([{ sku: a.sku, quantity: validQuantity(a) }]);
      const input = {
        idempotencyKey: newKey(),
        billToId: context.billToId,
        shipToId: context.shipToId,
        partialDelivery: true,
        paymentMethod: 'invoice' as const,
        poNumber: 'PO-CONTRACT-1',
      };
      const [first, second] = await Promise.all([adapter.placeOrder(input), adapter.placeOrder(input)]);
      const third = await adapter.placeOrder(input);
      check(first.id === second.id && first.id === third.id, 'every retry answers with the first order');
      check(first.totals.net.amountMinor === cart.totals.net.amountMinor, 'the order total is the cart total');
      const orders = await adapter.listOrders({ limit: 100 });
      check(orders.filter((order) => order.id === first.id).length === 1, 'the order is listed exactly once');
      check((await adapter.getCart()).lines.length === 0, 'the cart is empty after ordering');
      const fetched = await adapter.getOrder(first.id);
      check(fetched.number === first.number && fetched.poNumber === 'PO-CONTRACT-1', 'getOrder returns the order');
    },
  },
  {
    name: 'switching ship-to changes the context; a foreign account is refused',
    requires: 'accountSwitching',
    async run({ loggedIn, fixtures }) {
      const { adapter, session } = await loggedIn(fixtures.buyer);
      const account = session.accounts.find((a) => a.id === session.context?.accountId);
      check(account, 'needs the context account');
      const other = account.shipTo.find((address) => address.id !== session.context?.shipToId);
      if (other) {
        const switched = await adapter.setContext({ shipToId: other.id });
        check(switched.context?.shipToId === other.id, 'the ship-to switches');
      }
      await expectCommerceError(adapter.setContext({ accountId: 'no-such-account' }), ['forbidden', 'validation', 'not-found'], 'switching to an unknown account');
    },
  },
  {
    name: 'an unknown promotion code is refused and changes nothing; null removes a code',
    requires: 'promotions',
    async run({ loggedIn, fixtures }) {
      const { adapter, session } = await loggedIn(fixtures.buyer);
      const refused = await expectCommerceError(adapter.setContext({ promotionCode: `NO-SUCH-CODE-${newKey().slice(0, 8)}` }), ['validation'], 'an unknown promotion code');
      check(refused instanceof ValidationError && refused.fields.some((f) => f.path === 'promotionCode'), 'the refusal names the promotionCode field');
      const after = await adapter.getSession();
      check((after.context?.promotionCode ?? null) === (session.context?.promotionCode ?? null), 'a refused code leaves the context as it was');
      const cleared = await adapter.setContext({ promotionCode: null });
      check((cleared.context?.promotionCode ?? null) === null, 'null removes the code');
    },
  },
  {
    name: 'logout forgets the user and the cart',
    async run({ loggedIn, fixtures }) {
      const { adapter } = await loggedIn(fixtures.buyer);
      const session = await adapter.logout();
      check(session.user === null, 'logout returns an anonymous session');
      await expectCommerceError(adapter.getCart(), ['unauthorized'], 'getCart after logout');
    },
  },
  {
    name: 'another company cannot read an order',
    needs: 'otherCompanyBuyer',
    async run(suite) {
      const { loggedIn, fixtures } = suite;
      check(fixtures.otherCompanyBuyer, 'needs a second company');
      const { adapter, context, product: a } = await buyerWithProduct(suite);
      await adapter.addToCart([{ sku: a.sku, quantity: validQuantity(a) }]);
      const order = await adapter.placeOrder(checkoutTo(context, { partialDelivery: false }));
      const stranger = (await loggedIn(fixtures.otherCompanyBuyer)).adapter;
      await expectCommerceError(stranger.getOrder(order.id), ['not-found', 'forbidden'], 'reading another company’s order');
      const theirs = await stranger.listOrders({ limit: 100 });
      check(!theirs.some((o) => o.id === order.id), 'another company’s order is not listed');
    },
  },
  {
    name: 'an order over the spending limit waits for an approver, who decides once',
    requires: 'approvals',
    needs: 'approver',
    async run(suite) {
      const { adapter, context, approver: approverFixture, overLimit } = await buyerOverLimit(suite);
      await adapter.addToCart([overLimit]);
      const order = await adapter.placeOrder(checkoutTo(context));
      check(order.status === 'pending-approval' && order.approvalId, 'an order over the limit waits for approval');
      await expectCommerceError(adapter.decideApproval(order.approvalId, { decision: 'approve' }), ['forbidden'], 'a buyer approving their own order');
      const approver = (await suite.loggedIn(approverFixture)).adapter;
      const pending = await approver.listApprovals();
      check(pending.some((request) => request.id === order.approvalId && request.status === 'pending'), 'the approver sees the request');
      const decided = await approver.decideApproval(order.approvalId, { decision: 'approve', comment: 'ok' });
      check(decided.status === 'approved' && decided.decisions.length === 1, 'the decision is recorded');
      await expectCommerceError(approver.decideApproval(order.approvalId, { decision: 'reject' }), ['conflict'], 'a second decision');
      check((await adapter.getOrder(order.id)).status === 'confirmed', 'the approved order moves on');
    },
  },
  {
    name: 'a variant family lists its members with axis values and availability',
    requires: 'variantFamilies',
    async run({ newAdapter }) {
      const adapter = await newAdapter();
      check(adapter.getVariantFamily, 'an adapter with variantFamilies implements getVariantFamily');
      const [product] = (await orderableProducts(adapter)).filter((p) => p.family);
      check(product?.family, 'needs a product in a family');
      const family = await adapter.getVariantFamily(product.family.familyId);
      check(family.id === product.family.familyId && family.axes.length === product.family.axes.length, 'the family and its axes');
      const member = family.members.find((m) => m.sku === product.sku);
      check(member, 'the family contains the product');
      for (const axis of family.axes) check(member.axisValues[axis.key] === product.family.axisValues[axis.key], `axis ${axis.key} agrees with the product`);
      check(family.members.every((m) => ['in-stock', 'backorder', 'discontinued'].includes(m.availability)), 'every member has an availability');
      await expectCommerceError(adapter.getVariantFamily('no-such-family'), ['not-found'], 'an unknown family');
    },
  },
  {
    name: 'a question reaches the sales team and the account sees it; bad questions are refused',
    requires: 'productQuestions',
    async run({ loggedIn, newAdapter, fixtures }) {
      const { adapter } = await loggedIn(fixtures.buyer);
      check(adapter.askQuestion && adapter.listQuestions, 'an adapter with productQuestions implements askQuestion and listQuestions');
      const [product] = await orderableProducts(adapter);
      check(product, 'needs a product');
      const text = `Is ${product.sku} available in blue? ${newKey()}`;
      const question = await adapter.askQuestion({ sku: product.sku, text: `  ${text} ` });
      check(question.sku === product.sku && question.text === text && question.status === 'open' && question.answer === null, 'the stored question, trimmed and open');
      const again = await adapter.askQuestion({ sku: product.sku, text });
      check(again.id === question.id, 'sending the same open question again returns the first');
      const listed = await adapter.listQuestions({ sku: product.sku });
      check(listed.filter((q) => q.id === question.id).length === 1, 'the account lists the question once');
      await expectCommerceError(adapter.askQuestion({ sku: product.sku, text: ' ? ' }), ['validation'], 'a question too short');
      await expectCommerceError(adapter.askQuestion({ sku: 'NO-SUCH-SKU-1', text }), ['validation', 'not-found'], 'a question about an unknown SKU');
      const anonymous = await newAdapter();
      check(anonymous.askQuestion, 'same adapter kind');
      await expectCommerceError(anonymous.askQuestion({ sku: product.sku, text }), ['unauthorized'], 'an anonymous question');
    },
  },
  {
    name: 'questions of one company are invisible to another',
    requires: 'productQuestions',
    needs: 'otherCompanyBuyer',
    async run({ loggedIn, fixtures }) {
      const { adapter } = await loggedIn(fixtures.buyer);
      const [product] = await orderableProducts(adapter);
      check(product && adapter.askQuestion, 'needs a product and questions');
      const question = await adapter.askQuestion({ sku: product.sku, text: `Private question ${newKey()}` });
      const other = (await loggedIn(fixtures.otherCompanyBuyer as Credentials)).adapter;
      check(other.listQuestions, 'same adapter kind');
      check(!(await other.listQuestions({ sku: product.sku })).some((q) => q.id === question.id), 'another company does not see the question');
    },
  },
  {
    name: 'only an account that ordered a product may rate it',
    requires: 'ratings',
    async run({ loggedIn, fixtures }) {
      const { adapter, session } = await loggedIn(fixtures.buyer);
      check(adapter.getRatings && adapter.rateProduct, 'an adapter with ratings implements getRatings and rateProduct');
      const context = session.context;
      check(context, 'needs a context');
      const products = await orderableProducts(adapter);
      const orders = await adapter.listOrders({ limit: 200 });
      const neverOrdered = products.find((p) => !orders.some((o) => o.lines.some((l) => l.sku === p.sku)));
      check(neverOrdered, 'needs a product the account never ordered');
      check(!(await adapter.getRatings(neverOrdered.sku)).canRate, 'a product never ordered cannot be rated');
      await expectCommerceError(adapter.rateProduct({ sku: neverOrdered.sku, stars: 5 }), ['forbidden'], 'rating a product never ordered');
      await adapter.addToCart([{ sku: neverOrdered.sku, quantity: validQuantity(neverOrdered) }]);
      await adapter.placeOrder(checkoutTo(context));
      await expectCommerceError(adapter.rateProduct({ sku: neverOrdered.sku, stars: 6 }), ['validation'], 'six stars');
      const first = await adapter.rateProduct({ sku: neverOrdered.sku, stars: 4, comment: 'Fits well.' });
      check(first.canRate && first.mine?.stars === 4 && first.count >= 1, 'the rating is stored');
      const second = await adapter.rateProduct({ sku: neverOrdered.sku, stars: 2 });
      check(second.mine?.id === first.mine?.id && second.mine?.stars === 2 && second.count === first.count, 'rating again replaces the first rating');
    },
  },
  {
    name: 'the order list filters by PO number, date and words, and refuses a foreign account',
    requires: 'orderHistory',
    async run(suite) {
      const { adapter, context, product: a } = await buyerWithProduct(suite);
      await adapter.addToCart([{ sku: a.sku, quantity: validQuantity(a) }]);
      const mark = `PO-${newKey().slice(0, 8)}`;
      const order = await adapter.placeOrder(checkoutTo(context, { poNumber: mark }));
      const byPo = await adapter.listOrders({ poNumber: mark.toLowerCase() });
      check(byPo.length === 1 && byPo[0]?.id === order.id, 'the PO number filter finds the order, ignoring case');
      const day = order.placedAt.slice(0, 10);
      check((await adapter.listOrders({ from: day, to: day, limit: 200 })).some((o) => o.id === order.id), 'a date range containing the day finds it');
      check(!(await adapter.listOrders({ to: '2000-01-01' })).some((o) => o.id === order.id), 'a date range before it does not');
      check((await adapter.listOrders({ search: order.number })).some((o) => o.id === order.id), 'searching the order number finds it');
      check((await adapter.listOrders({ search: a.sku, poNumber: mark })).length === 1, 'searching a SKU finds the order');
      check(!(await adapter.listOrders({ status: 'rejected', poNumber: mark })).length, 'a status filter applies');
      await expectCommerceError(adapter.listOrders({ accountId: 'no-such-account' }), ['forbidden', 'not-found', 'validation'], 'orders of a foreign account');
      const fetched = await adapter.getOrder(order.id);
      check(fetched.lines.every((l) => l.shippedQuantity <= l.quantity), 'shipped never exceeds ordered');
      check(fetched.shipments.every((s) => (s.shippedAt === null) === (s.trackingReference === null)), 'a shipment has a tracking reference once it left');
    },
  },
  {
    name: 'the account’s invoices and credit use add up',
    requires: 'orderHistory',
    async run({ loggedIn, fixtures }) {
      const { adapter } = await loggedIn(fixtures.buyer);
      if (!adapter.listInvoices) throw new SkipCase('no invoice list');
      const account = await adapter.listInvoices();
      const currency = account.creditLimit.currency;
      check(account.creditUsed.currency === currency && account.creditAvailable.currency === currency, 'one currency');
      check(account.creditAvailable.amountMinor === account.creditLimit.amountMinor - account.creditUsed.amountMinor, 'available is limit minus used');
      const open = account.invoices.filter((i) => i.status !== 'paid').reduce((sum, i) => sum + i.total.amountMinor, 0);
      check(open === account.openTotal.amountMinor, 'the open total sums open and overdue invoices');
      check(account.invoices.every((i) => i.dueAt >= i.issuedAt && (i.status === 'paid') === (i.paidAt !== null)), 'due after issue; paid ones say when');
    },
  },
  {
    name: 'approvals filter by scope and state, and bulk decisions decide each request on its own',
    requires: 'approvals',
    needs: 'approver',
    async run(suite) {
      const { adapter, context, approver: approverFixture, overLimit } = await buyerOverLimit(suite);
      const place = async () => {
        await adapter.addToCart([overLimit]);
        return adapter.placeOrder(checkoutTo(context, { paymentMethod: 'card' }));
      };
      const [one, two] = [await place(), await place()];
      check(one.approvalId && two.approvalId, 'both orders wait for approval');
      const mine = await adapter.listApprovals({ scope: 'mine', status: 'pending' });
      check([one.approvalId, two.approvalId].every((id) => mine.some((r) => r.id === id)), 'the buyer sees their waiting requests');
      check((await adapter.listApprovals({ scope: 'to-decide' })).length === 0, 'nothing waits for a buyer’s decision');
      const approver = (await suite.loggedIn(approverFixture)).adapter;
      const toDecide = await approver.listApprovals({ scope: 'to-decide' });
      check([one.approvalId, two.approvalId].every((id) => toDecide.some((r) => r.id === id)), 'the approver has both to decide');
      if (!approver.decideApprovals) return;
      const results = await approver.decideApprovals({ ids: [one.approvalId, two.approvalId, 'no-such-request'], decision: 'reject', comment: 'bulk' });
      check(results.length === 3, 'one result per id');
      check(results.filter((r) => r.request?.status === 'rejected').length === 2, 'both are rejected');
      check(results.find((r) => r.id === 'no-such-request')?.error?.code === 'not-found', 'an unknown id is refused on its own');
      check((await adapter.getOrder(one.id)).status === 'rejected', 'a rejected order is rejected');
    },
  },
  {
    name: 'the checkout preview shows the order as it would be placed and changes nothing',
    method: 'previewCheckout',
    async run({ loggedIn, fixtures }) {
      const { adapter, session } = await loggedIn(fixtures.buyer);
      const context = session.context;
      check(context && adapter.previewCheckout, 'needs a context and a preview');
      const [a, b] = await orderableProducts(adapter);
      check(a && b, 'needs two products');
      const cart = await adapter.addToCart([{ sku: a.sku, quantity: validQuantity(a) }, { sku: b.sku, quantity: validQuantity(b, 7) }]);
      const input = { billToId: context.billToId, shipToId: context.shipToId, partialDelivery: true, paymentMethod: 'invoice' as const };
      const preview = await adapter.previewCheckout(input);
      check(JSON.stringify(preview.cart.totals) === JSON.stringify(cart.totals), 'the preview has the cart’s totals for the session’s ship-to');
      check(preview.paymentMethods.includes('invoice'), 'invoice is offered');
      check(preview.problems.length === 0, `an orderable cart has no problems: ${JSON.stringify(preview.problems)}`);
      for (const line of cart.lines) {
        const availability = preview.availability.find((entry) => entry.lineId === line.id);
        check(availability, `availability for line ${line.id}`);
        const sourced = availability.sources.reduce((sum, source) => sum + source.quantity, 0);
        check(Math.abs(sourced - line.quantity) < 1e-9, `the sources of ${line.sku} add up to its quantity`);
        const shipped = preview.shipments.flatMap((s) => s.lines).filter((l) => l.sku === line.sku).reduce((sum, l) => sum + l.quantity, 0);
        check(Math.abs(shipped - line.quantity) < 1e-9, `the shipments carry all of ${line.sku}`);
      }
      check((await adapter.getCart()).version === cart.version, 'previewing changes nothing');
      const order = await adapter.placeOrder({ ...input, idempotencyKey: newKey(), expectedCartVersion: cart.version });
      check(JSON.stringify(order.totals) === JSON.stringify(preview.cart.totals), 'the order has the preview’s totals');
    },
  },
  {
    name: 'a cart changed after review is not ordered',
    async run(suite) {
      const { adapter, context, product: a } = await buyerWithProduct(suite);
      const reviewed = await adapter.addToCart([{ sku: a.sku, quantity: validQuantity(a) }]);
      await adapter.addToCart([{ sku: a.sku, quantity: validQuantity(a) }]);
      const input = { billToId: context.billToId, shipToId: context.shipToId, partialDelivery: true, paymentMethod: 'invoice' as const };
      await expectCommerceError(adapter.placeOrder({ ...input, idempotencyKey: newKey(), expectedCartVersion: reviewed.version }), ['conflict'], 'ordering a cart that changed since review');
      check((await adapter.getCart()).lines.length === 1, 'the refused cart is kept');
    },
  },
  {
    name: 'an order on invoice over the credit limit is refused and the cart kept',
    method: 'previewCheckout',
    async run({ loggedIn, fixtures }) {
      const { adapter, session } = await loggedIn(fixtures.buyer);
      const context = session.context;
      const account = session.accounts.find((a) => a.id === context?.accountId);
      check(context && account && adapter.previewCheckout, 'needs a context and its account');
      const [expensive] = await orderableProducts(adapter, 'price-desc');
      check(expensive, 'needs a product');
      const [unit] = await adapter.getPrices([{ sku: expensive.sku, quantity: validQuantity(expensive) }]);
      check(unit && unit.unitNet.amountMinor > 0, 'needs a price');
      const quantity = validQuantity(expensive, Math.ceil(account.creditLimit.amountMinor / unit.unitNet.amountMinor) + 1);
      if (quantity > MAX_LINE_QUANTITY) throw new SkipCase('the credit limit is out of reach of one line');
      await adapter.addToCart([{ sku: expensive.sku, quantity }]);
      const input = { billToId: context.billToId, shipToId: context.shipToId, partialDelivery: true, paymentMethod: 'invoice' as const };
      const preview = await adapter.previewCheckout(input);
      check(preview.credit.exceeded, 'the preview reports the exceeded credit');
      check(preview.problems.some((p) => p.path === 'paymentMethod'), 'and names the payment method as the problem');
      const refusal = await expectCommerceError(adapter.placeOrder({ ...input, idempotencyKey: newKey() }), ['validation'], 'ordering over the credit limit on invoice');
      check(refusal.message.length > 0, 'the refusal explains itself');
      check((await adapter.getCart()).lines.length === 1, 'the cart is kept');
    },
  },
  {
    name: 'a configurable product has a configuration model whose defaults are valid; other products have none',
    method: 'getConfigurationModel',
    async run({ loggedIn, fixtures }) {
      const { adapter } = await loggedIn(fixtures.buyer);
      const { product, model } = await configurableProduct(adapter);
      check(model.sku === product.sku, 'the model names its product');
      const groups = new Set(model.groups.map((g) => g.id));
      check(model.steps.every((step) => step.groups.every((g) => groups.has(g))), 'every step shows groups of the model');
      check(model.groups.every((g) => model.steps.some((step) => step.groups.includes(g.id))), 'every group is in a step');
      check(isValid(model, initialConfiguration(model)), 'the default configuration is valid');
      const [plain] = await orderableProducts(adapter);
      check(plain, 'needs a product');
      await expectCommerceError(adapter.getConfigurationModel!(plain.sku), ['not-found'], 'the model of a product that cannot be configured');
    },
  },
  {
    name: 'a configuration costs the same priced, in the cart and in the order',
    method: 'priceConfiguration',
    async run({ loggedIn, fixtures }) {
      const { adapter, session } = await loggedIn(fixtures.buyer);
      check(adapter.priceConfiguration && session.context, 'needs priceConfiguration and a context');
      const { product, model } = await configurableProduct(adapter);
      const configuration = initialConfiguration(model);
      const quantity = validQuantity(product, 2);
      const priced = await adapter.priceConfiguration({ sku: product.sku, configuration, quantity });
      check(priced.quote.lineNet.amountMinor > 0 && priced.summary.code.length > 0, 'the price has an amount and the summary a code');
      const cart = await adapter.addToCart([{ sku: product.sku, quantity, configuration }]);
      const line = cart.lines.find((l) => l.sku === product.sku);
      check(line?.configuration && JSON.stringify(line.configuration) === JSON.stringify(priced.configuration), 'the cart line keeps the configuration');
      check(line.price.lineNet.amountMinor === priced.quote.lineNet.amountMinor, 'the cart line costs what the configuration was priced at');
      check(line.configurationSummary?.code === priced.summary.code, 'the cart line has the same code');
      const order = await adapter.placeOrder(checkoutTo(session.context));
      const ordered = order.lines.find((l) => l.sku === product.sku);
      check(ordered?.price.lineNet.amountMinor === priced.quote.lineNet.amountMinor, 'the order line costs the same');
      check(JSON.stringify(ordered.configuration) === JSON.stringify(priced.configuration), 'the order line keeps the configuration');
    },
  },
  {
    name: 'a configuration the rules refuse is refused in pricing and in the cart',
    method: 'priceConfiguration',
    async run({ loggedIn, fixtures }) {
      const { adapter } = await loggedIn(fixtures.buyer);
      check(adapter.priceConfiguration, 'needs priceConfiguration');
      const { product, model } = await configurableProduct(adapter);
      const configuration = { ...initialConfiguration(model), 'no-such-group': 'x' };
      const quantity = validQuantity(product);
      await expectCommerceError(adapter.priceConfiguration({ sku: product.sku, configuration, quantity }), ['validation'], 'pricing an unknown group');
      await expectCommerceError(adapter.addToCart([{ sku: product.sku, quantity, configuration }]), ['validation'], 'adding an unknown group');
      const number = model.groups.find((g) => g.kind === 'number');
      if (number?.kind === 'number') {
        const tooLarge = { ...initialConfiguration(model), [number.id]: number.max + number.step };
        await expectCommerceError(adapter.priceConfiguration({ sku: product.sku, configuration: tooLarge, quantity }), ['validation'], 'pricing a number out of range');
      }
      check((await adapter.getCart()).lines.length === 0, 'nothing reached the cart');
    },
  },
  {
    name: 'a saved cart is kept, listed, restored and deleted; other companies never see it',
    requires: 'savedCarts',
    async run({ loggedIn, fixtures }) {
      const { adapter } = await loggedIn(fixtures.buyer);
      check(adapter.saveCart && adapter.listSavedCarts && adapter.restoreSavedCart && adapter.deleteSavedCart && adapter.updateSavedCart, 'the saved cart methods exist');
      const [a, b] = await orderableProducts(adapter);
      check(a && b, 'needs two products');
      await adapter.addToCart([{ sku: a.sku, quantity: validQuantity(a), note: 'bay 4' }, { sku: b.sku, quantity: validQuantity(b) }]);
      await expectCommerceError(adapter.saveCart({ name: '' }), ['validation'], 'saving without a name');
      const saved = await adapter.saveCart({ name: `Contract suite ${newKey().slice(0, 8)}`, shared: true });
      check(saved.lines.length === 2 && saved.shared, 'the saved cart has the lines and is shared');
      check((await adapter.listSavedCarts()).some((s) => s.id === saved.id), 'it is listed');
      for (const line of (await adapter.getCart()).lines) await adapter.removeCartLine(line.id);
      const restored = await adapter.restoreSavedCart(saved.id);
      check(restored.skipped.length === 0 && restored.cart.lines.length === 2, 'restoring brings the lines back');
      check(restored.cart.lines.find((l) => l.sku === a.sku)?.note === 'bay 4', 'with their notes');
      if (fixtures.otherCompanyBuyer) {
        const stranger = (await loggedIn(fixtures.otherCompanyBuyer)).adapter;
        check(!(await stranger.listSavedCarts?.())?.some((s) => s.id === saved.id), 'another company does not see it');
        await expectCommerceError(stranger.restoreSavedCart?.(saved.id) ?? Promise.resolve(), ['not-found', 'forbidden'], 'restoring another company’s saved cart');
      }
      await adapter.deleteSavedCart(saved.id);
      check(!(await adapter.listSavedCarts()).some((s) => s.id === saved.id), 'a deleted saved cart is gone');
    },
  },
];

/** The test functions of a runner: mocha, node:test, vitest and jest all fit. */
export interface TestRunnerApi {
  describe(name: string, body: () => void): void;
  it(name: string, body: (this: unknown, ...args: unknown[]) => Promise<void>): void;
}

function skipIn(thisArg: unknown, args: readonly unknown[]): boolean {
  // mocha skips through `this.skip()`, node:test through `t.skip()`.
  for (const candidate of [thisArg, args[0]]) {
    const skip = (candidate as { skip?: unknown } | undefined)?.skip;
    if (typeof skip === 'function') {
      // mocha's skip throws its own "pending" marker on purpose; let it propagate.
      skip.call(candidate);
      return true;
    }
  }
  return false;
}

async function resolveFixtures(adapter: CommerceAdapter, info: AdapterInfo, given?: ContractFixtures): Promise<ContractFixtures> {
  if (given) return given;
  check(info.capabilities.demoUsers, 'pass fixtures: this adapter has no demo users to log in as');
  const users = await adapter.listDemoUsers();
  const buyer = users.find((u) => u.roles.includes('buyer') && !u.roles.includes('approver'));
  check(buyer, 'demo users include a buyer');
  const approver = users.find((u) => u.roles.includes('approver') && u.companyName === buyer.companyName);
  const other = users.find((u) => u.roles.includes('buyer') && u.companyName !== buyer.companyName);
  const creds = (u: { email: string; password: string }): Credentials => ({ email: u.email, password: u.password });
  return { buyer: creds(buyer), ...(approver ? { approver: creds(approver) } : {}), ...(other ? { otherCompanyBuyer: creds(other) } : {}) };
}

/** Registers every contract case with the given test runner. */
export function defineContractSuite(title: string, options: ContractSuiteOptions, runner: TestRunnerApi): void {
  let prepared: Promise<{ info: AdapterInfo; fixtures: ContractFixtures; adapter: CommerceAdapter }> | null = null;
  const newAdapter = async () => options.createAdapter();
  const prepare = () =>
    (prepared ??= (async () => {
      const adapter = await newAdapter();
      const info = await adapter.info();
      return { info, fixtures: await resolveFixtures(adapter, info, options.fixtures), adapter };
    })());

  runner.describe(`commerce contract ${CONTRACT_VERSION}: ${title}`, () => {
    for (const contractCase of contractCases) {
      runner.it(contractCase.name, async function (this: unknown, ...args: unknown[]) {
        const { info, fixtures, adapter } = await prepare();
        const missing =
          (contractCase.requires && !info.capabilities[contractCase.requires]) ||
          (contractCase.method && typeof adapter[contractCase.method] !== 'function') ||
          (contractCase.needs && !fixtures[contractCase.needs]);
        if (missing && skipIn(this, args)) return;
        if (missing) throw new SkipCase(`${contractCase.name}: not supported by this adapter`);
        try {
          await contractCase.run({
            info,
            fixtures,
            newAdapter,
            async loggedIn(who) {
              const adapter = await newAdapter();
              const session = await adapter.login(who);
              const cart = await adapter.getCart();
              for (const line of cart.lines) await adapter.removeCartLine(line.id);
              return { adapter, session };
            },
          });
        } catch (error) {
          // A case may find out only while running that the backend's data rules it out.
          if (error instanceof SkipCase && skipIn(this, args)) return;
          throw error;
        }
      });
    }
  });
}
