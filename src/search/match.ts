/**
 * Query matching: each query token matches its exact term and every term it prefixes.
 * A document's score is the sum over query tokens of its best field weight, where prefix
 * matches count less than whole-word matches.
 */
import { foldCode, queryTokens } from './normalize.js';
import { scratchFor } from './scratch.js';
import type { SearchIndex } from './search-index.js';
import { prefixRange, sortedPrefixRange } from './terms.js';

/** Most dictionary terms a single short prefix may expand to. */
const MAX_EXPANSIONS = 2000;
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
}

/** Finds documents for a free-text query; an empty query matches everything with score 0. */
export function matchQuery(index: SearchIndex, text: string): MatchResult {
  const tokens = queryTokens(text);
  if (tokens.length === 0) {
    const docs = new Uint32Array(index.size);
    for (let i = 0; i < docs.length; i++) docs[i] = i;
    return { docs, scores: new Float64Array(docs.length), matchMode: 'all-terms', tokens };
  }
  const s = scratchFor(index);
  let touchedCount = 0;
  tokens.forEach((token, position) => {
    let termTouched = 0;
    const visit = (term: number, factor: number): void => {
      const end = index.postingStart[term + 1]!;
      for (let p = index.postingStart[term]!; p < end; p++) {
        const doc = index.postingDocs[p]!;
        const value = index.postingWeights[p]! * factor;
        const previous = s.termScore[doc]!;
        if (previous === 0) s.termTouched[termTouched++] = doc;
        if (value > previous) s.termScore[doc] = value;
      }
    };
    const isLast = position === tokens.length - 1;
    const exact = index.termIds.get(token);
    if (exact !== undefined) visit(exact, 1);
    // One-letter tokens only expand while being typed; elsewhere they are too unspecific.
    if (token.length >= 2 || isLast) {
      const [from, to] = prefixRange(index, token);
      const stop = Math.min(to, from + MAX_EXPANSIONS);
      for (let i = from; i < stop; i++) {
        const term = index.sortedTerms[i]!;
        if (term !== exact) visit(term, 0.4 + 0.4 * (token.length / (index.terms[term] as string).length));
      }
    }
    if (token.length >= 3) {
      const [from, to] = sortedPrefixRange(index.codeList.length, (i) => index.codeList[i] as string, token);
      for (let i = from; i < Math.min(to, from + MAX_EXPANSIONS); i++) {
        const doc = index.codeDocs[i]!;
        if (s.termScore[doc] === 0) s.termTouched[termTouched++] = doc;
        s.termScore[doc] = Math.max(s.termScore[doc]!, CODE_PREFIX_WEIGHT);
      }
    }
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
      scores[at] = s.score[doc]!;
      docs[at++] = doc;
    }
    s.matched[doc] = 0;
    s.score[doc] = 0;
  }
  return { docs, scores, matchMode: count === 0 || need === tokens.length ? 'all-terms' : 'partial', tokens };
}
