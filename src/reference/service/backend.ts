/**
 * The reference backend's domain service: every contract operation, with the caller given
 * as {@link RequestMeta}. Reads see the stored state; writes run as one transaction that is
 * saved before the method resolves.
 */
import {
  CONTRACT_VERSION,
  type AdapterInfo,
  type ApprovalDecisionInput,
  type ApprovalRequest,
  type Cart,
  type CartLineInput,
  type CartLinePatch,
  type Category,
  type CheckoutInput,
  type Credentials,
  type DemoUser,
  type LoginReply,
  type Order,
  type OrderQuery,
  type PriceQuote,
  type PriceRequestItem,
  type SkuLookup,
  type Product,
  type SearchRequest,
  type SearchResult,
  type Session,
  type SessionContext,
  type Suggestions,
} from '../../commerce/index.js';
import type { StateRepository } from '../state/store.js';
import { findActor, requireActor, sessionOf, type RequestMeta } from './actor.js';
import * as approvals from './approvals.js';
import * as cart from './cart.js';
import * as catalogApi from './catalog-api.js';
import * as orders from './orders.js';
import * as quickOrder from './quick-order.js';
import * as sessions from './sessions.js';
import type { World } from './world.js';

/** The contract implemented over a {@link World} and a {@link StateRepository}. */
export class ReferenceBackend {
  constructor(
    readonly world: World,
    private readonly repository: StateRepository,
  ) {}

  /** Name, version and capabilities: this backend has them all. */
  info(): AdapterInfo {
    return {
      name: 'Kontor reference backend',
      contractVersion: CONTRACT_VERSION,
      capabilities: {
        customerPrices: true,
        accountSwitching: true,
        approvals: true,
        budgets: true,
        suggest: true,
        facets: true,
        orderHistory: true,
        demoUsers: true,
        promotions: true,
      },
    };
  }

  /** The caller's session; unknown tokens read as anonymous. */
  getSession(meta: RequestMeta): Promise<Session> {
    return this.repository.read((state) => sessionOf(this.world, findActor(this.world, state, meta)));
  }

  /** Logs in and returns the new token with the session. */
  login(meta: RequestMeta, credentials: Credentials): Promise<LoginReply> {
    return this.repository.transaction((state) => sessions.login(this.world, state, meta, credentials));
  }

  /** Ends the session. */
  logout(meta: RequestMeta): Promise<Session> {
    return this.repository.transaction((state) => sessions.logout(this.world, state, meta));
  }

  /** Changes account, addresses or locale of the session. */
  setContext(meta: RequestMeta, patch: Partial<SessionContext>): Promise<Session> {
    return this.repository.transaction((state) => sessions.setContext(this.world, state, requireActor(this.world, state, meta), patch));
  }

  /** Demo users with their passwords. */
  listDemoUsers(): DemoUser[] {
    return this.world.seed.users.map((u) => ({
      email: u.email,
      password: u.password,
      name: u.name,
      companyName: this.world.companies.get(u.companyId)?.name ?? '',
      roles: u.roles,
    }));
  }

  /** Catalog search with the caller's prices. */
  search(meta: RequestMeta, request: SearchRequest): Promise<SearchResult> {
    return this.repository.read((state) => catalogApi.searchCatalog(this.world, findActor(this.world, state, meta), meta, request));
  }

  /** Typeahead. */
  suggest(meta: RequestMeta, query: string, limit?: number): Promise<Suggestions> {
    return this.repository.read((state) => catalogApi.suggestCatalog(this.world, findActor(this.world, state, meta), meta, query, limit));
  }

  /** The category tree. */
  getCategories(meta: RequestMeta): Promise<Category[]> {
    return this.repository.read((state) => catalogApi.categoriesOf(this.world, findActor(this.world, state, meta), meta));
  }

  /** One product. */
  getProduct(meta: RequestMeta, sku: string): Promise<Product> {
    return this.repository.read((state) => catalogApi.productOf(this.world, findActor(this.world, state, meta), meta, sku));
  }

  /** Resolves many codes at once for quick order. */
  lookupSkus(meta: RequestMeta, codes: readonly string[]): Promise<SkuLookup[]> {
    return this.repository.read((state) => quickOrder.lookupSkus(this.world, findActor(this.world, state, meta), meta, codes));
  }

  /** Batch prices. */
  getPrices(meta: RequestMeta, items: readonly PriceRequestItem[]): Promise<PriceQuote[]> {
    return this.repository.read((state) => catalogApi.pricesOf(this.world, findActor(this.world, state, meta), meta, items));
  }

  /** The caller's cart. */
  getCart(meta: RequestMeta): Promise<Cart> {
    return this.repository.read((state) => {
      const actor = requireActor(this.world, state, meta);
      return cart.pricedCart(this.world, actor, cart.storedCart(state, actor));
    });
  }

  /** Adds lines to the cart. */
  addToCart(meta: RequestMeta, lines: readonly CartLineInput[]): Promise<Cart> {
    return this.repository.transaction((state) => cart.addLines(this.world, state, requireActor(this.world, state, meta), lines));
  }

  /** Changes a cart line. */
  updateCartLine(meta: RequestMeta, lineId: string, patch: CartLinePatch): Promise<Cart> {
    return this.repository.transaction((state) => cart.updateLine(this.world, state, requireActor(this.world, state, meta), lineId, patch));
  }

  /** Removes a cart line. */
  removeCartLine(meta: RequestMeta, lineId: string): Promise<Cart> {
    return this.repository.transaction((state) => cart.removeLine(this.world, state, requireActor(this.world, state, meta), lineId));
  }

  /** Places the cart as an order; `replayed` tells a retry from the first placement. */
  placeOrder(meta: RequestMeta, input: CheckoutInput): Promise<{ order: Order; replayed: boolean }> {
    return this.repository.transaction((state) => orders.placeOrder(this.world, state, requireActor(this.world, state, meta), input));
  }

  /** Orders of the current account. */
  listOrders(meta: RequestMeta, query: OrderQuery = {}): Promise<Order[]> {
    return this.repository.read((state) => orders.listOrders(state, requireActor(this.world, state, meta), query));
  }

  /** One order. */
  getOrder(meta: RequestMeta, id: string): Promise<Order> {
    return this.repository.read((state) => orders.getOrder(state, requireActor(this.world, state, meta), id));
  }

  /** Approval requests the caller placed or may decide. */
  listApprovals(meta: RequestMeta): Promise<ApprovalRequest[]> {
    return this.repository.read((state) => approvals.listApprovals(this.world, state, requireActor(this.world, state, meta)));
  }

  /** Decides a pending approval request. */
  decideApproval(meta: RequestMeta, id: string, input: ApprovalDecisionInput): Promise<ApprovalRequest> {
    return this.repository.transaction((state) => approvals.decideApproval(this.world, state, requireActor(this.world, state, meta), id, input));
  }
}
