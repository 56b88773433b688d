/**
 * The order list as CSV for a spreadsheet: one row per order with number, dates, PO number,
 * who ordered, status and totals. Cells are neutralised against formula injection the same
 * way the quick order export does it, and German lists use `;`.
 */
import Papa from 'papaparse';
import type { Order } from '../commerce/index.js';
import { neutralizeCell } from '../quick-order/export.js';

/** Column titles in the page's language, and the status in words. */
export interface OrderCsvLabels {
  readonly header: readonly [number: string, placedAt: string, poNumber: string, placedBy: string, status: string, net: string, gross: string, currency: string];
  status(order: Order): string;
}

/** CSV text of the orders (amounts as plain decimals so spreadsheets can sum them). */
export function ordersCsv(orders: readonly Order[], labels: OrderCsvLabels, locale: string): string {
  const german = locale.toLowerCase().startsWith('de');
  const amount = (minor: number): string => {
    const text = (minor / 100).toFixed(2);
    return german ? text.replace('.', ',') : text;
  };
  const rows = orders.map((o) => [
    o.number,
    o.placedAt.slice(0, 10),
    o.poNumber ?? '',
    o.placedBy.name,
    labels.status(o),
    amount(o.totals.net.amountMinor),
    amount(o.totals.gross.amountMinor),
    o.totals.gross.currency,
  ]);
  const data = [labels.header, ...rows].map((row) => row.map(neutralizeCell));
  return Papa.unparse(data, { delimiter: german ? ';' : ',', newline: '\r\n' });
}
