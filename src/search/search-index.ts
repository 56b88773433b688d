/**
 * The built index: the per-document columns (phase 1, see `columns.ts`) and the text index
 * (phase 2, see `text-index.ts`). Built once; queries only read it.
 */
import { buildColumns, type IndexColumns } from './columns.js';
import { lexiconOf } from './lexicon.js';
import { nameRankOf } from './name-rank.js';
import { TextIndexBuilder, type TextIndex } from './text-index.js';
import type { IndexOptions, SearchDocument } from './types.js';

export type { IndexColumns, TextColumn } from './columns.js';
export type { TextIndex } from './text-index.js';

/** The whole index. Fields are read by the query code in this folder. */
export interface SearchIndex extends IndexColumns, TextIndex {}

/** Builds the whole index at once, derived structures included; linear in the total text size. */
export function buildIndex(documents: readonly SearchDocument[], options: IndexOptions): SearchIndex {
  const index: SearchIndex = { ...buildColumns(documents, options), ...new TextIndexBuilder(documents, options).finish() };
  warmIndex(index);
  return index;
}

/** Derives ahead what the first fuzzy or name-sorted search would (a staged or restored index leaves it to them). */
export function warmIndex(index: SearchIndex): void {
  lexiconOf(index);
  for (const locale of index.options.locales) nameRankOf(index, locale);
}
