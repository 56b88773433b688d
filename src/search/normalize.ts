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
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(/ß/g, 'ss').replace(/×/g, 'x');
}

/**
 * Splits folded text into raw tokens. A decimal comma between digits becomes a dot so
 * `3x1,5` and `3x1.5` are one token; dots elsewhere end words.
 */
function rawTokens(folded: string): string[] {
  const text = folded.replace(/(\d),(?=\d)/g, '$1.').replace(/\.(?!\d)|(?<!\d)\./g, ' ');
  const out: string[] = [];
  for (const piece of text.split(/[^a-z0-9.\-/+]+/)) {
    const token = piece.replace(/^[-/+.]+|[-/+.]+$/g, '');
    if (token.length > 0) out.push(token);
  }
  return out;
}

const PART_SPLIT = /(?<=\d)x(?=\d)|[-/+]/;

/** Tokens of a query: the raw tokens only, so `m8x4` stays one prefix. */
export function queryTokens(text: string): string[] {
  return rawTokens(fold(text));
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
