import { msg, str } from '@lit/localize';
import { unitLabel } from './units.js';
import { numberFormat } from '../../src/commerce/formatters.js';

/** Availability in words: the count when in stock, otherwise a clear "on request". */
export function stockLabel(stockTotal: number, unit: string, locale: string): string {
  if (stockTotal <= 0) return msg('Not in stock, lead time on request', { id: 'stock-none' });
  const count = numberFormat(locale).format(stockTotal);
  return msg(str`${count} ${unitLabel(unit)} in stock`, { id: 'stock-count' });
}
