/**
 * The product search engine: tokenization with technical tokens, prefix matching, exact
 * code lookup, facets, sorting and typeahead. Phonetics, compounds and synonyms plug in at
 * `normalize.ts` (tokens) and `match.ts` (term expansion).
 */
export { buildIndex, type SearchIndex, type TextColumn } from './search-index.js';
export { search, suggest, MAX_LIMIT } from './engine.js';
export { fold, indexTokens, queryTokens } from './normalize.js';
export type * from './types.js';
