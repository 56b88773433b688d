/** Highlight ranges: where query tokens start words, or other matched texts occur, in a name. */
import { foldWithOffsets } from './normalize.js';

const WORD = /[a-z0-9]+(?:[.,x\-/][a-z0-9]+)*/g;

/**
 * Ranges `[start, end)` in `name` (original characters): the longest token that starts a
 * word, else a matched text (`marks`: corrections, synonyms, compound parts) at the start of
 * or inside the word. Ranges never overlap and come in order.
 */
export function highlightName(name: string, tokens: readonly string[], marks: readonly string[] = []): [number, number][] {
  if (tokens.length === 0) return [];
  const { folded, origin } = foldWithOffsets(name);
  const ranges: [number, number][] = [];
  for (const match of folded.matchAll(WORD)) {
    const word = match[0].replace(/(\d),(?=\d)/g, '$1.');
    const start = match.index;
    let from = 0;
    let to = 0;
    for (const token of tokens) {
      if (token.length > to && word.startsWith(token)) to = token.length;
    }
    if (to === 0) {
      for (const mark of marks) {
        const at = word.indexOf(mark);
        if (at >= 0 && mark.length > to - from) [from, to] = [at, at + mark.length];
      }
    }
    if (to > from) ranges.push([origin[start + from] as number, origin[start + to] as number]);
  }
  return ranges;
}
