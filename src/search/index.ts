/**
 * The product search engine: tokenization with technical tokens, prefix, compound, synonym,
 * typo and sound matching, exact code lookup, facets, sorting, highlights and typeahead.
 * Documented in docs/search.md.
 */
export { buildIndex, warmIndex, type SearchIndex, type IndexColumns, type TextIndex, type TextColumn } from './search-index.js';
export { stageIndex, stageRestoredIndex, type StagedIndex, type TextStage } from './staged.js';
export { search, suggest, MAX_LIMIT } from './engine.js';
export { ORDERED_BEFORE, PRICE } from './facets.js';
export { serializeIndex, restoreIndex, textRecord, textFromRecord, columnsRecord, columnsFromRecord, FORMAT as INDEX_FORMAT, type TextRecord, type ColumnsRecord } from './serialize.js';
export { GERMAN_ENGLISH_SYNONYMS } from './synonyms.js';
export { fold, indexTokens, queryTokens } from './normalize.js';
export type * from './types.js';
