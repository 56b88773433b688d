/**
 * Reusable per-index work buffers. Queries run synchronously, so one set per index is
 * enough; reusing them avoids allocating document-sized arrays on every keystroke.
 */
import type { SearchIndex } from './search-index.js';

/** Buffers sized to the index. Every query leaves them zeroed for the next one. */
export interface Scratch {
  /** Accumulated score per document. */
  readonly score: Float64Array;
  /** Best score of the current query term per document. */
  readonly termScore: Float64Array;
  /** How many query terms matched each document. */
  readonly matched: Uint16Array;
  /** Documents touched by the query, `touchedCount` of them. */
  readonly touched: Uint32Array;
  /** Documents touched by the current term. */
  readonly termTouched: Uint32Array;
}

const buffers = new WeakMap<SearchIndex, Scratch>();

/** The buffers of an index, created on first use. */
export function scratchFor(index: SearchIndex): Scratch {
  let scratch = buffers.get(index);
  if (!scratch) {
    scratch = {
      score: new Float64Array(index.size),
      termScore: new Float64Array(index.size),
      matched: new Uint16Array(index.size),
      touched: new Uint32Array(index.size),
      termTouched: new Uint32Array(index.size),
    };
    buffers.set(index, scratch);
  }
  return scratch;
}
