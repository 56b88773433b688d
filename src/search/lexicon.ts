/**
 * Structures derived from the term dictionary for the fuzzy ways of matching: compound
 * parts (`schraube` inside `sechskantschraube`), sound codes and synonym groups. They
 * depend only on the terms and the options, so a restored index rebuilds them instead of
 * storing them.
 */
import { fold } from './normalize.js';
import { soundCodes } from './phonetic.js';
import type { SearchIndex } from './search-index.js';

/** Shortest compound part worth matching on its own. */
export const MIN_PART = 4;
/** Compound parts start after this many letters (no part of `kabel` is `abel`). */
const MIN_HEAD = 3;

/** The derived structures of one index. */
export interface Lexicon {
  /** Compound parts, sorted, with the term each came from at the same position. */
  readonly parts: readonly string[];
  readonly partTerms: Uint32Array;
  /** Sound code → the terms with that sound, and the text (term or part) that has it. */
  readonly sounds: ReadonlyMap<string, readonly { readonly term: number; readonly text: string; readonly part: boolean }[]>;
  /** Folded synonym word → groups it belongs to (indexes into `groups`). */
  readonly synonyms: ReadonlyMap<string, readonly number[]>;
  readonly groups: readonly { readonly words: readonly string[]; readonly weight: number }[];
}

const cache = new WeakMap<SearchIndex, Lexicon>();

/** The lexicon of an index, built on first use (the index build warms it). */
export function lexiconOf(index: SearchIndex): Lexicon {
  let lexicon = cache.get(index);
  if (!lexicon) cache.set(index, (lexicon = buildLexicon(index)));
  return lexicon;
}

function buildLexicon(index: SearchIndex): Lexicon {
  const partList: [string, number][] = [];
  const sounds = new Map<string, { term: number; text: string; part: boolean }[]>();
  const addSound = (text: string, term: number, part: boolean): void => {
    for (const code of soundCodes(text)) {
      const list = sounds.get(code);
      if (list) list.push({ term, text, part });
      else sounds.set(code, [{ term, text, part }]);
    }
  };
  index.terms.forEach((term, id) => {
    if (!/^[a-z]+$/.test(term)) return;
    addSound(term, id, false);
    for (let at = MIN_HEAD; at + MIN_PART <= term.length; at++) {
      const part = term.slice(at);
      partList.push([part, id]);
      addSound(part, id, true);
    }
  });
  partList.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  const groups = (index.options.synonyms ?? []).map((g) => ({ words: g.words.map((w) => fold(w).trim()), weight: g.weight ?? 0.9 }));
  const synonyms = new Map<string, number[]>();
  groups.forEach((group, g) => group.words.forEach((word) => synonyms.set(word, [...(synonyms.get(word) ?? []), g])));
  return {
    parts: partList.map((p) => p[0]),
    partTerms: Uint32Array.from(partList, (p) => p[1]),
    sounds,
    synonyms,
    groups,
  };
}
