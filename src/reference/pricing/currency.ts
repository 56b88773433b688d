/**
 * Currencies. Catalog prices are in EUR; Swiss accounts pay in CHF at a fixed rate that is
 * part of the documented contract of the reference backend (no daily rates: prices must be
 * reproducible in tests).
 */

/** CHF per EUR used for all conversions. */
export const EUR_TO_CHF = 0.94;

/** Converts an unrounded EUR amount in cents into unrounded minor units of `currency`. */
export function convertFromEur(eurMinor: number, currency: string): number {
  if (currency === 'EUR') return eurMinor;
  if (currency === 'CHF') return eurMinor * EUR_TO_CHF;
  throw new RangeError(`Unsupported currency ${currency}`);
}
