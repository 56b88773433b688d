import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildIndex, indexTokens, queryTokens, search, suggest, type SearchDocument } from '../../../src/search/index.js';
import { searchDocument } from './fixtures.js';

const doc = searchDocument;

const docs: SearchDocument[] = [
  doc('KT-1', 'Sechskantschraube DIN 933 M8x40 Edelstahl A2', 'Hex bolt DIN 933 M8x40 stainless A2', {
    textFacets: { material: { de: 'Edelstahl A2', en: 'stainless A2' } },
    numericFacets: { length: 40 },
    price: 30,
  }),
  doc('KT-2', 'Sechskantschraube DIN 933 M8x50 Stahl verzinkt', 'Hex bolt DIN 933 M8x50 steel zinc plated', {
    textFacets: { material: { de: 'Stahl verzinkt', en: 'steel zinc plated' } },
    numericFacets: { length: 50 },
    price: 20,
    brand: 'Fixon',
  }),
  doc('KT-3', 'NYM-J 3x1,5 mm² Mantelleitung', 'NYM-J 3x1.5 mm² installation cable', { categoryIds: ['cables'], price: 90, availability: 0 }),
  doc('KT-4', 'Größenänderung Übermaß', 'Oversize', { categoryIds: ['cables'], price: 5, codes: ['KT-4', '4006381333931'] }),
];
const index = buildIndex(docs, {
  locales: ['de', 'en'],
  facets: { brand: { label: { de: 'Marke', en: 'Brand' } }, length: { label: { de: 'Länge', en: 'Length' }, unit: 'mm' } },
  categories: [
    { id: 'fasteners', names: { de: 'Befestigungstechnik', en: 'Fasteners' } },
    { id: 'cables', names: { de: 'Kabel', en: 'Cables' } },
  ],
});
const keys = (text: string, extra = {}) => search(index, { text, ...extra }).hits.map((h) => h.key);

describe('tokenizer', () => {
  it('keeps technical tokens whole and adds their parts', () => {
    assert.deepEqual(indexTokens('M8x40'), ['m8x40', 'm8', '40']);
    assert.deepEqual(indexTokens('NYM-J 3x1,5'), ['nym-j', 'nym', 'j', '3x1.5', '3', '1.5']);
    assert.deepEqual(queryTokens('Größe ÜBERMASS 3x1.5'), ['grosse', 'ubermass', '3x1.5']);
  });
});

describe('search', () => {
  it('requires all terms, matches prefixes and folds diacritics', () => {
    assert.deepEqual(keys('m8x40'), ['KT-1']);
    assert.deepEqual(keys('sechskant m8').sort(), ['KT-1', 'KT-2']);
    assert.deepEqual(keys('hex bolt m8x5'), ['KT-2']);
    assert.deepEqual(keys('nym 3x1,5'), ['KT-3']);
    assert.deepEqual(keys('NYM-J 3x1.5'), ['KT-3']);
    assert.deepEqual(keys('grossen'), ['KT-4']);
    assert.deepEqual(keys('ubermass'), ['KT-4']);
  });

  it('falls back to the best partial match and says so', () => {
    const result = search(index, { text: 'm8x40 kupfer' });
    assert.equal(result.matchMode, 'partial');
    assert.deepEqual(result.hits.map((h) => h.key), ['KT-1']);
    assert.equal(search(index, { text: 'm8x40' }).matchMode, 'all-terms');
    assert.equal(search(index, { text: 'zzzz' }).total, 0);
  });

  it('puts an exact SKU, MPN or EAN first', () => {
    assert.equal(keys('KT-2')[0], 'KT-2');
    assert.equal(keys('mpn-kt-3')[0], 'KT-3');
    assert.deepEqual(keys('4006381333931'), ['KT-4']);
  });

  it('counts facets over all hits and filters by terms, categories and ranges', () => {
    const all = search(index, { text: '', limit: 1, locale: 'en' });
    assert.equal(all.total, 4);
    const brand = all.facets.find((f) => f.key === 'brand');
    assert.deepEqual(brand?.type === 'terms' ? brand.values : null, [
      { value: 'Norrmann', count: 3 },
      { value: 'Fixon', count: 1 },
    ]);
    const length = all.facets.find((f) => f.key === 'length');
    assert.deepEqual(length, { key: 'length', label: 'Length', type: 'range', min: 40, max: 50, unit: 'mm' });
    assert.equal(search(index, { text: '', locale: 'de' }).facets.find((f) => f.key === 'length')?.label, 'Länge');
    assert.deepEqual(keys('', { filters: [{ facet: 'brand', values: ['Fixon'] }] }), ['KT-2']);
    assert.deepEqual(keys('', { filters: [{ facet: 'material', values: ['stainless A2'] }] }), ['KT-1']);
    assert.deepEqual(keys('', { filters: [{ facet: 'material', values: ['Edelstahl A2'] }] }), ['KT-1']);
    assert.deepEqual(keys('', { filters: [{ facet: 'length', min: 45 }] }), ['KT-2']);
    assert.deepEqual(keys('', { categoryId: 'cables' }).sort(), ['KT-3', 'KT-4']);
    assert.deepEqual(keys('', { filters: [{ facet: 'nonexistent', values: ['x'] }] }), []);
  });

  it('sorts by price, name and availability, and pages', () => {
    assert.deepEqual(keys('', { sort: 'price-asc' }), ['KT-4', 'KT-2', 'KT-1', 'KT-3']);
    assert.deepEqual(keys('', { sort: 'price-desc' }), ['KT-3', 'KT-1', 'KT-2', 'KT-4']);
    assert.deepEqual(keys('', { sort: 'name', locale: 'en' }), ['KT-1', 'KT-2', 'KT-3', 'KT-4']);
    assert.equal(keys('', { sort: 'availability' }).at(-1), 'KT-3');
    assert.deepEqual(keys('', { sort: 'price-asc', offset: 1, limit: 2 }), ['KT-2', 'KT-1']);
  });

  it('highlights matched word starts in the name of the locale', () => {
    const [hit] = search(index, { text: 'sechskant m8x4', locale: 'de' }).hits;
    assert.deepEqual(hit?.highlights, [
      [0, 9],
      [26, 30],
    ]);
    const [umlaut] = search(index, { text: 'grosse', locale: 'de' }).hits;
    assert.deepEqual(umlaut?.highlights, [[0, 5]]);
  });
});

describe('suggest', () => {
  it('proposes products, categories and completions', () => {
    const result = suggest(index, 'sechs', { locale: 'de' });
    assert.deepEqual(result.completions, ['sechskantschraube']);
    assert.equal(result.hits.length, 2);
    assert.deepEqual(suggest(index, 'kab', { locale: 'de' }).categories, [{ id: 'cables', name: 'Kabel' }]);
    assert.deepEqual(suggest(index, '   ').completions, []);
  });
});
