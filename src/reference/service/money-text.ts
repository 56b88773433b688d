/** Money in sentences ("EUR 2,500.00" in English, "2.500,00 EUR" in German) and limits. */
import type { Money } from '../../commerce/index.js';
import type { Locale } from '../catalog/types.js';
import { convertFromEur, roundHalfAwayFromZero } from '../pricing/index.js';
import { numberFormat } from '../../commerce/formatters.js';

/** A user's limit (kept in EUR) in an order's currency, rounded to minor units. */
export function limitIn(limit: Money, currency: string): number {
  return roundHalfAwayFromZero(convertFromEur(limit.amountMinor, currency));
}

/** Formats an amount with its ISO code, the way business letters do. */
export function moneyText(value: Money, locale: Locale): string {
  const amount = numberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value.amountMinor / 100);
  return locale === 'de' ? `${amount} ${value.currency}` : `${value.currency} ${amount}`;
}
