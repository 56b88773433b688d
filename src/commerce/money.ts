/**
 * Money is carried in integer minor units (cents, Rappen) so that no client ever re-rounds
 * a figure the backend already rounded: totals shown are the backend's totals, to the cent.
 */
import { numberFormat } from './formatters.js';

/** ISO 4217 currency code, e.g. `EUR` or `CHF`. */
export type CurrencyCode = string;

/** An amount of money in integer minor units of its currency. */
export interface Money {
  /** Integer amount in minor units (1234 = 12.34 EUR). */
  readonly amountMinor: number;
  /** ISO 4217 currency code. */
  readonly currency: CurrencyCode;
}

/** Builds a {@link Money}, refusing non-integer minor units so rounding never hides. */
export function money(amountMinor: number, currency: CurrencyCode): Money {
  if (!Number.isSafeInteger(amountMinor)) {
    throw new RangeError(`Money needs integer minor units, got ${amountMinor}`);
  }
  return { amountMinor, currency };
}

/** Formats money for display through `Intl.NumberFormat` in the given locale. */
export function formatMoney(value: Money, locale: string): string {
  return numberFormat(locale, { style: 'currency', currency: value.currency }).format(
    value.amountMinor / 100,
  );
}
