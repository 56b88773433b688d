/**
 * Kontor's headless core: the commerce contract, the adapters, the storefront state and
 * the page-level configuration. No Lit elements here; those live in `kontor/components/*`.
 */
export * from './commerce/index.js';
export * from './adapters/index.js';
export { createCommerce, type Commerce } from './state/commerce.js';
export { idle, toCommerceError, type AsyncValue } from './state/async-value.js';
export { createPriceLoader, priceRequestProblem, type PriceLoader } from './state/price-loader.js';
export { commerceContext } from './context.js';
export { configure, configFromScript, pageCommerce, whenConfigured, adapterFromConfig, type KontorConfig } from './page-provider.js';
export { createSearchStore, type SearchStore } from './state/search-store.js';
export { createResource, type Resource } from './state/resource.js';
export { createQuickOrder, type QuickOrder, type QuickOrderProgress, type ImportReport, type AddOutcome } from './state/quick-order.js';
export { fixFor, type LineFix, type LineIssue, type LineNotice, type LineResult, type QuickOrderRow, type QuickOrderSummary } from './quick-order/validate.js';
export { createCheckout, type Checkout, type CheckoutAttempt } from './state/checkout.js';
