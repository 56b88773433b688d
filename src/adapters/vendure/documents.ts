/**
 * The Shop API operations the adapter sends, and the shapes of their answers (only the
 * fields asked for). Plain strings: no GraphQL tooling ships in the bundle.
 */

/** An ErrorResult member of a Vendure result union. */
export interface VendureErrorResult {
  readonly __typename: string;
  readonly errorCode: string;
  readonly message: string;
  readonly quantityAvailable?: number;
  readonly transitionError?: string;
  readonly paymentErrorMessage?: string;
  readonly eligibilityCheckerMessage?: string;
  readonly couponCode?: string;
}

/**
 * Fields of the ErrorResult members of a union. GraphQL refuses a fragment on a type that is
 * not a member of the union, so each mutation names the specific members it can return.
 */
export function errorFields(...members: readonly ('stock' | 'transition' | 'payment' | 'coupon')[]): string {
  const specific = {
    stock: '... on InsufficientStockError { quantityAvailable }',
    transition: '... on OrderStateTransitionError { transitionError }',
    payment: '... on PaymentFailedError { paymentErrorMessage } ... on PaymentDeclinedError { paymentErrorMessage } ... on OrderStateTransitionError { transitionError }',
    coupon: '... on CouponCodeInvalidError { couponCode }',
  };
  return ['... on ErrorResult { errorCode message }', ...members.map((m) => specific[m])].join(' ');
}

/** The ErrorResult fields every union has. */
export const ERROR_FIELDS = errorFields();

export interface VendureAsset {
  readonly preview: string;
  readonly name: string;
}

export interface VendureFacetValue {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly facet: { readonly code: string; readonly name: string };
}

export interface VendureVariant {
  readonly id: string;
  readonly sku: string;
  readonly name: string;
  readonly price: number;
  readonly priceWithTax: number;
  readonly currencyCode: string;
  readonly stockLevel: string;
  readonly featuredAsset: VendureAsset | null;
  readonly options: readonly { readonly code: string; readonly name: string; readonly group: { readonly code: string; readonly name: string } }[];
  readonly facetValues: readonly VendureFacetValue[];
}

export interface VendureProduct {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly description: string;
  readonly featuredAsset: VendureAsset | null;
  readonly assets: readonly VendureAsset[];
  readonly facetValues: readonly VendureFacetValue[];
  readonly collections: readonly { readonly id: string; readonly slug: string; readonly name: string }[];
  readonly variants: readonly VendureVariant[];
}

const FACET_VALUE = 'id code name facet { code name }';

export const PRODUCT_FIELDS = `id name slug description
  featuredAsset { preview name } assets { preview name }
  facetValues { ${FACET_VALUE} }
  collections { id slug name }
  variants { id sku name price priceWithTax currencyCode stockLevel featuredAsset { preview name }
    options { code name group { code name } } facetValues { ${FACET_VALUE} } }`;

export interface VendureSearchItem {
  readonly sku: string;
  readonly productId: string;
  readonly productVariantId: string;
  readonly productVariantName: string;
  readonly productName: string;
  readonly currencyCode: string;
  readonly price: { readonly value?: number; readonly min?: number };
  readonly priceWithTax: { readonly value?: number; readonly min?: number };
  readonly inStock: boolean;
  readonly collectionIds: readonly string[];
  readonly facetValueIds: readonly string[];
  readonly productAsset: { readonly preview: string } | null;
  readonly productVariantAsset: { readonly preview: string } | null;
}

export interface VendureSearch {
  readonly search: {
    readonly totalItems: number;
    readonly items: readonly VendureSearchItem[];
    readonly facetValues: readonly { readonly count: number; readonly facetValue: VendureFacetValue }[];
  };
}

export const SEARCH = `query KontorSearch($input: SearchInput!) {
  search(input: $input) {
    totalItems
    items { sku productId productVariantId productVariantName productName currencyCode
      price { ... on SinglePrice { value } ... on PriceRange { min } }
      priceWithTax { ... on SinglePrice { value } ... on PriceRange { min } }
      inStock collectionIds facetValueIds productAsset { preview } productVariantAsset { preview } }
    facetValues { count facetValue { ${FACET_VALUE} } }
  }
}`;

export interface VendureCollection {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly parentId: string;
  readonly breadcrumbs: readonly { readonly id: string; readonly slug: string; readonly name: string }[];
}

export const COLLECTIONS = `query KontorCollections {
  collections(options: { take: 100 }) { items { id slug name parentId breadcrumbs { id slug name } } }
  search(input: { take: 0, groupByProduct: false }) { collections { count collection { id } } }
}`;

export interface VendureCollections {
  readonly collections: { readonly items: readonly VendureCollection[] };
  readonly search: { readonly collections: readonly { readonly count: number; readonly collection: { readonly id: string } }[] };
}

export interface VendureAddress {
  readonly id: string;
  readonly fullName: string | null;
  readonly company: string | null;
  readonly streetLine1: string;
  readonly streetLine2: string | null;
  readonly city: string | null;
  readonly postalCode: string | null;
  readonly country: { readonly code: string };
  readonly defaultShippingAddress: boolean | null;
  readonly defaultBillingAddress: boolean | null;
}

export interface VendureCustomer {
  readonly id: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly emailAddress: string;
  readonly addresses: readonly VendureAddress[] | null;
}

export interface VendureActiveCustomer {
  readonly activeCustomer: VendureCustomer | null;
  readonly activeChannel: { readonly code: string; readonly defaultCurrencyCode: string };
}

export const ACTIVE_CUSTOMER = `query KontorCustomer {
  activeCustomer { id firstName lastName emailAddress
    addresses { id fullName company streetLine1 streetLine2 city postalCode country { code } defaultShippingAddress defaultBillingAddress } }
  activeChannel { code defaultCurrencyCode }
}`;

export const CHANNEL = `query KontorChannel { activeChannel { code defaultCurrencyCode } }`;

export const LOGIN = `mutation KontorLogin($username: String!, $password: String!) {
  login(username: $username, password: $password, rememberMe: true) { __typename ... on CurrentUser { id identifier } ${ERROR_FIELDS} }
}`;

export const LOGOUT = `mutation KontorLogout { logout { success } }`;

export const REGISTER = `mutation KontorRegister($input: RegisterCustomerInput!) {
  registerCustomerAccount(input: $input) { __typename ${ERROR_FIELDS} }
}`;

/** Order custom fields written by the adapter (see docs/vendure.md for the server side). */
export interface KontorOrderFields {
  readonly poNumber: string | null;
  readonly costCenterId: string | null;
  readonly requestedDeliveryDate: string | null;
  readonly partialDelivery: boolean | null;
  readonly orderComment: string | null;
  readonly kontorPaymentMethod: string | null;
  readonly billToId: string | null;
  readonly shipToId: string | null;
  readonly idempotencyKey: string | null;
}

export interface VendureOrderLine {
  readonly id: string;
  readonly quantity: number;
  readonly unitPrice: number;
  readonly linePrice: number;
  readonly proratedUnitPrice: number;
  readonly proratedLinePrice: number;
  readonly proratedLinePriceWithTax: number;
  readonly taxRate: number;
  readonly productVariant: { readonly id: string; readonly sku: string; readonly name: string };
  readonly customFields?: { readonly note: string | null } | null;
}

export interface VendureOrder {
  readonly __typename: 'Order';
  readonly id: string;
  readonly code: string;
  readonly state: string;
  readonly active: boolean;
  readonly updatedAt: string;
  readonly orderPlacedAt: string | null;
  readonly currencyCode: string;
  readonly subTotal: number;
  readonly subTotalWithTax: number;
  readonly total: number;
  readonly totalWithTax: number;
  readonly couponCodes: readonly string[];
  readonly taxSummary: readonly { readonly taxRate: number; readonly taxTotal: number }[];
  readonly customer: { readonly id: string; readonly firstName: string; readonly lastName: string } | null;
  readonly customFields?: KontorOrderFields | null;
  readonly lines: readonly VendureOrderLine[];
  readonly fulfillments: readonly {
    readonly id: string;
    readonly state: string;
    readonly method: string;
    readonly trackingCode: string | null;
    readonly createdAt: string;
    readonly updatedAt: string;
    readonly lines: readonly { readonly orderLineId: string; readonly quantity: number }[];
  }[] | null;
}

/**
 * The order fields to ask for; `b2bFields` adds the custom fields that hold PO number, cost
 * center, delivery date, comment and line notes (a server without them would refuse the query).
 */
export function orderFields(b2bFields: boolean): string {
  const orderCustom = b2bFields
    ? 'customFields { poNumber costCenterId requestedDeliveryDate partialDelivery orderComment kontorPaymentMethod billToId shipToId idempotencyKey }'
    : '';
  const lineCustom = b2bFields ? 'customFields { note }' : '';
  return `__typename id code state active updatedAt orderPlacedAt currencyCode
    subTotal subTotalWithTax total totalWithTax couponCodes
    taxSummary { taxRate taxTotal }
    customer { id firstName lastName }
    ${orderCustom}
    lines { id quantity unitPrice linePrice proratedUnitPrice proratedLinePrice proratedLinePriceWithTax taxRate
      productVariant { id sku name } ${lineCustom} }
    fulfillments { id state method trackingCode createdAt updatedAt lines { orderLineId quantity } }`;
}

/** An order mutation's result union: the order or an ErrorResult. */
export type OrderResult = VendureOrder | VendureErrorResult;
