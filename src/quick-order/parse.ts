/**
 * Turns pasted or uploaded order lists into rows of code and quantity text. Reads what
 * spreadsheets and e-mails produce: tab, semicolon, comma or space separated, with or
 * without a header row, code and quantity in either order, extra columns ignored. CSV
 * quoting is papaparse's job. Every input record comes back exactly once, as a line, a blank
 * or the header, so nothing a buyer pasted disappears without a word.
 */
import Papa from 'papaparse';
import { parseQuantityText } from './quantity-text.js';

/** The separator found in the text; `space` is runs of spaces (lists typed in an e-mail). */
export type Separator = '\t' | ';' | ',' | 'space';

/** One record of the input, numbered from 1 in input order. */
export type ParsedRecord =
  | { readonly row: number; readonly kind: 'blank' }
  | { readonly row: number; readonly kind: 'header'; readonly cells: readonly string[] }
  | { readonly row: number; readonly kind: 'line'; readonly code: string; readonly quantityText: string };

/** The result of {@link parseOrderText}. */
export interface ParsedText {
  readonly records: readonly ParsedRecord[];
  readonly separator: Separator;
  /** Column positions used (0-based); quantity is null when no column holds numbers. */
  readonly columns: { readonly code: number; readonly quantity: number | null };
}

const SAMPLE = 200;
// Control characters and bidirectional overrides: invisible, and a way to disguise text.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const CODE_HEADER = /^(sku|article|art(ikel)?[-. ]?(nr|no|nummer|number)?\.?|item|item ?(no|number)|part|part ?(no|number)|mpn|ean|gtin|material|product|produkt|bestellnummer|code)$/i;
const QUANTITY_HEADER = /^(qty|quantity|menge|anzahl|stück|stk\.?|pcs|count|amount|bestellmenge)$/i;
const CODE_SHAPE = /^[\p{L}\p{N}][\p{L}\p{N}\-./_#]*$/u;

/** Removes invisible characters and surrounding space from a cell. */
export function cleanCell(cell: string): string {
  return cell.replace(INVISIBLE, '').trim();
}

function physicalLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

function detectSeparator(text: string): Separator {
  const lines = physicalLines(text.slice(0, 64 * 1024)).filter((l) => l.trim() !== '').slice(0, SAMPLE);
  if (lines.some((l) => l.includes('\t'))) return '\t';
  const share = (char: string) => lines.filter((l) => l.includes(char)).length / Math.max(1, lines.length);
  if (share(';') >= 0.5) return ';';
  if (share(',') >= 0.5 && !lines.every((l) => /^\S+\s+\d+,\d+\s*$/.test(l.trim()))) return ',';
  return 'space';
}

function splitRecords(text: string, separator: Separator): string[][] {
  if (separator === 'space') {
    return physicalLines(text).map((line) => {
      const trimmed = line.trim();
      return trimmed === '' ? [''] : trimmed.split(/\s+/);
    });
  }
  const result = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false, newline: undefined });
  return result.data.map((record) => (Array.isArray(record) ? record.map(String) : ['']));
}

interface ColumnStats {
  numeric: number;
  codeLike: number;
  filled: number;
}

function columnStats(records: readonly (readonly string[])[], locale: string): ColumnStats[] {
  const stats: ColumnStats[] = [];
  for (const record of records.slice(0, SAMPLE)) {
    record.forEach((cell, i) => {
      const s = (stats[i] ??= { numeric: 0, codeLike: 0, filled: 0 });
      if (cell === '') return;
      s.filled++;
      if (parseQuantityText(cell, locale).ok) s.numeric++;
      if (CODE_SHAPE.test(cell) && /\p{N}/u.test(cell)) s.codeLike++;
    });
  }
  return stats;
}

function chooseColumns(records: readonly (readonly string[])[], locale: string, header: readonly string[] | null) {
  if (header) {
    const code = header.findIndex((h) => CODE_HEADER.test(h));
    const quantity = header.findIndex((h) => QUANTITY_HEADER.test(h));
    if (code >= 0) return { code, quantity: quantity >= 0 ? quantity : null };
  }
  const stats = columnStats(records, locale);
  const rows = Math.max(1, Math.min(SAMPLE, records.length));
  let quantity: number | null = null;
  stats.forEach((s, i) => {
    if (s.numeric / rows < 0.5) return;
    const best = quantity === null ? undefined : stats[quantity];
    // Codes that are all digits (EANs) look numeric too: a code-like column that is not
    // mostly short numbers is the code; on a tie the later column is the quantity.
    if (!best || s.numeric > best.numeric || (s.numeric === best.numeric && i > (quantity ?? -1))) quantity = i;
  });
  let code = -1;
  let bestScore = -1;
  stats.forEach((s, i) => {
    if (i === quantity) return;
    const score = s.codeLike * 2 + s.filled;
    if (score > bestScore) {
      bestScore = score;
      code = i;
    }
  });
  if (code < 0) return { code: quantity ?? 0, quantity: null };
  return { code, quantity };
}

function looksLikeHeader(cells: readonly string[]): boolean {
  return cells.some((c) => CODE_HEADER.test(c) || QUANTITY_HEADER.test(c));
}

/**
 * Parses an order list. `locale` settles `1.000` versus `1,000` in quantities (see
 * `parseQuantityText`). Never throws; malformed input becomes lines that validation flags.
 */
export function parseOrderText(input: string, locale: string): ParsedText {
  const text = input.startsWith('\ufeff') ? input.slice(1) : input;
  const separator = detectSeparator(text);
  let raw = splitRecords(text, separator);
  // A final newline ends the last line; it does not start an empty one.
  if (/(\r\n|\n|\r)$/.test(text) && raw.length > 0 && raw[raw.length - 1]?.every((c) => c === '')) raw = raw.slice(0, -1);
  const cells = raw.map((record) => record.map(cleanCell));
  const firstFilled = cells.findIndex((record) => record.some((c) => c !== ''));
  const headerCells = firstFilled >= 0 && looksLikeHeader(cells[firstFilled] ?? []) ? (cells[firstFilled] ?? null) : null;
  const dataRecords = cells.filter((record, i) => i !== firstFilled || !headerCells).filter((r) => r.some((c) => c !== ''));
  const columns = chooseColumns(dataRecords, locale, headerCells);
  const records: ParsedRecord[] = cells.map((record, i) => {
    const row = i + 1;
    if (!record.some((c) => c !== '')) return { row, kind: 'blank' };
    if (i === firstFilled && headerCells) return { row, kind: 'header', cells: record };
    return {
      row,
      kind: 'line',
      code: record[columns.code] ?? '',
      quantityText: columns.quantity === null ? '' : (record[columns.quantity] ?? ''),
    };
  });
  return { records, separator, columns };
}
