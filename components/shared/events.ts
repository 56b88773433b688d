import type { ApprovalRequest, Cart, CartLineInput, CheckoutInput, CommerceError, Configuration, FacetFilter, Order, SearchSort, Sku } from '../../src/index.js';

/** Detail of `kontor-add-to-cart`: fired before adding; cancel it to stop the add. */
export interface AddToCartDetail {
  readonly sku: Sku;
  readonly quantity: number;
  /** The choices of a configured product (from `<kontor-configurator>`). */
  readonly configuration?: Configuration;
}

/** Detail of `kontor-configuration-change`: the buyer changed a choice in the configurator. */
export interface ConfigurationChangeDetail {
  readonly sku: Sku;
  /** The choices as they stand (canonical: model order, unset groups left out). */
  readonly configuration: Configuration;
  /** Whether the choices and quantity can be ordered as they are. */
  readonly valid: boolean;
  /** The configuration code when valid, else null. */
  readonly code: string | null;
}

/** Detail of `kontor-cart-change`: fired after the cart changed. */
export interface CartChangeDetail {
  readonly cart: Cart;
}

/** Detail of `kontor-checkout`: fired before an order is placed; cancel it to stop the order. */
export interface CheckoutDetail {
  readonly input: Omit<CheckoutInput, 'idempotencyKey'>;
  readonly cart: Cart;
}

/** Detail of `kontor-order-placed`: an order exists (placed now, or recovered after a lost reply). */
export interface OrderPlacedDetail {
  readonly order: Order;
}

/** Detail of `kontor-reorder`: fired before lines of a past order go to the cart or quick order; cancelable. */
export interface ReorderDetail {
  readonly order: Order;
  readonly lines: readonly CartLineInput[];
  /** Where the lines go: the cart, or a quick order list on the page. */
  readonly target: 'cart' | 'quick-order';
}

/** Detail of `kontor-approval-decision`: an approver decided a request (the request as it now stands). */
export interface ApprovalDecisionDetail {
  readonly request: ApprovalRequest;
}

/** Detail of `kontor-error`: fired when a backend call failed; the element shows it too. */
export interface ErrorDetail {
  readonly error: CommerceError;
  /** Tag name of the element that failed. */
  readonly source: string;
  /** What the element was doing, e.g. `add-to-cart`. */
  readonly action: string;
}

/** Detail of `kontor-product-view`: a product was shown in detail. */
export interface ProductViewDetail {
  readonly sku: Sku;
  readonly categoryIds: readonly string[];
}

/** Detail of `kontor-quick-order-add`: fired before quick order adds its valid lines; cancel it to stop. */
export interface QuickOrderAddDetail {
  readonly lines: readonly { readonly sku: Sku; readonly quantity: number }[];
}

/** Detail of `kontor-search`: fired before the search box opens the results page; cancel it to search yourself. */
export interface SearchDetail {
  readonly query: string;
}

/** Detail of `kontor-suggestion-select`: fired before a typeahead suggestion is followed; cancelable. */
export interface SuggestionSelectDetail {
  readonly kind: 'product' | 'category' | 'completion' | 'recent';
  /** The SKU, the category id, or the query text. */
  readonly value: string;
  /** What was typed. */
  readonly query: string;
}

/** Detail of `kontor-suggestions`: the search box painted the suggestions for what was typed (for telemetry). */
export interface SuggestionsDetail {
  /** The text the suggestions are for. */
  readonly query: string;
  /** Suggestions shown. */
  readonly count: number;
  /** Milliseconds from the keystroke to the frame that painted them. */
  readonly durationMs: number;
}

/** Detail of `kontor-results`: a listing rendered results (for telemetry). */
export interface ResultsDetail {
  readonly total: number;
  readonly query: string;
  readonly categoryId: string;
  /** Milliseconds from the request to the rendered results. */
  readonly durationMs: number;
}

/** Detail of `kontor-filter-change`: the buyer changed a listing's filters, category, sort or page. */
export interface FilterChangeDetail {
  readonly query: string;
  readonly categoryId: string;
  readonly filters: readonly FacetFilter[];
  readonly sort: SearchSort;
  /** The page shown, from 0. */
  readonly page: number;
}

/** Detail of `kontor-personalize`: a `<kontor-slot>` placed a variant (for telemetry and analytics). */
export interface PersonalizeDetail {
  /** The slot's `name`. */
  readonly slot: string;
  /** The variant's `data-variant`, else its segment, else `default`. */
  readonly variant: string;
  /** The segment that chose it; null for the default. */
  readonly segment: string | null;
  /** Whether the marketers' preview chose it (not the visitor's profile). */
  readonly preview: boolean;
}

/** Detail of `kontor-variant-change`: the buyer chose another variant of a family. */
export interface VariantChangeDetail {
  readonly sku: Sku;
  readonly previousSku: Sku;
}

/** Detail of `kontor-question-sent`: a question about a product reached the sales team. */
export interface QuestionSentDetail {
  readonly sku: Sku;
  readonly questionId: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kontor-reorder': CustomEvent<ReorderDetail>;
    'kontor-approval-decision': CustomEvent<ApprovalDecisionDetail>;
    'kontor-variant-change': CustomEvent<VariantChangeDetail>;
    'kontor-question-sent': CustomEvent<QuestionSentDetail>;
    'kontor-add-to-cart': CustomEvent<AddToCartDetail>;
    'kontor-configuration-change': CustomEvent<ConfigurationChangeDetail>;
    'kontor-cart-change': CustomEvent<CartChangeDetail>;
    'kontor-checkout': CustomEvent<CheckoutDetail>;
    'kontor-order-placed': CustomEvent<OrderPlacedDetail>;
    'kontor-error': CustomEvent<ErrorDetail>;
    'kontor-product-view': CustomEvent<ProductViewDetail>;
    'kontor-results': CustomEvent<ResultsDetail>;
    'kontor-filter-change': CustomEvent<FilterChangeDetail>;
    'kontor-search': CustomEvent<SearchDetail>;
    'kontor-suggestion-select': CustomEvent<SuggestionSelectDetail>;
    'kontor-suggestions': CustomEvent<SuggestionsDetail>;
    'kontor-quick-order-add': CustomEvent<QuickOrderAddDetail>;
    'kontor-personalize': CustomEvent<PersonalizeDetail>;
    'kontor-install': CustomEvent<InstallDetail>;
  }
}

/** Detail of `kontor-install`: what the buyer answered to the browser's install dialog. */
export interface InstallDetail {
  readonly outcome: 'accepted' | 'dismissed' | 'unavailable';
}

/** Event names with their detail types. */
export interface KontorEventDetails {
  'kontor-install': InstallDetail;
  'kontor-reorder': ReorderDetail;
  'kontor-approval-decision': ApprovalDecisionDetail;
  'kontor-variant-change': VariantChangeDetail;
  'kontor-question-sent': QuestionSentDetail;
  'kontor-add-to-cart': AddToCartDetail;
  'kontor-configuration-change': ConfigurationChangeDetail;
  'kontor-cart-change': CartChangeDetail;
  'kontor-checkout': CheckoutDetail;
  'kontor-order-placed': OrderPlacedDetail;
  'kontor-error': ErrorDetail;
  'kontor-product-view': ProductViewDetail;
  'kontor-results': ResultsDetail;
  'kontor-filter-change': FilterChangeDetail;
  'kontor-search': SearchDetail;
  'kontor-suggestion-select': SuggestionSelectDetail;
  'kontor-suggestions': SuggestionsDetail;
  'kontor-quick-order-add': QuickOrderAddDetail;
  'kontor-personalize': PersonalizeDetail;
}

/**
 * Fires a Kontor event from `target`: bubbling and composed, so page scripts and the SDK
 * hear it at the document through shadow roots. Returns false when a listener cancelled it.
 */
export function emit<K extends keyof KontorEventDetails>(
  target: EventTarget,
  name: K,
  detail: KontorEventDetails[K],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
