/**
 * The product search engine: tokenization with technical tokens, prefix, compound, synonym,
 * typo and sound matching, exact code lookup, facets, sorting, highlights and typeahead.
 * Documented in docs/search.md.
 */
export { buildIndex, type SearchIndex, type TextColumn } from './search-index.js';
export { search, suggest, MAX_LIMIT } from './engine.js';
export { ORDERED_BEFORE } from './facets.js';
export { serializeIndex, restoreIndex, indexRecord, indexFromRecord, warmIndex, FORMAT as INDEX_FORMAT, type IndexRecord } from './serialize.js';
export { GERMAN_ENGLISH_SYNONYMS } from './synonyms.js';
export { fold, indexTokens, queryTokens } from './normalize.js';
export type * from './types.js';
