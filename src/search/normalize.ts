/**
 * Text normalization shared by indexing and querying: both sides must cut text the same
 * way or nothing matches. Technical tokens (`m8x40`, `3x1,5`, `nym-j`) stay whole and are
 * also split into their parts, so `M8 40` and `M8x40` both find the same bolt.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower-cases and folds diacritics (`ä` → `a`, `ß` → `ss`, `×` → `x`). */
export function fold(text: string): string {
  // Plain ASCII needs no Unicode normalization, and most codes and many names are ASCII.
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase();
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(/ß/g, 'ss').replace(/×/g, 'x').replace(/[µμ]/g, 'u');
}

/**
 * Splits folded text into raw tokens. A decimal comma between digits becomes a dot so
 * `3x1,5` and `3x1.5` are one token; dots elsewhere end words.
 */
function rawTokens(folded: string): string[] {
  const text = technical(folded.replace(/(\d),(?=\d)/g, '$1.').replace(/\.(?!\d)|(?<!\d)\./g, ' '));
  const out: string[] = [];
  for (const piece of text.split(/[^a-z0-9.\-/+]+/)) {
    const token = piece.replace(/^[-/+.]+|[-/+.]+$/g, '');
    if (token.length > 0) out.push(token);
  }
  return out;
}

/** Units written after a number; `8mm` and `8 mm` must both become `8` and `mm`. */
const UNIT_AFTER_NUMBER = /(\d)(mm2|mm|cm|m|ml|l|kg|g|v|w|kw|bar|nm|ah)(?![a-z0-9])/g;

/**
 * Rewrites technical notation into one spelling: `m8 x 40` and `m8*40` become `m8x40`,
 * `8mm` becomes `8 mm`, `din933` becomes `din 933`, and trailing decimal zeros go
 * (`1.0` is `1`, `1.50` is `1.5`). Digits are never dropped or merged with other numbers.
 */
function technical(text: string): string {
  return text
    .replace(/(\d)\s*[x*]\s*(?=\d)/g, '$1x')
    .replace(UNIT_AFTER_NUMBER, '$1 $2')
    .replace(/(?<![a-z0-9])(din|iso|en)(?=\d)/g, '$1 ')
    .replace(/(\d\.\d*?)0+(?![0-9])/g, '$1')
    .replace(/(\d)\.(?![0-9])/g, '$1');
}

const PART_SPLIT = /(?<=\d)x(?=\d)|[-/+]/;

/** Characters and tokens of a query that count; the rest is ignored. */
export const MAX_QUERY_LENGTH = 256;
const MAX_QUERY_TOKENS = 16;

/** Tokens of a query: the raw tokens only, so `m8x4` stays one prefix. */
export function queryTokens(text: string): string[] {
  // Nobody types more; a pasted novel must not cost more than a long query.
  return rawTokens(fold(text.slice(0, MAX_QUERY_LENGTH))).slice(0, MAX_QUERY_TOKENS);
}

/** Tokens of an indexed text: raw tokens plus the parts of compound technical tokens. */
export function indexTokens(text: string): string[] {
  const out: string[] = [];
  for (const token of rawTokens(fold(text))) {
    out.push(token);
    if (PART_SPLIT.test(token)) {
      for (const part of token.split(PART_SPLIT)) if (part.length > 0 && part !== token) out.push(part);
    }
  }
  return out;
}

/** Folds a code (SKU, MPN, EAN) for exact lookup: folded, without spaces. */
export function foldCode(code: string): string {
  const folded = fold(code);
  return folded.includes(' ') ? folded.replace(/\s+/g, '') : folded;
}

/**
 * Folds text character by character and remembers where each folded character came from,
 * so match positions in folded text map back to the original (for highlights).
 */
export function foldWithOffsets(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const piece = fold(text.charAt(i));
    for (let k = 0; k < piece.length; k++) origin.push(i);
    folded += piece;
  }
  origin.push(text.length);
  return { folded, origin };
}
