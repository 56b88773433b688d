/**
 * Query matching: every query token expands to terms (see `expand.ts`); a document's score
 * is the sum over tokens of its best weighted expansion. All tokens are required; when no
 * document has all of them, the documents with the most tokens are the (partial) answer.
 */
import { correctionOf, expandToken, type Expansion } from './expand.js';
import { foldCode, queryTokens } from './normalize.js';
import { scratchFor } from './scratch.js';
import type { SearchIndex } from './search-index.js';
import { sortedPrefixRange } from './terms.js';

/** Most code prefixes one token may match. */
const MAX_CODE_PREFIXES = 2000;
/** Weight of a code prefix match, as strong as a name word. */
const CODE_PREFIX_WEIGHT = 10;
/** Score boost of an exact SKU / MPN / EAN match: always first. */
export const CODE_BOOST = 1e6;

/** Matched documents with their scores at the same positions; owned by the caller. */
export interface MatchResult {
  readonly docs: Uint32Array;
  readonly scores: Float64Array;
  readonly matchMode: 'all-terms' | 'partial';
  readonly tokens: readonly string[];
  /** Texts to highlight besides the tokens: corrected words, synonyms, compound parts. */
  readonly marks: readonly string[];
  /** The query respelled where a token matched only by a typo or by sound. */
  readonly didYouMean: string | null;
}

/** Finds documents for a free-text query; an empty query matches everything with score 0. */
export function matchQuery(index: SearchIndex, text: string): MatchResult {
  const tokens = queryTokens(text);
  const empty = { tokens, marks: [], didYouMean: null, matchMode: 'all-terms' as const };
  if (tokens.length === 0) {
    const docs = new Uint32Array(index.size);
    for (let i = 0; i < docs.length; i++) docs[i] = i;
    return { ...empty, docs, scores: new Float64Array(docs.length) };
  }
  const s = scratchFor(index);
  // Read once: a staged index serves these through accessors.
  const { postingStart, postingDocs, postingWeights, codeList, codeDocs } = index;
  const marks = new Set<string>();
  const corrected: string[] = [];
  let corrections = 0;
  let touchedCount = 0;
  tokens.forEach((token, position) => {
    let termTouched = 0;
    const expansions = expandToken(index, token, position === tokens.length - 1);
    let literal = false;
    for (const e of expansions) visit(e);
    function visit(e: Expansion): void {
      if (e.kind !== 'typo' && e.kind !== 'sound') literal = true;
      // Exact and prefix matches are highlighted through the token itself.
      if (e.kind !== 'exact' && e.kind !== 'prefix') marks.add(e.text);
      const end = postingStart[e.term + 1]!;
      for (let p = postingStart[e.term]!; p < end; p++) {
        const doc = postingDocs[p]!;
        const value = postingWeights[p]! * e.factor;
        const previous = s.termScore[doc]!;
        if (previous === 0) s.termTouched[termTouched++] = doc;
        if (value > previous) s.termScore[doc] = value;
      }
    }
    if (token.length >= 3) {
      const [from, to] = sortedPrefixRange(codeList.length, (i) => codeList[i] as string, token);
      if (to > from) literal = true;
      for (let i = from; i < Math.min(to, from + MAX_CODE_PREFIXES); i++) {
        const doc = codeDocs[i]!;
        if (s.termScore[doc] === 0) s.termTouched[termTouched++] = doc;
        s.termScore[doc] = Math.max(s.termScore[doc]!, CODE_PREFIX_WEIGHT);
      }
    }
    const correction = literal ? null : correctionOf(index, expansions);
    if (correction !== null) corrections++;
    corrected.push(correction ?? token);
    for (let i = 0; i < termTouched; i++) {
      const doc = s.termTouched[i]!;
      if (s.matched[doc] === 0) s.touched[touchedCount++] = doc;
      s.matched[doc] = s.matched[doc]! + 1;
      s.score[doc] = s.score[doc]! + s.termScore[doc]!;
      s.termScore[doc] = 0;
    }
  });

  const codeDoc = index.codes.get(foldCode(text));
  if (codeDoc !== undefined) {
    if (s.matched[codeDoc] === 0) s.touched[touchedCount++] = codeDoc;
    s.matched[codeDoc] = tokens.length;
    s.score[codeDoc] = s.score[codeDoc]! + CODE_BOOST;
  }

  let best = 0;
  for (let i = 0; i < touchedCount; i++) best = Math.max(best, s.matched[s.touched[i]!]!);
  const need = best === tokens.length ? tokens.length : best;
  let count = 0;
  for (let i = 0; i < touchedCount; i++) if (s.matched[s.touched[i]!] === need) count++;
  const docs = new Uint32Array(count);
  const scores = new Float64Array(count);
  let at = 0;
  for (let i = 0; i < touchedCount; i++) {
    const doc = s.touched[i]!;
    if (s.matched[doc] === need) {
      scores[at] = s.score[doc]! + index.tieBreak[doc]!;
      docs[at++] = doc;
    }
    s.matched[doc] = 0;
    s.score[doc] = 0;
  }
  return {
    docs,
    scores,
    matchMode: count === 0 || need === tokens.length ? 'all-terms' : 'partial',
    tokens,
    marks: [...marks],
    didYouMean: corrections > 0 && codeDoc === undefined ? corrected.join(' ') : null,
  };
}
