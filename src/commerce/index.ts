/** The commerce contract: types, errors, capabilities and money helpers. */
export * from './money.js';
export * from './catalog-types.js';
export * from './product-types.js';
export * from './pricing-types.js';
export * from './account-types.js';
export * from './order-types.js';
export * from './sku-lookup-types.js';
export * from './history-types.js';
export * from './checkout-types.js';
export * from './configuration-types.js';
export * from './capabilities.js';
export * from './errors.js';
export * from './contract.js';
export * from './rest-routes.js';
export * from './quantity.js';
