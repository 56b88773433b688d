/**
 * The two-phase index: a staged index answers every search without text from its columns
 * alone, exactly as the whole index does, and builds its text part in slices, from a
 * cache record or on the first search that needs it, again with the whole index's answers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FacetFilter, SearchSort } from '../../../src/commerce/index.js';
import { generateCatalog } from '../../../src/reference/catalog/generate.js';
import { catalogDocuments } from '../../../src/reference/catalog/search-documents.js';
import {
  buildIndex,
  columnsFromRecord,
  columnsRecord,
  search,
  stageIndex,
  stageRestoredIndex,
  suggest,
  textFromRecord,
  textRecord,
  type EngineQuery,
  type SearchIndex,
} from '../../../src/search/index.js';

const { documents, options } = catalogDocuments(generateCatalog({ size: 3000, seed: 7 }));
const whole = buildIndex(documents, options);
const SORTS: SearchSort[] = ['relevance', 'name', 'price-asc', 'price-desc', 'availability'];

/** Text-free requests of every kind: categories, facet filters, ranges, sorts, pages, locales. */
function textFreeQueries(): EngineQuery[] {
  const facets = search(whole, { limit: 0 }).facets;
  const filters: FacetFilter[][] = [[]];
  for (const facet of facets) {
    if (facet.type === 'terms') {
      const values = facet.values.map((v) => v.value);
      filters.push([{ facet: facet.key, values: values.slice(0, 1) }], [{ facet: facet.key, values: values.slice(1, 3) }]);
    } else {
      const middle = (facet.min + facet.max) / 2;
      filters.push([{ facet: facet.key, min: middle }], [{ facet: facet.key, min: facet.min, max: middle }]);
    }
  }
  filters.push([{ facet: 'no-such-facet', values: ['x'] }], [{ facet: 'ordered-before', values: ['true'] }]);
  const brands = facets.find((f) => f.key === 'brand');
  const categories = options.categories.map((c) => c.id);
  const orderedBefore = documents.filter((_, doc) => doc % 97 === 0).map((d) => d.key);
  const queries: EngineQuery[] = [];
  let n = 0;
  for (const categoryId of [undefined, ...categories]) {
    for (const filter of n % 3 === 0 ? filters : filters.slice(0, 4)) {
      const sort = SORTS[n % SORTS.length] as SearchSort;
      const query: EngineQuery = {
        ...(categoryId !== undefined && { categoryId }),
        filters: brands && n % 4 === 1 ? [...filter, { facet: 'brand', values: brands.type === 'terms' ? brands.values.slice(0, 2).map((v) => v.value) : [] }] : filter,
        sort,
        locale: n % 2 === 0 ? 'de' : 'en',
        limit: [20, 7, 200, 0][n % 4] as number,
        offset: [0, 20, 3][n % 3] as number,
        ...(n % 5 === 0 && { orderedBefore }),
        ...(n % 7 === 0 && { facets: ['brand', 'category'] }),
        ...(n % 11 === 0 && { priceOf: (doc: number) => (doc * 7919) % 1000 }),
        ...(n % 13 === 0 && { text: '  ' }),
      };
      queries.push(query);
      n++;
    }
  }
  return queries;
}

describe('two-phase search index', () => {
  it('answers searches without text from the columns alone, exactly as the whole index', () => {
    const staged = stageIndex(documents, options);
    const queries = textFreeQueries();
    assert.ok(queries.length > 500, `${queries.length} requests`);
    for (const query of queries) assert.deepEqual(search(staged.index, query), search(whole, query), JSON.stringify(query));
    assert.equal(staged.text.ready, false, 'no search without text needed the text index');
    assert.deepEqual(suggest(staged.index, ' '), suggest(whole, ' '));
    assert.equal(staged.text.ready, false);
  });

  it('finishes the text index at the first search with text, with the whole index’s answers', () => {
    const staged = stageIndex(documents, options);
    staged.text.build(0);
    assert.equal(staged.text.ready, false, 'one slice is not the whole build');
    for (const text of ['schraube', 'kabel m8', 'sechskantschruabe', 'M8', documents[5]!.key]) {
      assert.deepEqual(search(staged.index, { text, limit: 30 }), search(whole, { text, limit: 30 }), text);
      assert.deepEqual(suggest(staged.index, text), suggest(whole, text), text);
    }
    assert.equal(staged.text.ready, true);
  });

  it('builds the same text index in slices as at once', () => {
    const staged = stageIndex(documents, options);
    let slices = 0;
    while (!staged.text.build(0)) slices++;
    assert.ok(slices > 10, `${slices} slices`);
    assertSameText(staged.index, whole);
    for (const query of textFreeQueries().slice(0, 50)) assert.deepEqual(search(staged.index, query), search(whole, query));
  });

  it('adopts a text index from a cache record and ignores one once it has its own', () => {
    const record = structuredClone(textRecord(whole));
    const staged = stageIndex(documents, options);
    staged.text.adopt(textFromRecord(record));
    assert.equal(staged.text.ready, true);
    assertSameText(staged.index, whole);
    assert.deepEqual(search(staged.index, { text: 'sechskantschruabe' }), search(whole, { text: 'sechskantschruabe' }));
    const built = stageIndex(documents, options);
    built.text.build(Infinity);
    const own = built.index.terms;
    built.text.adopt({ ...textFromRecord(record), terms: [] });
    assert.equal(built.index.terms, own);
    assert.throws(() => textFromRecord({ format: 1, text: record.text }), /format/);
    assert.throws(() => textFromRecord({ ...record, text: { ...record.text, postingStart: new Uint32Array(1) } }), /format/);
  });
});

describe('restored columns', () => {
  it('answer as the built ones, and the documents are read only when the text index is built', () => {
    let asked = 0;
    const columns = columnsFromRecord(structuredClone(columnsRecord(whole)));
    const restored = stageRestoredIndex(columns, () => (asked++, documents));
    for (const query of textFreeQueries().filter((_, i) => i % 5 === 0)) assert.deepEqual(search(restored.index, query), search(whole, query));
    assert.equal(asked, 0);
    assert.deepEqual(search(restored.index, { text: 'kabel' }), search(whole, { text: 'kabel' }));
    assert.equal(asked, 1);
    assert.throws(() => columnsFromRecord({ ...columnsRecord(whole), columns: { ...columns, keys: [] } }), /format/);
  });
});

function assertSameText(a: SearchIndex, b: SearchIndex): void {
  for (const key of ['terms', 'sortedTerms', 'termIds', 'postingStart', 'postingDocs', 'postingWeights', 'nameTerms', 'codes', 'codeList', 'codeDocs'] as const) {
    assert.deepEqual(a[key], b[key], key);
  }
}
