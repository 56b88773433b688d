/**
 * The Kontor contract on Vendure's Shop API (GraphQL over `fetch`). No Vendure code is
 * imported: the adapter speaks the public API only, so Vendure (GPL-3.0) never enters
 * Kontor's bundle. What Vendure lacks (customer and tier prices, approvals, budgets, several
 * accounts, demo users) is declared in the capabilities; the elements explain or hide it.
 * See docs/vendure.md.
 */
import {
  ANONYMOUS_SESSION,
  CONTRACT_VERSION,
  ConflictError,
  ForbiddenError,
  NO_CAPABILITIES,
  NotFoundError,
  UnauthorizedError,
  ValidationError,
  checkQuantity,
  type AdapterInfo,
  type ApprovalDecisionInput,
  type ApprovalRequest,
  type Cart,
  type CartLineInput,
  type CartLinePatch,
  type Category,
  type CategoryRef,
  type CheckoutInput,
  type CommerceAdapter,
  type Credentials,
  type DemoUser,
  type FacetFilter,
  type FacetResult,
  type Order,
  type OrderQuery,
  type PaymentMethod,
  type PriceQuote,
  type PriceRequestItem,
  type Product,
  type ProductSummary,
  type SearchHit,
  type SearchRequest,
  type SearchResult,
  type Session,
  type SessionContext,
  type Sku,
  type Suggestions,
  type VariantFamily,
  type VariantMembership,
} from '../../commerce/index.js';
import { localTokenStorage, type TokenStorage } from '../rest/token-storage.js';
import {
  ACTIVE_CUSTOMER,
  COLLECTIONS,
  ERROR_FIELDS,
  errorFields,
  LOGIN,
  LOGOUT,
  PRODUCT_FIELDS,
  REGISTER,
  SEARCH,
  orderFields,
  type OrderResult,
  type VendureActiveCustomer,
  type VendureCollections,
  type VendureErrorResult,
  type VendureOrder,
  type VendureProduct,
  type VendureSearch,
  type VendureSearchItem,
} from './documents.js';
import { errorFromResult, isErrorResult, type ErrorTarget } from './error-results.js';
import { attributesOf, familyOf, membershipOf, type VendureFamilySource } from './variants.js';
import { createGraphqlClient, type GraphqlRequest } from './graphql-client.js';
import {
  PIECE_RULES,
  accountOf,
  cartOf,
  cartSignature,
  emptyCart,
  imageOf,
  listQuote,
  orderOf,
  sessionOf,
  stockFrom,
} from './mapping.js';

/** Options of {@link createVendureAdapter}. */
export interface VendureAdapterOptions {
  /** The Shop API endpoint, e.g. `https://shop.example/shop-api`. */
  readonly shopApiUrl: string;
  /** Where the session token lives; defaults to localStorage (memory when blocked). */
  readonly tokenStorage?: TokenStorage;
  /** Abort a request that has not answered after this many milliseconds (default 15000). */
  readonly timeoutMs?: number;
  /** The fetch to use; defaults to the global one. */
  readonly fetch?: typeof fetch;
  /** A Vendure channel token, for shops with several channels. */
  readonly channelToken?: string;
  /**
   * Whether the server declares Kontor's order and order line custom fields (PO number, cost
   * center, delivery date, comment, line notes, idempotency key; default true). Without them
   * those inputs are not stored, line notes are refused and retries are deduplicated in memory only.
   */
  readonly b2bFields?: boolean;
  /**
   * Vendure payment method code per contract payment method. Without an entry, `invoice`
   * takes the first eligible method and the others are refused.
   */
  readonly paymentMethods?: Partial<Readonly<Record<PaymentMethod, string>>>;
  /** Vendure shipping method code; defaults to the cheapest eligible one. */
  readonly shippingMethod?: string;
}

/** Registration of a new customer (Vendure has self-registration; the contract does not). */
export interface VendureRegistration {
  readonly email: string;
  readonly password: string;
  readonly firstName: string;
  readonly lastName: string;
}

interface VariantRef {
  readonly id: string;
  readonly productId: string;
  readonly sku: string;
  readonly price: number;
  readonly priceWithTax: number;
  readonly currency: string;
}

const DEFAULT_FACETS = ['category', 'brand'];

/** Vendure's refusal when the contract asks for something it has no notion of. */
function unsupported(what: string): NotFoundError {
  return new NotFoundError(`${what}: this shop (Vendure) has no approvals.`);
}

/** The adapter; create it with {@link createVendureAdapter}. */
export class VendureCommerceAdapter implements CommerceAdapter {
  readonly #gql: GraphqlRequest;
  readonly #tokens: TokenStorage;
  readonly #b2b: boolean;
  readonly #options: VendureAdapterOptions;
  readonly #order: string;
  readonly #variants = new Map<string, VariantRef>();
  /** Facet value ids by `facet code` + name, learned from search answers. */
  readonly #facetIds = new Map<string, string>();
  readonly #placing = new Map<string, Promise<Order>>();
  #context: SessionContext | null = null;
  #currency: string | null = null;
  #categories: Promise<readonly Category[]> | null = null;
  #cartSignature = '';
  #cartVersion = 1;

  constructor(options: VendureAdapterOptions) {
    this.#options = options;
    this.#tokens = options.tokenStorage ?? localTokenStorage(`kontor.vendure-token:${options.shopApiUrl}`);
    this.#b2b = options.b2bFields ?? true;
    this.#order = orderFields(this.#b2b);
    this.#gql = createGraphqlClient({
      url: options.shopApiUrl,
      tokenStorage: this.#tokens,
      timeoutMs: options.timeoutMs ?? 15_000,
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
      ...(options.channelToken ? { channelToken: options.channelToken } : {}),
    });
  }

  async info(): Promise<AdapterInfo> {
    return {
      name: 'vendure',
      contractVersion: CONTRACT_VERSION,
      capabilities: { ...NO_CAPABILITIES, suggest: true, facets: true, orderHistory: true, promotions: true, variantFamilies: true },
    };
  }

  // ── session ────────────────────────────────────────────────────────────────

  async getSession(): Promise<Session> {
    if (!this.#tokens.get()) return ANONYMOUS_SESSION;
    const data = await this.#gql<VendureActiveCustomer & { activeOrder: { couponCodes: readonly string[] } | null }>(
      ACTIVE_CUSTOMER.replace(/}\s*$/, ' activeOrder { couponCodes } }'),
    );
    this.#currency = data.activeChannel.defaultCurrencyCode;
    const customer = data.activeCustomer;
    if (!customer) {
      this.#context = null;
      return ANONYMOUS_SESSION;
    }
    const account = accountOf(customer, this.#currency);
    const previous = this.#context?.accountId === account.id ? this.#context : null;
    const keep = (id: string | undefined, list: readonly { id: string }[]) => (id && list.some((a) => a.id === id) ? id : (list[0]?.id ?? ''));
    this.#context = {
      accountId: account.id,
      billToId: keep(previous?.billToId, account.billTo),
      shipToId: keep(previous?.shipToId, account.shipTo),
      locale: previous?.locale ?? globalThis.document?.documentElement.lang ?? 'en',
      promotionCode: data.activeOrder?.couponCodes[0] ?? null,
    };
    return sessionOf(customer, account, this.#context);
  }

  async login(credentials: Credentials): Promise<Session> {
    const data = await this.#gql<{ login: { __typename: string } | VendureErrorResult }>(LOGIN, {
      username: credentials.email.trim(),
      password: credentials.password,
    });
    if (isErrorResult(data.login)) throw errorFromResult(data.login, { field: 'password' });
    this.#context = null;
    this.#resetCartVersion();
    return this.getSession();
  }

  /**
   * Registers a customer with Vendure's self-registration and logs them in. Vendure servers
   * that require email verification answer with a message to confirm the address first.
   */
  async register(input: VendureRegistration): Promise<Session> {
    const data = await this.#gql<{ registerCustomerAccount: { __typename: string } | VendureErrorResult }>(REGISTER, {
      input: { emailAddress: input.email.trim(), password: input.password, firstName: input.firstName, lastName: input.lastName },
    });
    if (isErrorResult(data.registerCustomerAccount)) throw errorFromResult(data.registerCustomerAccount, { field: 'password' });
    return this.login({ email: input.email, password: input.password });
  }

  async logout(): Promise<Session> {
    if (this.#tokens.get()) await this.#gql(LOGOUT).catch(() => undefined);
    this.#tokens.set(null);
    this.#context = null;
    this.#resetCartVersion();
    return ANONYMOUS_SESSION;
  }

  async setContext(patch: Partial<SessionContext>): Promise<Session> {
    const session = await this.getSession();
    const context = this.#context;
    const account = session.accounts[0];
    if (!context || !account) throw new UnauthorizedError();
    if (patch.accountId !== undefined && patch.accountId !== account.id) {
      throw new ForbiddenError('This shop has one account per customer: there is no other account to switch to.');
    }
    for (const [key, list] of [['billToId', account.billTo], ['shipToId', account.shipTo]] as const) {
      const id = patch[key];
      if (id !== undefined && !list.some((a) => a.id === id)) {
        throw new ValidationError('This address is not in your address book.', [{ path: key, message: 'Unknown address.' }]);
      }
    }
    if (patch.promotionCode !== undefined) await this.#setCoupon(patch.promotionCode, context.promotionCode ?? null);
    this.#context = {
      ...context,
      ...(patch.billToId !== undefined ? { billToId: patch.billToId } : {}),
      ...(patch.shipToId !== undefined ? { shipToId: patch.shipToId } : {}),
      ...(patch.locale !== undefined ? { locale: patch.locale } : {}),
    };
    return this.getSession();
  }

  async #setCoupon(code: string | null, current: string | null): Promise<void> {
    if (current && current !== code) {
      await this.#orderMutation(`mutation ($code: String!) { result: removeCouponCode(couponCode: $code) { ...on Order { id } } }`, { code: current }, {}, false);
    }
    if (code === null || code === current) return;
    const trimmed = code.trim();
    if (!trimmed) throw new ValidationError('Enter a promotion code.', [{ path: 'promotionCode', message: 'Empty code.' }]);
    await this.#orderMutation(
      `mutation ($code: String!) { result: applyCouponCode(couponCode: $code) { ...on Order { id } ${errorFields('coupon')} } }`,
      { code: trimmed },
      { field: 'promotionCode' },
      false,
    );
  }

  async listDemoUsers(): Promise<readonly DemoUser[]> {
    return [];
  }

  // ── catalog ────────────────────────────────────────────────────────────────

  async search(request: SearchRequest): Promise<SearchResult> {
    const limit = Math.min(Math.max(request.limit ?? 24, 0), 100);
    const input: Record<string, unknown> = {
      groupByProduct: false,
      take: limit,
      skip: Math.max(request.offset ?? 0, 0),
      ...(request.query?.trim() ? { term: request.query.trim() } : {}),
      ...(request.categoryId ? { collectionSlug: request.categoryId } : {}),
    };
    const filters = await this.#facetFilters(request.filters ?? []);
    if (filters.length) input.facetValueFilters = filters;
    if (request.sort === 'price-asc' || request.sort === 'price-desc') input.sort = { price: request.sort === 'price-asc' ? 'ASC' : 'DESC' };
    else if (request.sort === 'name') input.sort = { name: 'ASC' };
    // 'availability' has no Vendure counterpart: the order stays by relevance.
    const data = await this.#gql<VendureSearch>(SEARCH, { input });
    const hits = await this.#hitsOf(data.search.items, request.query);
    return {
      total: data.search.totalItems,
      hits,
      facets: this.#facetsOf(data.search, request.facets ?? DEFAULT_FACETS),
      matchMode: 'all-terms',
      didYouMean: null,
    };
  }

  async #facetFilters(filters: readonly FacetFilter[]): Promise<{ or: string[] }[]> {
    const terms = filters.filter((f): f is Extract<FacetFilter, { values: readonly string[] }> => 'values' in f && f.values.length > 0);
    if (terms.length && terms.some((f) => f.values.some((v) => !this.#facetIds.has(`${f.facet}\u0000${v}`)))) {
      // Learn the ids of every facet value once (names are what the contract carries).
      await this.#gql<VendureSearch>(SEARCH, { input: { take: 0, groupByProduct: false } }).then((d) => this.#learnFacets(d.search));
    }
    return terms.map((f) => ({ or: f.values.map((v) => this.#facetIds.get(`${f.facet}\u0000${v}`) ?? `unknown-${v}`) }));
  }

  #learnFacets(search: VendureSearch['search']): void {
    for (const { facetValue } of search.facetValues) this.#facetIds.set(`${facetValue.facet.code}\u0000${facetValue.name}`, facetValue.id);
  }

  #facetsOf(search: VendureSearch['search'], keys: readonly string[]): FacetResult[] {
    this.#learnFacets(search);
    const byFacet = new Map<string, { label: string; values: { value: string; count: number }[] }>();
    for (const { count, facetValue } of search.facetValues) {
      const entry = byFacet.get(facetValue.facet.code) ?? { label: facetValue.facet.name, values: [] };
      entry.values.push({ value: facetValue.name, count });
      byFacet.set(facetValue.facet.code, entry);
    }
    return keys.flatMap((key) => {
      const entry = byFacet.get(key);
      return entry ? [{ key, label: entry.label, type: 'terms' as const, values: entry.values }] : [];
    });
  }

  /** Search items as hits; one extra request reads every hit's stock figure and family. */
  async #hitsOf(items: readonly VendureSearchItem[], query: string | undefined): Promise<SearchHit[]> {
    const { stock, families } = await this.#stockOf([...new Set(items.map((i) => i.productId))]);
    const categories = await this.getCategories().catch(() => [] as readonly Category[]);
    const hits = items.map((item): SearchHit => {
      const price = item.price.value ?? item.price.min ?? 0;
      const gross = item.priceWithTax.value ?? item.priceWithTax.min ?? price;
      this.#variants.set(item.sku.toLowerCase(), { id: item.productVariantId, productId: item.productId, sku: item.sku, price, priceWithTax: gross, currency: item.currencyCode });
      const product: ProductSummary = {
        sku: item.sku,
        mpn: item.sku,
        ean: null,
        name: item.productVariantName,
        brand: '',
        categoryPath: pathOf(categories, item.collectionIds),
        image: imageOf(item.productVariantAsset?.preview ?? item.productAsset?.preview, item.productVariantName),
        family: families.get(item.sku) ?? null,
        quantity: PIECE_RULES,
        configurable: false,
        discontinued: null,
        stockTotal: stockFrom(stock.get(item.sku), item.inStock),
        listPrice: { amountMinor: price, currency: item.currencyCode },
      };
      return { product, price: listQuote(item.sku, 1, price, gross, item.currencyCode), highlights: highlightsOf(item.productVariantName, query) };
    });
    // An exact SKU always wins, whatever Vendure's score says.
    const exact = query ? hits.findIndex((h) => h.product.sku.toLowerCase() === query.trim().toLowerCase()) : -1;
    if (exact > 0) hits.unshift(...hits.splice(exact, 1));
    return hits;
  }

  async #stockOf(productIds: readonly string[]): Promise<{ stock: Map<string, string>; families: Map<Sku, VariantMembership> }> {
    const stock = new Map<string, string>();
    const families = new Map<Sku, VariantMembership>();
    if (productIds.length === 0) return { stock, families };
    const params = productIds.map((_, i) => `$p${i}: ID!`).join(', ');
    const fields = productIds.map((_, i) => `p${i}: product(id: $p${i}) { slug name variants { sku stockLevel options { code name group { code name } } } }`).join('\n');
    const variables = Object.fromEntries(productIds.map((id, i) => [`p${i}`, id]));
    type StockProduct = VendureFamilySource & { readonly variants: readonly (VendureFamilySource['variants'][number] & { readonly stockLevel: string })[] };
    const data = await this.#gql<Record<string, StockProduct | null>>(`query KontorStock(${params}) { ${fields} }`, variables);
    for (const product of Object.values(data)) {
      for (const v of product?.variants ?? []) {
        stock.set(v.sku, v.stockLevel);
        const family = membershipOf(product!, v.sku);
        if (family) families.set(v.sku, family);
      }
    }
    return { stock, families };
  }

  async getVariantFamily(familyId: string): Promise<VariantFamily> {
    const data = await this.#gql<{ product: VendureProduct | null }>(`query KontorFamily($slug: String!) { product(slug: $slug) { ${PRODUCT_FIELDS} } }`, { slug: familyId });
    const family = data.product ? familyOf(data.product) : null;
    if (!family || family.members.length < 2 || family.axes.length === 0) throw new NotFoundError(`No variant family ${familyId}.`);
    // The picker's next step is the chosen member's product: spare it the search by SKU.
    const product = data.product!;
    for (const v of product.variants) this.#variants.set(v.sku.toLowerCase(), { id: v.id, productId: product.id, sku: v.sku, price: v.price, priceWithTax: v.priceWithTax, currency: v.currencyCode });
    return family;
  }

  async suggest(query: string, limit = 5): Promise<Suggestions> {
    const term = query.trim();
    if (term.length === 0) return { products: [], categories: [], completions: [] };
    const [result, categories] = await Promise.all([this.search({ query: term, limit }), this.getCategories()]);
    const lower = term.toLowerCase();
    return {
      products: result.hits,
      categories: categories.filter((c) => c.name.toLowerCase().includes(lower)).slice(0, limit).map(({ id, name }) => ({ id, name })),
      completions: [],
    };
  }

  getCategories(): Promise<readonly Category[]> {
    this.#categories ??= this.#gql<VendureCollections>(COLLECTIONS).then(
      (data) => {
        const counts = new Map(data.search.collections.map((c) => [c.collection.id, c.count]));
        const bySlug = new Map(data.collections.items.map((c) => [c.id, c.slug]));
        return [...data.collections.items]
          .sort((a, b) => a.breadcrumbs.length - b.breadcrumbs.length)
          .map((c) => ({ id: c.slug, name: c.name, parentId: bySlug.get(c.parentId) ?? null, productCount: counts.get(c.id) ?? 0, vendureId: c.id }))
          .map(({ vendureId, ...category }) => Object.assign(category, { [VENDURE_ID]: vendureId }));
      },
      (error: unknown) => {
        this.#categories = null;
        throw error;
      },
    );
    return this.#categories;
  }

  async getProduct(sku: Sku): Promise<Product> {
    const ref = await this.#variant(sku);
    const data = await this.#gql<{ product: VendureProduct | null }>(`query KontorProduct($id: ID!) { product(id: $id) { ${PRODUCT_FIELDS} } }`, { id: ref.productId });
    const product = data.product;
    const variant = product?.variants.find((v) => v.sku === ref.sku);
    if (!product || !variant) throw new NotFoundError(`No product with SKU ${sku}.`);
    const categories = await this.getCategories().catch(() => [] as readonly Category[]);
    const facets = [...product.facetValues, ...variant.facetValues];
    const stockTotal = stockFrom(variant.stockLevel, false);
    const image = imageOf(variant.featuredAsset?.preview ?? product.featuredAsset?.preview, variant.name);
    return {
      sku: variant.sku,
      mpn: variant.sku,
      ean: null,
      name: variant.name,
      brand: facets.find((f) => f.facet.code === 'brand')?.name ?? '',
      categoryPath: pathOf(categories, product.collections.map((c) => c.id)),
      image,
      family: membershipOf(product, variant.sku),
      quantity: PIECE_RULES,
      configurable: false,
      discontinued: null,
      stockTotal,
      listPrice: { amountMinor: variant.price, currency: variant.currencyCode },
      descriptionHtml: product.description,
      attributes: attributesOf(variant, product.facetValues),
      media: product.assets.map((a) => imageOf(a.preview, a.name || variant.name)).filter((m) => m !== null),
      documents: [],
      accessories: [],
      stock: [{ warehouseId: 'default', warehouseName: 'Stock', quantity: stockTotal, leadTimeDays: 0 }],
      warranty: '',
    };
  }

  /** The variant of a SKU, from earlier answers or one search by the SKU. */
  async #variant(sku: Sku): Promise<VariantRef> {
    const key = sku.trim().toLowerCase();
    const known = this.#variants.get(key);
    if (known) return known;
    if (key) {
      const data = await this.#gql<VendureSearch>(SEARCH, { input: { term: sku.trim(), groupByProduct: false, take: 25 } });
      for (const item of data.search.items) {
        const price = item.price.value ?? item.price.min ?? 0;
        this.#variants.set(item.sku.toLowerCase(), {
          id: item.productVariantId,
          productId: item.productId,
          sku: item.sku,
          price,
          priceWithTax: item.priceWithTax.value ?? item.priceWithTax.min ?? price,
          currency: item.currencyCode,
        });
      }
    }
    const found = this.#variants.get(key);
    if (!found) throw new NotFoundError(`No product with SKU ${sku}.`);
    return found;
  }

  async getPrices(items: readonly PriceRequestItem[]): Promise<readonly PriceQuote[]> {
    items.forEach((item, index) => quantityOk(item.quantity, `items.${index}.quantity`));
    const refs = await Promise.all(items.map((item) => this.#variant(item.sku)));
    return items.map((item, index) => {
      const ref = refs[index] as VariantRef;
      return listQuote(ref.sku, item.quantity, ref.price, ref.priceWithTax, ref.currency);
    });
  }

  // ── cart ───────────────────────────────────────────────────────────────────

  async getCart(): Promise<Cart> {
    const order = await this.#activeOrder();
    return this.#cart(order);
  }

  /** The active order of the logged-in customer (null when none); refuses anonymous callers. */
  async #activeOrder(): Promise<VendureOrder | null> {
    if (!this.#tokens.get()) throw new UnauthorizedError('Please log in to see your cart.');
    const data = await this.#gql<{ activeCustomer: { id: string } | null; activeOrder: VendureOrder | null; activeChannel: { defaultCurrencyCode: string } }>(
      `query KontorCart { activeCustomer { id } activeChannel { defaultCurrencyCode } activeOrder { ${this.#order} } }`,
    );
    this.#currency = data.activeChannel.defaultCurrencyCode;
    if (!data.activeCustomer) throw new UnauthorizedError('Please log in to see your cart.');
    return data.activeOrder;
  }

  #cart(order: VendureOrder | null): Cart {
    const signature = cartSignature(order);
    if (signature !== this.#cartSignature) {
      this.#cartSignature = signature;
      this.#cartVersion += 1;
    }
    return order && order.lines.length > 0 ? cartOf(order, this.#cartVersion) : emptyCart(order?.currencyCode ?? this.#currency ?? 'USD', this.#cartVersion);
  }

  #resetCartVersion(): void {
    this.#cartSignature = '';
  }

  /** Runs an order mutation whose result union is aliased `result`; ErrorResults become typed errors. */
  async #orderMutation(query: string, variables: Record<string, unknown>, target: ErrorTarget, full = true): Promise<VendureOrder> {
    const text = full ? query.replace('...on Order { id }', `...on Order { ${this.#order} }`) : query;
    const data = await this.#gql<{ result: OrderResult }>(text, variables);
    if (isErrorResult(data.result)) throw errorFromResult(data.result, target);
    return data.result;
  }

  async addToCart(lines: readonly CartLineInput[]): Promise<Cart> {
    if (lines.length === 0) throw new ValidationError('Nothing to add.', [{ path: 'lines', message: 'No lines.' }]);
    lines.forEach((line, index) => quantityOk(line.quantity, `lines.${index}.quantity`));
    if (!this.#b2b && lines.some((line) => line.note)) throw noNotes('lines.0.note');
    const refs = await Promise.all(
      lines.map((line, index) =>
        this.#variant(line.sku).catch(() => {
          throw new ValidationError(`No product with SKU ${line.sku}.`, [{ path: `lines.${index}.sku`, message: 'Unknown SKU.' }]);
        }),
      ),
    );
    const before = await this.#activeOrder();
    let order = before;
    try {
      for (const [index, line] of lines.entries()) {
        const ref = refs[index] as VariantRef;
        const existing = order?.lines.find((l) => l.productVariant.id === ref.id);
        const target = { field: `lines.${index}.quantity`, sku: ref.sku };
        const custom = this.#b2b && line.note !== undefined ? { customFields: { note: line.note } } : {};
        order = existing
          ? await this.#adjust(existing.id, existing.quantity + line.quantity, custom, target)
          : await this.#orderMutation(
              `mutation ($id: ID!, $qty: Int!${this.#b2b ? ', $customFields: OrderLineCustomFieldsInput' : ''}) { result: addItemToOrder(productVariantId: $id, quantity: $qty${this.#b2b ? ', customFields: $customFields' : ''}) { ...on Order { id } ${errorFields('stock')} } }`,
              { id: ref.id, qty: line.quantity, ...custom },
              target,
            );
      }
    } catch (error) {
      await this.#restore(before);
      throw error;
    }
    return this.#cart(order);
  }

  #adjust(lineId: string, quantity: number, custom: Record<string, unknown>, target: ErrorTarget): Promise<VendureOrder> {
    return this.#orderMutation(
      `mutation ($line: ID!, $qty: Int!${this.#b2b ? ', $customFields: OrderLineCustomFieldsInput' : ''}) { result: adjustOrderLine(orderLineId: $line, quantity: $qty${this.#b2b ? ', customFields: $customFields' : ''}) { ...on Order { id } ${errorFields('stock')} } }`,
      { line: lineId, qty: quantity, ...custom },
      target,
    );
  }

  /**
   * Puts the cart back as it was before a refused change. Vendure adds what it can when stock
   * runs short (and answers with an error); the contract promises a refusal changes nothing.
   */
  async #restore(before: VendureOrder | null): Promise<void> {
    const now = await this.#activeOrder().catch(() => null);
    if (!now) return;
    for (const line of now.lines) {
      const old = before?.lines.find((l) => l.id === line.id);
      if (!old) await this.#orderMutation(`mutation ($line: ID!) { result: removeOrderLine(orderLineId: $line) { ...on Order { id } } }`, { line: line.id }, {}, false).catch(() => undefined);
      else if (old.quantity !== line.quantity) await this.#adjust(line.id, old.quantity, {}, {}).catch(() => undefined);
    }
  }

  async updateCartLine(lineId: string, patch: CartLinePatch): Promise<Cart> {
    if (patch.quantity !== undefined) quantityOk(patch.quantity, 'quantity');
    if (patch.note !== undefined && !this.#b2b) throw noNotes('note');
    const order = await this.#activeOrder();
    const line = order?.lines.find((l) => l.id === lineId);
    if (!line) throw new NotFoundError('This cart line no longer exists. Reload the cart.');
    const custom = patch.note !== undefined ? { customFields: { note: patch.note.trim() } } : {};
    try {
      return this.#cart(await this.#adjust(lineId, patch.quantity ?? line.quantity, custom, { field: 'quantity', sku: line.productVariant.sku }));
    } catch (error) {
      await this.#restore(order);
      throw error;
    }
  }

  async removeCartLine(lineId: string): Promise<Cart> {
    const order = await this.#activeOrder();
    if (!order?.lines.some((l) => l.id === lineId)) throw new NotFoundError('This cart line no longer exists. Reload the cart.');
    return this.#cart(await this.#orderMutation(`mutation ($line: ID!) { result: removeOrderLine(orderLineId: $line) { ...on Order { id } ${ERROR_FIELDS} } }`, { line: lineId }, {}));
  }

  // ── checkout and orders ────────────────────────────────────────────────────

  placeOrder(input: CheckoutInput): Promise<Order> {
    // One attempt per key: a double click or a retry joins the first attempt.
    let attempt = this.#placing.get(input.idempotencyKey);
    if (!attempt) {
      attempt = this.#place(input);
      this.#placing.set(input.idempotencyKey, attempt);
      attempt.catch(() => this.#placing.delete(input.idempotencyKey));
    }
    return attempt;
  }

  async #place(input: CheckoutInput): Promise<Order> {
    const session = await this.getSession();
    const account = session.accounts[0];
    if (!account || !session.user) throw new UnauthorizedError('Please log in to order.');
    // A reply lost after Vendure placed the order: the key stored on the order finds it.
    const placed = await this.#orderByKey(input.idempotencyKey);
    if (placed) return placed;
    let order = await this.#activeOrder();
    if (!order || order.lines.length === 0) throw new ValidationError('The cart is empty.', [{ path: 'lines', message: 'Add products first.' }]);
    if (input.expectedCartVersion !== undefined && this.#cart(order).version !== input.expectedCartVersion) {
      throw new ConflictError('The cart changed since you reviewed it (perhaps in another tab). Check it and order again.');
    }
    const shipTo = account.shipTo.find((a) => a.id === input.shipToId);
    const billTo = account.billTo.find((a) => a.id === input.billToId);
    if (!shipTo || !billTo) {
      const path = shipTo ? 'billToId' : 'shipToId';
      throw new ValidationError('Choose an address from your address book (add one in your account first).', [{ path, message: 'Unknown address.' }]);
    }
    const methodCode = await this.#paymentCode(input.paymentMethod);
    if (order.state === 'ArrangingPayment') await this.#transition('AddingItems');
    const address = (a: typeof shipTo) => ({
      fullName: session.user?.name ?? '',
      company: a.company,
      streetLine1: a.street,
      city: a.city,
      postalCode: a.postalCode,
      countryCode: a.country,
    });
    await this.#orderMutation(`mutation ($input: CreateAddressInput!) { result: setOrderShippingAddress(input: $input) { ...on Order { id } ${ERROR_FIELDS} } }`, { input: address(shipTo) }, { field: 'shipToId' }, false);
    await this.#orderMutation(`mutation ($input: CreateAddressInput!) { result: setOrderBillingAddress(input: $input) { ...on Order { id } ${ERROR_FIELDS} } }`, { input: address(billTo) }, { field: 'billToId' }, false);
    await this.#orderMutation(`mutation ($ids: [ID!]!) { result: setOrderShippingMethod(shippingMethodId: $ids) { ...on Order { id } ${ERROR_FIELDS} } }`, { ids: [await this.#shippingId()] }, { field: 'shipToId' }, false);
    if (this.#b2b) {
      const customFields = {
        poNumber: input.poNumber?.trim() || null,
        costCenterId: input.costCenterId ?? null,
        requestedDeliveryDate: input.requestedDeliveryDate ?? null,
        partialDelivery: input.partialDelivery,
        orderComment: input.comment?.trim() || null,
        kontorPaymentMethod: input.paymentMethod,
        billToId: input.billToId,
        shipToId: input.shipToId,
        idempotencyKey: input.idempotencyKey,
      };
      await this.#orderMutation(`mutation ($input: UpdateOrderInput!) { result: setOrderCustomFields(input: $input) { ...on Order { id } ${ERROR_FIELDS} } }`, { input: { customFields } }, {}, false);
    }
    await this.#transition('ArrangingPayment');
    try {
      order = await this.#orderMutation(
        `mutation ($input: PaymentInput!) { result: addPaymentToOrder(input: $input) { ...on Order { id } ${errorFields('payment')} } }`,
        { input: { method: methodCode, metadata: {} } },
        { field: 'paymentMethod' },
      );
    } catch (error) {
      // Leave the cart editable again after a refused payment.
      await this.#transition('AddingItems').catch(() => undefined);
      throw error;
    }
    this.#resetCartVersion();
    return orderOf(order);
  }

  async #transition(state: string): Promise<void> {
    const data = await this.#gql<{ result: OrderResult | null }>(
      `mutation ($state: String!) { result: transitionOrderToState(state: $state) { ...on Order { id } ${errorFields('transition')} } }`,
      { state },
    );
    if (data.result && isErrorResult(data.result)) throw errorFromResult(data.result);
  }

  async #paymentCode(method: PaymentMethod): Promise<string> {
    const data = await this.#gql<{ eligiblePaymentMethods: { code: string; isEligible: boolean; eligibilityMessage: string | null }[] }>(
      'query { eligiblePaymentMethods { code isEligible eligibilityMessage } }',
    );
    const eligible = data.eligiblePaymentMethods.filter((m) => m.isEligible);
    const wanted = this.#options.paymentMethods?.[method];
    const code = wanted ? eligible.find((m) => m.code === wanted)?.code : method === 'invoice' ? eligible[0]?.code : undefined;
    if (!code) {
      const message = `This shop does not offer payment by ${method === 'direct-debit' ? 'direct debit' : method} for this order.`;
      throw new ValidationError(message, [{ path: 'paymentMethod', message }]);
    }
    return code;
  }

  async #shippingId(): Promise<string> {
    const data = await this.#gql<{ eligibleShippingMethods: { id: string; code: string; price: number }[] }>('query { eligibleShippingMethods { id code price } }');
    const methods = [...data.eligibleShippingMethods].sort((a, b) => a.price - b.price);
    const wanted = this.#options.shippingMethod;
    const method = wanted ? methods.find((m) => m.code === wanted) : methods[0];
    if (!method) {
      const message = 'The shop cannot deliver to this address.';
      throw new ValidationError(message, [{ path: 'shipToId', message }]);
    }
    return method.id;
  }

  async #orderByKey(key: string): Promise<Order | null> {
    if (!this.#b2b) return null;
    const data = await this.#gql<{ activeCustomer: { orders: { items: VendureOrder[] } } | null }>(
      `query ($key: String!) { activeCustomer { orders(options: { take: 1, filter: { idempotencyKey: { eq: $key }, active: { eq: false } } }) { items { ${this.#order} } } } }`,
      { key },
    );
    const order = data.activeCustomer?.orders.items[0];
    return order ? orderOf(order) : null;
  }

  async listOrders(query: OrderQuery = {}): Promise<readonly Order[]> {
    const data = await this.#gql<{ activeCustomer: { id: string; orders: { items: VendureOrder[] } } | null }>(
      `query { activeCustomer { id orders(options: { take: 100, sort: { orderPlacedAt: DESC }, filter: { active: { eq: false } } }) { items { ${this.#order} } } } }`,
    );
    if (!data.activeCustomer) throw new UnauthorizedError('Please log in to see your orders.');
    if (query.accountId !== undefined && query.accountId !== data.activeCustomer.id) {
      throw new ForbiddenError('These orders belong to an account you cannot act for.');
    }
    // Vendure filters a customer's orders by few fields: the rest is filtered here, over the newest hundred.
    const words = query.search?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
    const orders = data.activeCustomer.orders.items
      .filter((o) => o.orderPlacedAt)
      .map(orderOf)
      .filter((o) => !query.status || o.status === query.status)
      .filter((o) => !query.from || o.placedAt.slice(0, 10) >= query.from)
      .filter((o) => !query.to || o.placedAt.slice(0, 10) <= query.to)
      .filter((o) => !query.poNumber || (o.poNumber ?? '').toLowerCase().includes(query.poNumber.toLowerCase()))
      .filter((o) => !query.placedBy || o.placedBy.userId === query.placedBy)
      .filter((o) => {
        const text = [o.number, o.poNumber ?? '', ...o.lines.flatMap((l) => [l.sku, l.name])].join(' ').toLowerCase();
        return words.every((w) => text.includes(w));
      })
      .sort((a, b) => b.placedAt.localeCompare(a.placedAt));
    const offset = query.offset ?? 0;
    return orders.slice(offset, offset + (query.limit ?? 20));
  }

  async getOrder(id: string): Promise<Order> {
    if (!this.#tokens.get()) throw new UnauthorizedError('Please log in to see your orders.');
    const data = await this.#gql<{ orderByCode: VendureOrder | null }>(`query ($code: String!) { orderByCode(code: $code) { ${this.#order} } }`, { code: id }).catch(
      (error: unknown) => {
        // Vendure refuses another customer's order as forbidden: to the buyer it does not exist.
        if (error instanceof UnauthorizedError) throw new NotFoundError(`No order ${id}.`);
        throw error;
      },
    );
    if (!data.orderByCode) throw new NotFoundError(`No order ${id}.`);
    return orderOf(data.orderByCode);
  }

  // ── what Vendure has not ───────────────────────────────────────────────────

  async listApprovals(): Promise<readonly ApprovalRequest[]> {
    return [];
  }

  async decideApproval(id: string, _input?: ApprovalDecisionInput): Promise<ApprovalRequest> {
    throw unsupported(`Approval ${id}`);
  }
}

/** Marks categories with Vendure's own collection id (kept off the enumerable contract fields). */
const VENDURE_ID = Symbol('vendureCollectionId');

function pathOf(categories: readonly Category[], collectionIds: readonly string[]): CategoryRef[] {
  const ids = new Set(collectionIds);
  const inside = categories.filter((c) => ids.has((c as Category & { [VENDURE_ID]?: string })[VENDURE_ID] ?? ''));
  // The deepest collection's chain, root first.
  const deepest = inside.at(-1);
  const chain: CategoryRef[] = [];
  for (let c: Category | undefined = deepest; c; c = categories.find((p) => p.id === c?.parentId)) chain.unshift({ id: c.id, name: c.name });
  return chain;
}

function highlightsOf(name: string, query: string | undefined): [number, number][] {
  const words = query?.toLowerCase().split(/\s+/).filter((w) => w.length > 1) ?? [];
  const lower = name.toLowerCase();
  return words.flatMap((w) => {
    const at = lower.indexOf(w);
    return at >= 0 ? [[at, at + w.length] as [number, number]] : [];
  });
}

function quantityOk(quantity: number, path: string): void {
  const problem = checkQuantity(PIECE_RULES, quantity);
  if (!problem) return;
  const message =
    problem.code === 'too-large'
      ? `At most ${problem.max} per line.`
      : problem.code === 'fractional'
        ? 'Whole pieces only.'
        : 'The quantity must be a whole number above zero.';
  throw new ValidationError(message, [{ path, message }]);
}

function noNotes(path: string): ValidationError {
  const message = 'This shop does not keep notes on cart lines.';
  return new ValidationError(message, [{ path, message }]);
}

/** Creates the adapter for a Vendure server's Shop API. */
export function createVendureAdapter(options: VendureAdapterOptions): VendureCommerceAdapter {
  return new VendureCommerceAdapter(options);
}
