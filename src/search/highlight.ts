/** Highlight ranges: where query tokens match the start of words in a product name. */
import { foldWithOffsets } from './normalize.js';

const WORD = /[a-z0-9]+(?:[.,x\-/][a-z0-9]+)*/g;

/** Ranges `[start, end)` in `name` (original characters) matched by the query tokens. */
export function highlightName(name: string, tokens: readonly string[]): [number, number][] {
  if (tokens.length === 0) return [];
  const { folded, origin } = foldWithOffsets(name);
  const ranges: [number, number][] = [];
  for (const match of folded.matchAll(WORD)) {
    const word = match[0].replace(/(\d),(?=\d)/g, '$1.');
    const start = match.index;
    let best = 0;
    for (const token of tokens) {
      if (token.length > best && word.startsWith(token)) best = token.length;
    }
    if (best > 0) ranges.push([origin[start] as number, origin[start + best] as number]);
  }
  return ranges;
}
