/** Cart and order totals from priced lines. */
import { money, type PriceQuote, type Totals } from '../../commerce/index.js';

/** Sums lines: net, VAT per rate (sum of the per-line VAT) and gross. */
export function totalsOf(quotes: readonly PriceQuote[], currency: string): Totals {
  let net = 0;
  const vatByRate = new Map<number, number>();
  for (const q of quotes) {
    net += q.lineNet.amountMinor;
    vatByRate.set(q.vatRate, (vatByRate.get(q.vatRate) ?? 0) + q.lineVat.amountMinor);
  }
  const vat = [...vatByRate].map(([rate, amount]) => ({ rate, amount: money(amount, currency) }));
  const vatTotal = vat.reduce((sum, v) => sum + v.amount.amountMinor, 0);
  return { net: money(net, currency), vat, gross: money(net + vatTotal, currency) };
}
