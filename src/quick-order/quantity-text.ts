/**
 * Quantities as buyers write them in spreadsheets and e-mails: `12`, `2,5` (decimal comma),
 * `1.000` (German thousands), `1,000.5`, `10 pcs`. Anything else is malformed, never
 * guessed, so a wrong quantity is never ordered silently.
 */
import { numberFormat } from '../commerce/formatters.js';

/** A parsed quantity text: the number, or why it is not one. */
export type QuantityText =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly reason: 'empty' | 'not-a-number' };

// Digits with optional grouping and decimals, then an optional unit word ("pcs", "Stk.", "m").
const SHAPE = /^([+-]?)([\d.,' \u00a0\u202f]*\d[\d.,' \u00a0\u202f]*)\s*(\p{L}{1,8}\.?)?$/u;

/**
 * Parses a quantity. `locale` breaks the one real ambiguity, a single separator followed by
 * exactly three digits: `1.000` is a thousand in German and one in English; `1,000` the
 * other way round.
 */
export function parseQuantityText(raw: string, locale: string): QuantityText {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  const match = SHAPE.exec(text);
  if (!match) return { ok: false, reason: 'not-a-number' };
  const sign = match[1] === '-' ? -1 : 1;
  const body = (match[2] ?? '').replace(/[' \u00a0\u202f]/g, '');
  const german = locale.toLowerCase().startsWith('de');
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the later one is the decimal separator, the other groups thousands.
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if (body.indexOf(decimal) !== body.lastIndexOf(decimal)) return { ok: false, reason: 'not-a-number' };
    normalized = body.split(group).join('').replace(decimal, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const separator = lastDot >= 0 ? '.' : ',';
    const parts = body.split(separator);
    const grouped = parts.length > 2 || (parts.length === 2 && /^\d{3}$/.test(parts[1] ?? '') && (separator === '.') === german);
    if (grouped) {
      if (!parts.slice(1).every((p) => /^\d{3}$/.test(p)) || !/^\d{1,3}$/.test(parts[0] ?? '')) return { ok: false, reason: 'not-a-number' };
      normalized = parts.join('');
    } else {
      normalized = parts.join('.');
    }
  } else {
    normalized = body;
  }
  if (!/^\d*\.?\d+$|^\d+\.$/.test(normalized)) return { ok: false, reason: 'not-a-number' };
  const value = sign * Number(normalized);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'not-a-number' };
}

/** A quantity as text for the buyer's locale (decimal comma in German), without grouping. */
export function formatQuantityText(value: number, locale: string): string {
  return numberFormat(locale, { useGrouping: false, maximumFractionDigits: 3 }).format(value);
}
