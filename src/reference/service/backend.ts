/**
 * The reference backend's domain service: every contract operation, with the caller given
 * as {@link RequestMeta}. Reads see the stored state; writes run as one transaction that is
 * saved before the method resolves.
 */
import {
  CONTRACT_VERSION,
  type AccountInvoices,
  type AdapterInfo,
  type ApprovalQuery,
  type BulkDecisionInput,
  type BulkDecisionResult,
  type DemoClock,
  type ApprovalDecisionInput,
  type ApprovalRequest,
  type Cart,
  type CartLineInput,
  type CartLinePatch,
  type Category,
  type ConfigurationModel,
  type ConfigurationPriceRequest,
  type ConfiguredPrice,
  type CheckoutInput,
  type CheckoutPreview,
  type CheckoutPreviewInput,
  type RestoreResult,
  type SaveCartInput,
  type SavedCart,
  type SavedCartPatch,
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
import * as configurations from './configurations.js';
import { localeOf, pricingContextOf } from './actor.js';
import * as questions from './questions.js';
import * as ratings from './ratings.js';
import * as variants from './variants.js';
import type {
  ProductQuestion,
  ProductQuestionInput,
  ProductQuestionQuery,
  ProductRatingInput,
  ProductRatings,
  VariantFamily,
} from '../../commerce/index.js';
import * as checkoutPreview from './checkout-preview.js';
import * as orders from './orders.js';
import * as quickOrder from './quick-order.js';
import * as savedCarts from './saved-carts.js';
import * as sessions from './sessions.js';
import { advanceClock, worldAt } from './clock.js';
import * as invoices from './invoices.js';
import type { World } from './world.js';
import type { BackendState } from '../state/state.js';

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
        variantFamilies: true,
        productQuestions: true,
        ratings: true,
        savedCarts: true,
        promotions: true,
      },
    };
  }

  /** The caller's session; unknown tokens read as anonymous. */
  getSession(meta: RequestMeta): Promise<Session> {
    return this.repository.read((state) => sessionOf(this.#at(state), findActor(this.#at(state), state, meta)));
  }

  /** Logs in and returns the new token with the session. */
  login(meta: RequestMeta, credentials: Credentials): Promise<LoginReply> {
    return this.repository.transaction((state) => sessions.login(this.#at(state), state, meta, credentials));
  }

  /** Ends the session. */
  logout(meta: RequestMeta): Promise<Session> {
    return this.repository.transaction((state) => sessions.logout(this.#at(state), state, meta));
  }

  /** Changes account, addresses or locale of the session. */
  setContext(meta: RequestMeta, patch: Partial<SessionContext>): Promise<Session> {
    return this.repository.transaction((state) => sessions.setContext(this.#at(state), state, requireActor(this.#at(state), state, meta), patch));
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
    return this.repository.read((state) => catalogApi.searchCatalog(this.#at(state), findActor(this.#at(state), state, meta), meta, request, state));
  }

  /** Typeahead. */
  suggest(meta: RequestMeta, query: string, limit?: number): Promise<Suggestions> {
    return this.repository.read((state) => catalogApi.suggestCatalog(this.#at(state), findActor(this.#at(state), state, meta), meta, query, limit));
  }

  /** The category tree. */
  getCategories(meta: RequestMeta): Promise<Category[]> {
    return this.repository.read((state) => catalogApi.categoriesOf(this.#at(state), findActor(this.#at(state), state, meta), meta));
  }

  /** One product. */
  getProduct(meta: RequestMeta, sku: string): Promise<Product> {
    return this.repository.read((state) => catalogApi.productOf(this.#at(state), findActor(this.#at(state), state, meta), meta, sku));
  }

  /** Resolves many codes at once for quick order. */
  lookupSkus(meta: RequestMeta, codes: readonly string[]): Promise<SkuLookup[]> {
    return this.repository.read((state) => quickOrder.lookupSkus(this.#at(state), findActor(this.#at(state), state, meta), meta, codes));
  }

  /** The rules of a configurable product in the caller's language. */
  getConfigurationModel(meta: RequestMeta, sku: string): Promise<ConfigurationModel> {
    return this.repository.read((state) => configurations.modelOf(this.#at(state), sku, localeOf(findActor(this.#at(state), state, meta), meta)).model);
  }

  /** A configuration priced for the caller, exactly as its cart line would be. */
  priceConfiguration(meta: RequestMeta, request: ConfigurationPriceRequest): Promise<ConfiguredPrice> {
    return this.repository.read((state) => {
      const world = this.#at(state);
      const actor = findActor(world, state, meta);
      return configurations.priceConfiguration(world, pricingContextOf(world, actor, localeOf(actor, meta)), request);
    });
  }

  /** Batch prices. */
  getPrices(meta: RequestMeta, items: readonly PriceRequestItem[]): Promise<PriceQuote[]> {
    return this.repository.read((state) => catalogApi.pricesOf(this.#at(state), findActor(this.#at(state), state, meta), meta, items));
  }

  /** The caller's cart. */
  getCart(meta: RequestMeta): Promise<Cart> {
    return this.repository.read((state) => {
      const actor = requireActor(this.#at(state), state, meta);
      return cart.pricedCart(this.#at(state), actor, cart.storedCart(state, actor));
    });
  }

  /** Adds lines to the cart. */
  addToCart(meta: RequestMeta, lines: readonly CartLineInput[]): Promise<Cart> {
    return this.repository.transaction((state) => cart.addLines(this.#at(state), state, requireActor(this.#at(state), state, meta), lines));
  }

  /** Changes a cart line. */
  updateCartLine(meta: RequestMeta, lineId: string, patch: CartLinePatch): Promise<Cart> {
    return this.repository.transaction((state) => cart.updateLine(this.#at(state), state, requireActor(this.#at(state), state, meta), lineId, patch));
  }

  /** Removes a cart line. */
  removeCartLine(meta: RequestMeta, lineId: string): Promise<Cart> {
    return this.repository.transaction((state) => cart.removeLine(this.#at(state), state, requireActor(this.#at(state), state, meta), lineId));
  }

  /** The order as it would be placed now; changes nothing. */
  previewCheckout(meta: RequestMeta, input: CheckoutPreviewInput): Promise<CheckoutPreview> {
    return this.repository.read((state) => {
      const actor = requireActor(this.#at(state), state, meta);
      return checkoutPreview.previewCheckout(this.#at(state), state, actor, input, orders.checkoutErrors(this.#at(state), actor, input));
    });
  }

  /** Saved carts the caller owns or that are shared in the caller's company. */
  listSavedCarts(meta: RequestMeta): Promise<SavedCart[]> {
    return this.repository.read((state) => savedCarts.listSavedCarts(this.#at(state), state, requireActor(this.#at(state), state, meta)));
  }

  /** Saves the caller's cart under a name. */
  saveCart(meta: RequestMeta, input: SaveCartInput): Promise<SavedCart> {
    return this.repository.transaction((state) => savedCarts.saveCart(this.#at(state), state, requireActor(this.#at(state), state, meta), input));
  }

  /** Renames or shares a saved cart. */
  updateSavedCart(meta: RequestMeta, id: string, patch: SavedCartPatch): Promise<SavedCart> {
    return this.repository.transaction((state) => savedCarts.updateSavedCart(this.#at(state), state, requireActor(this.#at(state), state, meta), id, patch));
  }

  /** Deletes a saved cart. */
  deleteSavedCart(meta: RequestMeta, id: string): Promise<void> {
    return this.repository.transaction((state) => savedCarts.deleteSavedCart(state, requireActor(this.#at(state), state, meta), id));
  }

  /** Adds a saved cart's lines to the caller's cart. */
  restoreSavedCart(meta: RequestMeta, id: string): Promise<RestoreResult> {
    return this.repository.transaction((state) => savedCarts.restoreSavedCart(this.#at(state), state, requireActor(this.#at(state), state, meta), id));
  }

  /** Places the cart as an order; `replayed` tells a retry from the first placement. */
  placeOrder(meta: RequestMeta, input: CheckoutInput): Promise<{ order: Order; replayed: boolean }> {
    return this.repository.transaction((state) => orders.placeOrder(this.#at(state), state, requireActor(this.#at(state), state, meta), input));
  }

  /** A variant family with all members. */
  getVariantFamily(meta: RequestMeta, familyId: string): Promise<VariantFamily> {
    return this.repository.read((state) => variants.variantFamilyOf(this.#at(state), findActor(this.#at(state), state, meta), meta, familyId));
  }

  /** Sends a question to the sales team. */
  askQuestion(meta: RequestMeta, input: ProductQuestionInput): Promise<ProductQuestion> {
    return this.repository.transaction((state) => questions.askQuestion(this.#at(state), state, requireActor(this.#at(state), state, meta), input));
  }

  /** The current account's questions. */
  listQuestions(meta: RequestMeta, query: ProductQuestionQuery = {}): Promise<ProductQuestion[]> {
    return this.repository.read((state) => questions.listQuestions(state, requireActor(this.#at(state), state, meta), query));
  }

  /** The sales team answers a question (operator API: no REST route, buyers cannot call it). */
  answerQuestion(questionId: string, text: string, answeredBy: string): Promise<ProductQuestion> {
    return this.repository.transaction((state) => questions.answerQuestion(this.#at(state), state, questionId, text, answeredBy));
  }

  /** Ratings of a product. */
  getRatings(meta: RequestMeta, sku: string): Promise<ProductRatings> {
    return this.repository.read((state) => ratings.ratingsOf(this.#at(state), state, findActor(this.#at(state), state, meta), sku));
  }

  /** Rates a product the caller's account ordered. */
  rateProduct(meta: RequestMeta, input: ProductRatingInput): Promise<ProductRatings> {
    return this.repository.transaction((state) => ratings.rateProduct(this.#at(state), state, requireActor(this.#at(state), state, meta), input));
  }

  /** Orders of the current account. */
  listOrders(meta: RequestMeta, query: OrderQuery = {}): Promise<Order[]> {
    return this.repository.read((state) => orders.listOrders(this.#at(state), state, requireActor(this.#at(state), state, meta), query));
  }

  /** One order. */
  getOrder(meta: RequestMeta, id: string): Promise<Order> {
    return this.repository.read((state) => orders.getOrder(this.#at(state), state, requireActor(this.#at(state), state, meta), id));
  }

  /** Approval requests the caller placed or may decide. */
  listApprovals(meta: RequestMeta, query: ApprovalQuery = {}): Promise<ApprovalRequest[]> {
    return this.repository.read((state) => approvals.listApprovals(this.#at(state), state, requireActor(this.#at(state), state, meta), query));
  }

  /** Decides a pending approval request. */
  decideApproval(meta: RequestMeta, id: string, input: ApprovalDecisionInput): Promise<ApprovalRequest> {
    return this.repository.transaction((state) => approvals.decideApproval(this.#at(state), state, requireActor(this.#at(state), state, meta), id, input));
  }

  /** Decides several requests; each has its own outcome. */
  decideApprovals(meta: RequestMeta, input: BulkDecisionInput): Promise<BulkDecisionResult[]> {
    return this.repository.transaction((state) => approvals.decideApprovals(this.#at(state), state, requireActor(this.#at(state), state, meta), input));
  }

  /** Invoices and credit use of the caller's account. */
  listInvoices(meta: RequestMeta): Promise<AccountInvoices> {
    return this.repository.read((state) => invoices.listInvoices(this.#at(state), state, requireActor(this.#at(state), state, meta)));
  }

  /**
   * Moves the backend's clock forward (0 only reads it). Demo backends only: orders ship,
   * invoices fall due and budgets reset as time passes, which a demo wants to show at once.
   */
  advanceDemoClock(hours: number): Promise<DemoClock> {
    return this.repository.transaction((state) => advanceClock(this.world, state, hours));
  }

  /** The world at the state's clock (the host's clock plus the demo offset). */
  #at(state: BackendState): World {
    return worldAt(this.world, state);
  }

}
