import {
  ANONYMOUS_SESSION,
  AUTH_HEADER,
  IDEMPOTENCY_HEADER,
  SEARCH_PARAMS,
  UnavailableError,
  UnauthorizedError,
  errorFromResponse,
  fillPath,
  routeParts,
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
  type CheckoutInput,
  type CheckoutPreview,
  type CheckoutPreviewInput,
  type RestoreResult,
  type SaveCartInput,
  type SavedCart,
  type SavedCartPatch,
  type CommerceAdapter,
  type Credentials,
  type DemoUser,
  type LoginReply,
  type Order,
  type OrderQuery,
  type PriceQuote,
  type PriceRequestItem,
  type SkuLookup,
  type ConfigurationModel,
  type ConfigurationPriceRequest,
  type ConfiguredPrice,
  type Product,
  type RouteName,
  type SearchRequest,
  type SearchResult,
  type Session,
  type SessionContext,
  type Sku,
  type Suggestions,
} from '../../commerce/index.js';
import type {
  ProductQuestion,
  ProductQuestionInput,
  ProductQuestionQuery,
  ProductRatingInput,
  ProductRatings,
  VariantFamily,
} from '../../commerce/index.js';
import { memoryTokenStorage, type TokenStorage } from './token-storage.js';
import type { Transport, WireRequest } from './wire.js';

/** Options of {@link RestCommerceAdapter}. */
export interface RestAdapterOptions {
  /** Sends requests: `fetchTransport` for HTTP, `workerTransport` for the embedded backend. */
  readonly transport: Transport;
  /** Keeps the session token; defaults to memory. */
  readonly tokenStorage?: TokenStorage;
  /**
   * The language for product texts and messages, sent as `Accept-Language` with every
   * request; defaults to the page's `<html lang>`.
   */
  readonly locale?: () => string | undefined;
  /** Called by `dispose()`: stops what the transport runs (the local adapter's worker). */
  readonly onDispose?: () => void;
}

function pageLanguage(): string | undefined {
  return globalThis.document?.documentElement.lang || undefined;
}

interface CallOptions {
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: URLSearchParams;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Query parameters from a filter object: every defined value, as text. */
function queryParams(filters: object): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params;
}

function searchQuery(request: SearchRequest): URLSearchParams {
  const query = new URLSearchParams();
  if (request.query) query.set(SEARCH_PARAMS.query, request.query);
  if (request.categoryId) query.set(SEARCH_PARAMS.categoryId, request.categoryId);
  if (request.sort) query.set(SEARCH_PARAMS.sort, request.sort);
  if (request.limit !== undefined) query.set(SEARCH_PARAMS.limit, String(request.limit));
  if (request.offset !== undefined) query.set(SEARCH_PARAMS.offset, String(request.offset));
  if (request.facets) query.set(SEARCH_PARAMS.facets, request.facets.join(','));
  if (request.filters?.length) query.set(SEARCH_PARAMS.filters, JSON.stringify(request.filters));
  return query;
}

/**
 * A {@link CommerceAdapter} that speaks the REST contract over any {@link Transport}.
 * The http and local adapters are this class with different transports, which is why
 * both pass the same contract suite.
 */
export class RestCommerceAdapter implements CommerceAdapter {
  readonly #transport: Transport;
  readonly #tokens: TokenStorage;
  readonly #locale: () => string | undefined;
  readonly #onDispose: (() => void) | undefined;

  constructor(options: RestAdapterOptions) {
    this.#transport = options.transport;
    this.#tokens = options.tokenStorage ?? memoryTokenStorage();
    this.#locale = options.locale ?? pageLanguage;
    this.#onDispose = options.onDispose;
  }

  /** @inheritdoc */
  dispose(): void {
    this.#onDispose?.();
  }

  async #call<T>(route: RouteName, options: CallOptions = {}): Promise<T> {
    const { method, path } = routeParts(route);
    const query = options.query?.toString();
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    const token = this.#tokens.get();
    if (token) headers[AUTH_HEADER] = `Bearer ${token}`;
    const locale = this.#locale();
    if (locale) headers['accept-language'] = locale;
    let body: string | null = null;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const request: WireRequest = {
      method,
      path: fillPath(path, options.params ?? {}) + (query ? `?${query}` : ''),
      headers,
      body,
    };
    let response;
    try {
      response = await this.#transport(request);
    } catch (cause) {
      throw new UnavailableError('The shop service cannot be reached right now.', undefined, cause);
    }
    let parsed: unknown = undefined;
    if (response.body) {
      try {
        parsed = JSON.parse(response.body);
      } catch (cause) {
        throw new UnavailableError('The shop service sent an unreadable answer.', undefined, cause);
      }
    }
    if (response.status >= 400) {
      const error = errorFromResponse(response.status, parsed);
      // A token the backend no longer knows is useless: forget it so the UI shows "log in".
      if (error instanceof UnauthorizedError && token) this.#tokens.set(null);
      throw error;
    }
    return parsed as T;
  }

  /** @inheritdoc */
  info(): Promise<AdapterInfo> {
    return this.#call('info');
  }

  /** @inheritdoc */
  async getSession(): Promise<Session> {
    // Without a token the backend can only answer the anonymous session (it knows callers by
    // their token alone), so a first visit does not wait a round trip for it: the page's
    // session, prices and cart start at once.
    if (!this.#tokens.get()) return ANONYMOUS_SESSION;
    const session = await this.#call<Session>('session');
    // A token the backend answers for anonymously is one it no longer knows: forgotten, as a
    // refused one is, so that the next visit does not ask again.
    if (!session.user) this.#tokens.set(null);
    return session;
  }

  /** @inheritdoc */
  async login(credentials: Credentials): Promise<Session> {
    const reply = await this.#call<LoginReply>('login', { body: credentials });
    this.#tokens.set(reply.token);
    return reply.session;
  }

  /** @inheritdoc */
  async logout(): Promise<Session> {
    try {
      return await this.#call<Session>('logout');
    } finally {
      // The browser forgets the session even when the backend cannot be told.
      this.#tokens.set(null);
    }
  }

  /** @inheritdoc */
  setContext(patch: Partial<SessionContext>): Promise<Session> {
    return this.#call('setContext', { body: patch });
  }

  /** @inheritdoc */
  listDemoUsers(): Promise<readonly DemoUser[]> {
    return this.#call('demoUsers');
  }

  /** @inheritdoc */
  search(request: SearchRequest): Promise<SearchResult> {
    return this.#call('search', { query: searchQuery(request) });
  }

  /** @inheritdoc */
  suggest(query: string, limit?: number): Promise<Suggestions> {
    const params = new URLSearchParams({ [SEARCH_PARAMS.query]: query });
    if (limit !== undefined) params.set(SEARCH_PARAMS.limit, String(limit));
    return this.#call('suggest', { query: params });
  }

  /** @inheritdoc */
  getCategories(): Promise<readonly Category[]> {
    return this.#call('categories');
  }

  /** @inheritdoc */
  getProduct(sku: Sku): Promise<Product> {
    return this.#call('product', { params: { sku } });
  }

  /** @inheritdoc */
  lookupSkus(codes: readonly string[]): Promise<readonly SkuLookup[]> {
    return this.#call('lookupSkus', { body: { codes } });
  }

  /** @inheritdoc */
  getConfigurationModel(sku: Sku): Promise<ConfigurationModel> {
    return this.#call('configurationModel', { params: { sku } });
  }

  /** @inheritdoc */
  priceConfiguration(request: ConfigurationPriceRequest): Promise<ConfiguredPrice> {
    return this.#call('priceConfiguration', { body: request });
  }

  /** @inheritdoc */
  getPrices(items: readonly PriceRequestItem[]): Promise<readonly PriceQuote[]> {
    return this.#call('prices', { body: { items } });
  }

  /** @inheritdoc */
  getCart(): Promise<Cart> {
    return this.#call('cart');
  }

  /** @inheritdoc */
  addToCart(lines: readonly CartLineInput[]): Promise<Cart> {
    return this.#call('addCartLines', { body: { lines } });
  }

  /** @inheritdoc */
  updateCartLine(lineId: string, patch: CartLinePatch): Promise<Cart> {
    return this.#call('updateCartLine', { params: { lineId }, body: patch });
  }

  /** @inheritdoc */
  removeCartLine(lineId: string): Promise<Cart> {
    return this.#call('removeCartLine', { params: { lineId } });
  }

  /** @inheritdoc */
  previewCheckout(input: CheckoutPreviewInput): Promise<CheckoutPreview> {
    return this.#call('previewCheckout', { body: input });
  }

  /** @inheritdoc */
  listSavedCarts(): Promise<readonly SavedCart[]> {
    return this.#call('savedCarts');
  }

  /** @inheritdoc */
  saveCart(input: SaveCartInput): Promise<SavedCart> {
    return this.#call('saveCart', { body: input });
  }

  /** @inheritdoc */
  updateSavedCart(id: string, patch: SavedCartPatch): Promise<SavedCart> {
    return this.#call('updateSavedCart', { params: { savedCartId: id }, body: patch });
  }

  /** @inheritdoc */
  async deleteSavedCart(id: string): Promise<void> {
    await this.#call('deleteSavedCart', { params: { savedCartId: id } });
  }

  /** @inheritdoc */
  restoreSavedCart(id: string): Promise<RestoreResult> {
    return this.#call('restoreSavedCart', { params: { savedCartId: id } });
  }

  /** @inheritdoc */
  placeOrder(input: CheckoutInput): Promise<Order> {
    const { idempotencyKey, ...order } = input;
    return this.#call('placeOrder', { body: order, headers: { [IDEMPOTENCY_HEADER]: idempotencyKey } });
  }

  /** @inheritdoc */
  listOrders(query: OrderQuery = {}): Promise<readonly Order[]> {
    return this.#call('orders', { query: queryParams(query) });
  }

  /** @inheritdoc */
  getOrder(id: string): Promise<Order> {
    return this.#call('order', { params: { orderId: id } });
  }

  /** @inheritdoc */
  listApprovals(query: ApprovalQuery = {}): Promise<readonly ApprovalRequest[]> {
    return this.#call('approvals', { query: queryParams(query) });
  }

  /** @inheritdoc */
  decideApprovals(input: BulkDecisionInput): Promise<readonly BulkDecisionResult[]> {
    return this.#call('decideApprovals', { body: input });
  }

  /** @inheritdoc */
  listInvoices(): Promise<AccountInvoices> {
    return this.#call('invoices');
  }

  /** @inheritdoc */
  advanceDemoClock(hours: number): Promise<DemoClock> {
    return this.#call('demoClock', { body: { advanceHours: hours } });
  }

  /** @inheritdoc */
  decideApproval(id: string, input: ApprovalDecisionInput): Promise<ApprovalRequest> {
    return this.#call('decideApproval', { params: { approvalId: id }, body: input });
  }

  /** @inheritdoc */
  getVariantFamily(familyId: string): Promise<VariantFamily> {
    return this.#call('variantFamily', { params: { familyId } });
  }

  /** @inheritdoc */
  askQuestion(input: ProductQuestionInput): Promise<ProductQuestion> {
    return this.#call('askQuestion', { body: { sku: input.sku, text: input.text } });
  }

  /** @inheritdoc */
  listQuestions(query: ProductQuestionQuery = {}): Promise<readonly ProductQuestion[]> {
    return this.#call('questions', { query: new URLSearchParams(query.sku !== undefined ? { sku: query.sku } : {}) });
  }

  /** @inheritdoc */
  getRatings(sku: string): Promise<ProductRatings> {
    return this.#call('ratings', { params: { sku } });
  }

  /** @inheritdoc */
  rateProduct(input: ProductRatingInput): Promise<ProductRatings> {
    const { sku, ...rating } = input;
    return this.#call('rateProduct', { params: { sku }, body: rating });
  }
}
