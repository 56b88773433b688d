/** Pricing of the reference backend: sources, rounding, currency, VAT and totals. */
export { quotePrice, candidateUnits, SOURCE_PREFERENCE, type PricingContext } from './quote.js';
export { findPromotion, normalizeCode, type PromotionLookup } from './promotions.js';
export { roundHalfAwayFromZero, lineAmount, vatAmount, QUANTITY_DECIMALS } from './rounding.js';
export { EUR_TO_CHF, convertFromEur } from './currency.js';
export { VAT_PER_MILLE, vatPerMille } from './vat.js';
export { totalsOf } from './totals.js';
