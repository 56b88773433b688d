/**
 * An index usable before its text part exists: the columns are built at once, the text
 * index later (in slices, from a cache, or at the first query that needs it). A search
 * without text reads only the columns, so it is answered from phase 1 alone; the first
 * access to a text field finishes phase 2 there and then, so every answer is the one the
 * whole index gives.
 */
import { buildColumns, type IndexColumns } from './columns.js';
import type { SearchIndex } from './search-index.js';
import { TextIndexBuilder, type TextIndex } from './text-index.js';
import type { IndexOptions, SearchDocument } from './types.js';

/** Control of a staged index's text part. */
export interface TextStage {
  /** True once the text index is there (built or adopted). */
  readonly ready: boolean;
  /**
   * Builds on until `deadline` (a `performance.now()` time) or until done; returns whether
   * the text index is there. Call it again after yielding the thread.
   */
  build(deadline: number): boolean;
  /**
   * Takes a text index built before for the same documents (from a cache) instead of
   * building it; ignored once the text index is there. Nothing checks that it matches.
   */
  adopt(text: TextIndex): void;
}

/** A staged index: `index` answers everything, `text` drives the build of its text part. */
export interface StagedIndex {
  readonly index: SearchIndex;
  readonly text: TextStage;
}

/** Builds the columns of `documents` now and leaves the text index for later. */
export function stageIndex(documents: readonly SearchDocument[], options: IndexOptions): StagedIndex {
  return staged(buildColumns(documents, options), () => documents);
}

/**
 * A staged index over columns built before (restored from a cache) for the same documents;
 * `documents` is called only if the text index has to be built rather than adopted.
 */
export function stageRestoredIndex(columns: IndexColumns, documents: () => readonly SearchDocument[]): StagedIndex {
  return staged(columns, documents);
}

function staged(columns: IndexColumns, documents: () => readonly SearchDocument[]): StagedIndex {
  const options = columns.options;
  let builder: TextIndexBuilder | undefined;
  let text: TextIndex | undefined;
  const complete = (): TextIndex => {
    if (text) return text;
    text = (builder ??= new TextIndexBuilder(documents(), options)).finish();
    builder = undefined;
    return text;
  };
  const index: SearchIndex = {
    ...columns,
    get terms() {
      return complete().terms;
    },
    get sortedTerms() {
      return complete().sortedTerms;
    },
    get termIds() {
      return complete().termIds;
    },
    get postingStart() {
      return complete().postingStart;
    },
    get postingDocs() {
      return complete().postingDocs;
    },
    get postingWeights() {
      return complete().postingWeights;
    },
    get nameTerms() {
      return complete().nameTerms;
    },
    get codes() {
      return complete().codes;
    },
    get codeList() {
      return complete().codeList;
    },
    get codeDocs() {
      return complete().codeDocs;
    },
  };
  const stage: TextStage = {
    get ready() {
      return text !== undefined;
    },
    build(deadline) {
      if (text) return true;
      builder ??= new TextIndexBuilder(documents(), options);
      if (builder.step(deadline)) complete();
      return text !== undefined;
    },
    adopt(built) {
      if (text) return;
      text = built;
      builder = undefined;
    },
  };
  return { index, text: stage };
}
