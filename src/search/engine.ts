/**
 * The search engine's entry points: `search` (match, filter, facet, sort, page, highlight)
 * and `suggest` (typeahead). Stateless functions over a built {@link SearchIndex}.
 */
import type { FacetResult } from '../commerce/index.js';
import { countFacets, defaultFacetKeys, ORDERED_BEFORE, PRICE } from './facets.js';
import { compileFilters } from './filters.js';
import { highlightName } from './highlight.js';
import { matchQuery } from './match.js';
import { nameRankOf } from './name-rank.js';
import { fold, queryTokens } from './normalize.js';
import type { SearchIndex } from './search-index.js';
import { topK } from './top.js';
import { documentFrequency, prefixRange } from './terms.js';
import type { EngineHit, EngineQuery, EngineResult, EngineSuggestions } from './types.js';

const keyDocs = new WeakMap<SearchIndex, Map<string, number>>();

/** Documents of the given keys, as a membership mask; unknown keys are ignored. */
function docsOf(index: SearchIndex, keys: readonly string[]): Uint8Array {
  let byKey = keyDocs.get(index);
  if (!byKey) keyDocs.set(index, (byKey = new Map(index.keys.map((key, doc) => [key, doc] as const))));
  const mask = new Uint8Array(index.size);
  for (const key of keys) {
    const doc = byKey.get(key);
    if (doc !== undefined) mask[doc] = 1;
  }
  return mask;
}

/** Largest page the engine returns. */
export const MAX_LIMIT = 200;

/** The price sort key: the caller's price when given (asked once per document), else the indexed one. */
function priceColumn(index: SearchIndex, priceOf: ((doc: number) => number) | undefined): (doc: number) => number {
  if (!priceOf) return (doc) => index.prices[doc]!;
  const known = new Float64Array(index.size).fill(Number.NaN);
  return (doc) => {
    let value = known[doc]!;
    if (Number.isNaN(value)) known[doc] = value = priceOf(doc);
    return value;
  };
}

function comparator(index: SearchIndex, query: EngineQuery, docs: Uint32Array, scores: Float64Array, locale: string): (a: number, b: number) => number {
  const rank = nameRankOf(index, locale);
  const byName = (a: number, b: number): number => rank[docs[a]!]! - rank[docs[b]!]!;
  const byScore = (a: number, b: number): number => scores[b]! - scores[a]! || byName(a, b);
  const price = priceColumn(index, query.priceOf);
  switch (query.sort ?? 'relevance') {
    case 'name':
      return byName;
    case 'price-asc':
      return (a, b) => price(docs[a]!) - price(docs[b]!) || byScore(a, b);
    case 'price-desc':
      return (a, b) => price(docs[b]!) - price(docs[a]!) || byScore(a, b);
    case 'availability':
      return (a, b) => index.availability[docs[b]!]! - index.availability[docs[a]!]! || byScore(a, b);
    case 'relevance':
      return byScore;
  }
}

/** Runs a query. Facet counts cover all hits after filtering, not just the page. */
export function search(index: SearchIndex, query: EngineQuery): EngineResult {
  const locale = query.locale ?? index.options.locales[0] ?? 'en';
  const matched = matchQuery(index, query.text ?? '');
  const ordered = query.orderedBefore ? docsOf(index, query.orderedBefore) : null;
  const predicate = compileFilters(index, query.categoryId, query.filters ?? [], ordered, query.priceFacet ?? null);
  // Positions into matched.docs that survive the filters.
  let positions = new Uint32Array(matched.docs.length);
  let kept = 0;
  for (let i = 0; i < matched.docs.length; i++) {
    if (!predicate || predicate(matched.docs[i]!)) positions[kept++] = i;
  }
  positions = positions.subarray(0, kept);
  const facetKeys = query.facets ?? [...defaultFacetKeys(index), ...(ordered ? [ORDERED_BEFORE] : []), ...(query.priceFacet ? [PRICE] : [])];
  let facets: FacetResult[] = [];
  if (facetKeys.length > 0) {
    const hitDocs = new Uint32Array(kept);
    for (let i = 0; i < kept; i++) hitDocs[i] = matched.docs[positions[i]!]!;
    facets = countFacets(index, facetKeys, hitDocs, locale, ordered, query.priceFacet ?? null);
  }
  const limit = Math.max(0, Math.min(query.limit ?? 20, MAX_LIMIT));
  const offset = Math.max(0, query.offset ?? 0);
  const noTextNoSort = matched.tokens.length === 0 && (query.sort ?? 'relevance') === 'relevance';
  const end = Math.min(kept, offset + limit);
  const ranked = noTextNoSort || end <= offset ? positions : topK(positions, end, comparator(index, query, matched.docs, matched.scores, locale));
  const hits: EngineHit[] = [];
  for (let i = offset; i < end; i++) {
    const position = ranked[i]!;
    const doc = matched.docs[position]!;
    hits.push({
      doc,
      key: index.keys[doc] as string,
      score: matched.scores[position]!,
      highlights: highlightName(index.names[doc]?.[locale] ?? '', matched.tokens, matched.marks),
    });
  }
  return { total: kept, hits, facets, matchMode: matched.matchMode, didYouMean: matched.didYouMean };
}

/** Completions for the last token of `text`, most frequent name words first. */
function completions(index: SearchIndex, text: string, limit: number): string[] {
  const tokens = queryTokens(text);
  const last = tokens[tokens.length - 1];
  if (last === undefined) return [];
  const head = tokens.slice(0, -1).join(' ');
  const [from, to] = prefixRange(index, last);
  const best: { term: string; df: number }[] = [];
  for (let i = from; i < Math.min(to, from + 5000); i++) {
    const term = index.sortedTerms[i]!;
    if (index.nameTerms[term] !== 1 || (index.terms[term] as string) === last) continue;
    best.push({ term: index.terms[term] as string, df: documentFrequency(index, term) });
  }
  best.sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1));
  return best.slice(0, limit).map((b) => (head ? `${head} ${b.term}` : b.term));
}

/** Typeahead: best products, matching categories and word completions (a respelling first) for a prefix. */
export function suggest(index: SearchIndex, text: string, options: { limit?: number; locale?: string } = {}): EngineSuggestions {
  const limit = Math.max(1, Math.min(options.limit ?? 8, 50));
  const locale = options.locale ?? index.options.locales[0] ?? 'en';
  const tokens = queryTokens(text);
  if (tokens.length === 0) return { hits: [], categories: [], completions: [] };
  const result = search(index, { text, locale, limit, facets: [] });
  const categories = index.options.categories
    .filter((c) =>
      tokens.every((token) =>
        Object.values(c.names).some((name) => fold(name).split(/[^a-z0-9]+/).some((word) => word.startsWith(token))),
      ),
    )
    .slice(0, limit)
    .map((c) => ({ id: c.id, name: c.names[locale] ?? c.id }));
  // A respelling ("did you mean") is the most useful completion of a misspelled query.
  const words = completions(index, text, limit);
  return { hits: result.hits, categories, completions: result.didYouMean ? [result.didYouMean, ...words].slice(0, limit) : words };
}
