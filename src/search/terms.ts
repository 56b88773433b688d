/** Term lookups in the sorted dictionary: exact terms and prefix ranges. */
import type { SearchIndex } from './search-index.js';

/** The range `[from, to)` of positions in `sortedTerms` whose terms start with `prefix`. */
export function prefixRange(index: SearchIndex, prefix: string): [number, number] {
  const { sortedTerms, terms } = index;
  return sortedPrefixRange(sortedTerms.length, (i) => terms[sortedTerms[i]!] as string, prefix);
}

/** The range `[from, to)` of a sorted list (read through `at`) whose entries start with `prefix`. */
export function sortedPrefixRange(length: number, at: (i: number) => string, prefix: string): [number, number] {
  const lowerBound = (value: string): number => {
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at(mid) < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // '\uffff' sorts after every character a folded term contains.
  return [lowerBound(prefix), lowerBound(`${prefix}\uffff`)];
}

/** Number of documents containing a term. */
export function documentFrequency(index: SearchIndex, term: number): number {
  return index.postingStart[term + 1]! - index.postingStart[term]!;
}
