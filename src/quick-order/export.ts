/**
 * The quick order list as CSV for download: one header row, code and quantity, in a form
 * that pastes back in unchanged. Cells that a spreadsheet would run as a formula
 * (`=HYPERLINK(...)`, `+`, `-`, `@`, or a leading tab or carriage return) are neutralised with
 * a leading apostrophe, the usual defence against CSV injection.
 */
import Papa from 'papaparse';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell made safe to open in a spreadsheet. */
export function neutralizeCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** CSV text of rows; German lists use `;` (what German spreadsheets expect), others `,`. */
export function toCsv(rows: readonly { readonly code: string; readonly quantityText: string }[], header: readonly [string, string], locale: string): string {
  const delimiter = locale.toLowerCase().startsWith('de') ? ';' : ',';
  const data = [header.map(neutralizeCell), ...rows.map((row) => [neutralizeCell(row.code), neutralizeCell(row.quantityText)])];
  return Papa.unparse(data, { delimiter, newline: '\r\n', quotes: false });
}
