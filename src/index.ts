/**
 * Kontor's headless core: the commerce contract, the adapters, the storefront state and
 * the page-level configuration. No Lit elements here; those live in `kontor/components/*`.
 */
export * from './commerce/index.js';
export * from './adapters/index.js';
export { createCommerce, type Commerce, type CommerceOptions } from './state/commerce.js';
export { createDurableStore, indexedDbStore, memoryStore, type DurableStore, type KeyValueStore, type StorageProblem } from './state/cart-persistence.js';
export { CROSS_TAB_CHANNEL, type CrossTabMessage } from './state/cross-tab.js';
export { createCartEditor, type CartEditor, type RemovedLine } from './state/cart-editor.js';
export { createSavedCarts, type SavedCarts } from './state/saved-carts.js';
export { idle, toCommerceError, type AsyncValue } from './state/async-value.js';
export { createPriceLoader, priceRequestProblem, type PriceLoader } from './state/price-loader.js';
export { commerceContext } from './context.js';
export { configure, configFromScript, pageCommerce, whenConfigured, adapterFromConfig, storefrontOptions, type KontorConfig } from './page-provider.js';
export { createSearchStore, type SearchStore } from './state/search-store.js';
export { createResource, type Resource } from './state/resource.js';
export { approvalInboxOf, createApprovalInbox, type ApprovalInbox } from './state/approvals.js';
export { ordersCsv, type OrderCsvLabels } from './orders/export.js';
export { planReorder, reorderLines, type ReorderPlan, type UnavailableLine } from './orders/reorder.js';
export { createQuickOrder, type QuickOrder, type QuickOrderProgress, type ImportReport, type AddOutcome } from './state/quick-order.js';
export { fixFor, type LineFix, type LineIssue, type LineNotice, type LineResult, type QuickOrderRow, type QuickOrderSummary } from './quick-order/validate.js';
export { createCheckout, createCheckoutPreview, EMPTY_DRAFT, type Checkout, type CheckoutAttempt, type CheckoutDraft, type PreviewKey } from './state/checkout.js';
