/**
 * The commerce contract: the one seam between Kontor's components and any backend.
 * An adapter implements {@link CommerceAdapter}; the contract suite
 * (`kontor/contract-suite`) proves an implementation.
 *
 * Versioning follows semver: additions to types or optional methods are minor; any change
 * that breaks an existing adapter or caller is major.
 */
import type { Capabilities } from './capabilities.js';
import type { SkuLookup } from './sku-lookup-types.js';
import type { AccountInvoices, ApprovalQuery, BulkDecisionInput, BulkDecisionResult, DemoClock } from './history-types.js';
import type {
  Category,
  Product,
  SearchRequest,
  SearchResult,
  Sku,
  Suggestions,
} from './catalog-types.js';
import type { PriceQuote, PriceRequestItem } from './pricing-types.js';
import type { ConfigurationModel, ConfigurationPriceRequest, ConfiguredPrice } from './configuration-types.js';
import type {
  ProductQuestion,
  ProductQuestionInput,
  ProductQuestionQuery,
  ProductRatingInput,
  ProductRatings,
  VariantFamily,
} from './product-types.js';
import type { Credentials, DemoUser, Session, SessionContext } from './account-types.js';
import type {
  ApprovalDecisionInput,
  ApprovalRequest,
  Cart,
  CartLineInput,
  CartLinePatch,
  CheckoutInput,
  Order,
  OrderQuery,
} from './order-types.js';
import type {
  CheckoutPreview,
  CheckoutPreviewInput,
  RestoreResult,
  SaveCartInput,
  SavedCart,
  SavedCartPatch,
} from './checkout-types.js';

/**
 * The contract version this code implements. 1.1: optional methods for SKU lookup, checkout
 * preview, saved carts, variant families, questions, ratings, configurations, invoices,
 * approval filters and bulk decisions, the demo clock, adapter disposal; configurations on
 * cart and order lines; promotion codes in the session context. Every 1.0 adapter still fits.
 */
export const CONTRACT_VERSION = '1.1.0';

/** What an adapter says about itself. */
export interface AdapterInfo {
  readonly name: string;
  readonly contractVersion: string;
  readonly capabilities: Capabilities;
}

/**
 * A backend, as Kontor sees it. Every method may reject with a `CommerceError`
 * (see `errors.ts`); none rejects with anything else.
 */
export interface CommerceAdapter {
  /**
   * Releases what the adapter holds (a worker, open connections). Optional; after it, calls
   * fail with `unavailable`.
   */
  dispose?(): void;

  /** Name, contract version and capabilities. */
  info(): Promise<AdapterInfo>;

  /** The current session (anonymous when nobody is logged in). */
  getSession(): Promise<Session>;
  /** Logs in; the new session's context is the user's first account. */
  login(credentials: Credentials): Promise<Session>;
  /** Logs out; afterwards the session is anonymous. */
  logout(): Promise<Session>;
  /** Switches account, bill-to, ship-to or locale; prices follow the new context. */
  setContext(patch: Partial<SessionContext>): Promise<Session>;
  /** Users a demo may switch between (capability `demoUsers`). */
  listDemoUsers(): Promise<readonly DemoUser[]>;

  /** Searches the catalog; hits carry the customer's prices. */
  search(request: SearchRequest): Promise<SearchResult>;
  /** Typeahead for a prefix (capability `suggest`). */
  suggest(query: string, limit?: number): Promise<Suggestions>;
  /** The category tree, flat, parents before children. */
  getCategories(): Promise<readonly Category[]>;
  /** One product by SKU. */
  getProduct(sku: Sku): Promise<Product>;
  /**
   * Resolves many codes (SKU, part number, EAN) in one request, for quick order's per-line
   * validation (optional: without it quick order asks `getProduct` per code). One answer per
   * code, in order; at most `MAX_LOOKUP_CODES` codes.
   */
  lookupSkus?(codes: readonly string[]): Promise<readonly SkuLookup[]>;
  /**
   * The rules of a configurable product, in the session's language (optional: without it
   * configurable products cannot be configured). Not found for a product without a model.
   */
  getConfigurationModel?(sku: Sku): Promise<ConfigurationModel>;
  /**
   * Prices a configuration for a quantity, exactly as a cart line of it would be priced;
   * rejects an invalid configuration with a validation error per problem (optional, with
   * `getConfigurationModel`).
   */
  priceConfiguration?(request: ConfigurationPriceRequest): Promise<ConfiguredPrice>;
  /** Prices for many SKUs and quantities in one request, in the session's context. */
  getPrices(items: readonly PriceRequestItem[]): Promise<readonly PriceQuote[]>;

  /** The session's cart. */
  getCart(): Promise<Cart>;
  /** Adds lines (merging with existing lines of the same SKU). */
  addToCart(lines: readonly CartLineInput[]): Promise<Cart>;
  /** Changes a line's quantity or note. */
  updateCartLine(lineId: string, patch: CartLinePatch): Promise<Cart>;
  /** Removes a line. */
  removeCartLine(lineId: string): Promise<Cart>;

  /**
   * The order as it would be placed now (optional): totals for the ship-to, availability
   * per line, shipments by warehouse, the credit check. Changes nothing.
   */
  previewCheckout?(input: CheckoutPreviewInput): Promise<CheckoutPreview>;

  /** Places the cart as an order; idempotent per `input.idempotencyKey`. */
  placeOrder(input: CheckoutInput): Promise<Order>;
  /** Orders of the current account, newest first. */
  listOrders(query?: OrderQuery): Promise<readonly Order[]>;
  /** One order. */
  getOrder(id: string): Promise<Order>;

  /** Saved carts the user may see: their own and those shared in the company (capability `savedCarts`). */
  listSavedCarts?(): Promise<readonly SavedCart[]>;
  /** Saves the current cart's lines under a name; the cart stays as it is. */
  saveCart?(input: SaveCartInput): Promise<SavedCart>;
  /** Renames or shares a saved cart (its owner only). */
  updateSavedCart?(id: string, patch: SavedCartPatch): Promise<SavedCart>;
  /** Deletes a saved cart (its owner only). */
  deleteSavedCart?(id: string): Promise<void>;
  /** Adds a saved cart's lines to the current cart, skipping lines that cannot be ordered. */
  restoreSavedCart?(id: string): Promise<RestoreResult>;

  /** Approval requests the user may see: their own, and those they may decide; filtered by `query`. */
  listApprovals(query?: ApprovalQuery): Promise<readonly ApprovalRequest[]>;
  /** Approves or rejects a pending request. */
  decideApproval(id: string, input: ApprovalDecisionInput): Promise<ApprovalRequest>;

  /** A variant family with all members, their axis values and availability (capability `variantFamilies`). */
  getVariantFamily?(familyId: string): Promise<VariantFamily>;
  /** Sends a question about a product to the sales team; needs a login (capability `productQuestions`). */
  askQuestion?(input: ProductQuestionInput): Promise<ProductQuestion>;
  /** The current account's questions with their answers, newest first (capability `productQuestions`). */
  listQuestions?(query?: ProductQuestionQuery): Promise<readonly ProductQuestion[]>;
  /** Ratings of a product and whether the caller may rate it (capability `ratings`). */
  getRatings?(sku: Sku): Promise<ProductRatings>;
  /** Rates a product the caller's account ordered; a second rating replaces the first (capability `ratings`). */
  rateProduct?(input: ProductRatingInput): Promise<ProductRatings>;
  /** Decides several requests at once; each gets its own outcome (capability `approvals`). */
  decideApprovals?(input: BulkDecisionInput): Promise<readonly BulkDecisionResult[]>;

  /** Invoices of the current account with its credit use (capability `orderHistory`). */
  listInvoices?(): Promise<AccountInvoices>;
  /** Moves a demo backend's clock forward by `hours` (0 reads it); capability `demoUsers`. */
  advanceDemoClock?(hours: number): Promise<DemoClock>;
}
