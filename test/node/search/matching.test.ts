import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildIndex,
  GERMAN_ENGLISH_SYNONYMS,
  ORDERED_BEFORE,
  queryTokens,
  restoreIndex,
  search,
  serializeIndex,
  suggest,
  type SearchDocument,
} from '../../../src/search/index.js';
import { cologne, soundCodes } from '../../../src/search/phonetic.js';
import { editDistance } from '../../../src/search/edits.js';
import { searchDocument } from './fixtures.js';

const doc = (key: string, de: string, en: string, extra: Partial<SearchDocument> = {}): SearchDocument =>
  searchDocument(key, de, en, { categoryIds: ['fasteners'], ...extra });

const docs: SearchDocument[] = [
  doc('BOLT-1', 'Sechskantschraube DIN 933 M8x40 Edelstahl A2', 'Hex bolt DIN 933 M8x40 stainless steel A2'),
  doc('BOLT-2', 'Sechskantschraube DIN 933 M8x400 Stahl', 'Hex bolt DIN 933 M8x400 steel'),
  doc('BOLT-3', 'Zylinderschraube mit Innensechskant DIN 912 M8x40 Edelstahl A4', 'Socket head cap screw DIN 912 M8x40 stainless steel A4'),
  doc('CABLE-1', 'Erdkabel NYY-J 3x1,5 mm²', 'Underground cable NYY-J 3x1.5 mm²', { categoryIds: ['cables'] }),
  doc('CABLE-2', 'Mantelleitung NYM-J 5x2,5 mm²', 'Installation cable NYM-J 5x2.5 mm²', { categoryIds: ['cables'] }),
  doc('DRILL-1', 'Spiralbohrer Ø 8,0 mm', 'Twist drill Ø 8.0 mm', { categoryIds: ['tools'] }),
  doc('DRILL-2', 'Spiralbohrer Ø 80 mm', 'Twist drill Ø 80 mm', { categoryIds: ['tools'] }),
  doc('GLOVE-1', 'Schutzhandschuh Nitril', 'Protective glove nitrile', { categoryIds: ['safety'], availability: 0 }),
  doc('GLOVE-2', 'Schutzhandschuh Nitril', 'Protective glove nitrile', { categoryIds: ['safety'], availability: 5, popularity: 0.1 }),
  doc('GLOVE-3', 'Schutzhandschuh Nitril', 'Protective glove nitrile', { categoryIds: ['safety'], availability: 5, popularity: 0.9 }),
  doc('CLEAN-1', 'Phosphatreiniger', 'Phosphate cleaner', { categoryIds: ['supplies'] }),
  doc('WRENCH-1', 'Knight wrench', 'Knight wrench', { categoryIds: ['tools'], codes: ['WRENCH-1', '4006381333931'] }),
];
const index = buildIndex(docs, {
  locales: ['de', 'en'],
  facets: { [ORDERED_BEFORE]: { label: { de: 'Schon bestellt', en: 'Ordered before' } } },
  categories: [],
  synonyms: GERMAN_ENGLISH_SYNONYMS,
});
const keys = (text: string, extra = {}) => search(index, { text, limit: 50, ...extra }).hits.map((h) => h.key);
const has = (text: string, ...expected: string[]) => {
  const found = keys(text);
  for (const key of expected) assert.ok(found.includes(key), `"${text}" should find ${key}; found ${found.join(', ')}`);
};

describe('prefixes and strict AND', () => {
  it('matches word starts as the user types and requires every word', () => {
    assert.deepEqual(keys('sechsk').sort(), ['BOLT-1', 'BOLT-2', 'BOLT-3']); // BOLT-3: Innensechskant
    assert.deepEqual(keys('sechskantschraube edelst'), ['BOLT-1']);
    assert.deepEqual(keys('hex stain'), ['BOLT-1']);
  });
  it('falls back to the best partial match only when all words find nothing, and says so', () => {
    const partial = search(index, { text: 'erdkabel kupfer' });
    assert.equal(partial.matchMode, 'partial');
    assert.deepEqual(partial.hits.map((h) => h.key), ['CABLE-1']);
    assert.equal(search(index, { text: 'erdkabel nyy' }).matchMode, 'all-terms');
  });
});

describe('typos', () => {
  it('tolerates one edit from four letters and two from eight', () => {
    has('nitirl', 'GLOVE-1'); // swap, German
    has('glvoe', 'GLOVE-1'); // swap, English
    has('sechskantschruabe', 'BOLT-1'); // two edits in a long word
    has('zylindeschraube', 'BOLT-3');
    assert.deepEqual(keys('hax'), []); // three letters: no room for a typo of "hex"
    assert.equal(editDistance('kabel', 'kabl', 1, false), 1);
    assert.equal(editDistance('abc', 'xyz', 1, false), 2);
  });
  it('prefers exact words to typo matches', () => {
    const result = search(index, { text: 'stahl' });
    assert.equal(result.hits[0]?.key, 'BOLT-2');
  });
});

describe('compounds', () => {
  it('finds German compounds by their parts', () => {
    has('schraube', 'BOLT-1', 'BOLT-2', 'BOLT-3');
    has('kabel', 'CABLE-1');
    has('handschuh', 'GLOVE-1');
    has('leitung', 'CABLE-2');
  });
  it('highlights the part inside the compound', () => {
    const hit = search(index, { text: 'kabel', locale: 'de' }).hits.find((h) => h.key === 'CABLE-1');
    assert.deepEqual(hit?.highlights, [[3, 8]]);
  });
});

describe('sound', () => {
  it('matches German words by Kölner Phonetik', () => {
    assert.equal(cologne('wikipedia'), '3412');
    assert.equal(cologne('mueller'), cologne('muller'));
    has('shraube', 'BOLT-1');
    has('schraupe', 'BOLT-1');
  });
  it('matches English words by Double Metaphone', () => {
    assert.ok(soundCodes('fosfate').includes('mFSFT') && soundCodes('phosphate').includes('mFSFT'));
    has('fosfate', 'CLEAN-1'); // three edits away, same sound
    has('fosfat', 'CLEAN-1');
  });
});

describe('synonyms', () => {
  it('applies configured groups in both directions', () => {
    has('inbus', 'BOLT-3');
    has('va', 'BOLT-3');
    assert.ok(!keys('va').includes('BOLT-1'));
    has('leitung', 'CABLE-1'); // leitung ~ kabel
    has('nirosta', 'BOLT-1', 'BOLT-3');
  });
});

describe('technical tokens', () => {
  it('reads dimensions in every common spelling without merging digits', () => {
    for (const text of ['M8x40', 'M8 x 40', 'm8*40', 'M8 X 40']) assert.deepEqual(keys(text).sort(), ['BOLT-1', 'BOLT-3'], text);
    for (const text of ['3x1,5', '3x1.5', '3 x 1,5', 'NYY-J 3x1,5']) assert.deepEqual(keys(text), ['CABLE-1'], text);
    assert.deepEqual(queryTokens('5x2,50'), ['5x2.5']);
  });
  it('keeps numbers exact: 8 mm is not 80 mm, and DIN numbers stay whole', () => {
    assert.deepEqual(keys('8 mm'), ['DRILL-1']);
    assert.deepEqual(keys('8mm'), ['DRILL-1']);
    assert.deepEqual(keys('bohrer 8,0'), ['DRILL-1']);
    assert.deepEqual(keys('m8x40 hex'), ['BOLT-1']);
    assert.deepEqual(keys('DIN933').sort(), ['BOLT-1', 'BOLT-2']);
    assert.deepEqual(keys('din 912'), ['BOLT-3']);
  });
  it('still completes a number being typed', () => {
    assert.deepEqual(keys('sechskant m8x4').sort(), ['BOLT-1', 'BOLT-2', 'BOLT-3']);
    assert.deepEqual(keys('sechskant m8x40').sort(), ['BOLT-1', 'BOLT-3']);
  });
});

describe('ranking', () => {
  it('puts an exact SKU, MPN or EAN first, always', () => {
    assert.equal(keys('BOLT-2')[0], 'BOLT-2');
    assert.equal(keys('mpn-bolt-3')[0], 'BOLT-3');
    assert.deepEqual(keys('4006381333931'), ['WRENCH-1']);
  });
  it('ranks exact over prefix over typo over sound', () => {
    const scores = (text: string) => search(index, { text, limit: 1 }).hits[0]?.score ?? 0;
    assert.ok(scores('nitril') > scores('nitr'));
    assert.ok(scores('nitr') > scores('nitirl'));
    assert.ok(scores('glove') > scores('glvoe'));
  });
  it('breaks ties by stock, then by how often a product is bought', () => {
    assert.deepEqual(keys('nitril'), ['GLOVE-3', 'GLOVE-2', 'GLOVE-1']);
  });
});

describe('did you mean', () => {
  it('offers a respelling when a word matched only by typo or sound', () => {
    assert.equal(search(index, { text: 'sechskantschruabe' }).didYouMean, 'sechskantschraube');
    assert.equal(search(index, { text: 'glvoe nitril' }).didYouMean, 'glove nitril');
    assert.equal(search(index, { text: 'schraube' }).didYouMean, null);
    assert.equal(suggest(index, 'sechskantschruabe').completions[0], 'sechskantschraube');
  });
});

describe('facets', () => {
  it('counts and filters "ordered before" for the given keys', () => {
    const result = search(index, { text: 'schraube', orderedBefore: ['BOLT-3', 'CABLE-1', 'UNKNOWN'] });
    assert.deepEqual(result.facets.find((f) => f.key === ORDERED_BEFORE), {
      key: ORDERED_BEFORE,
      label: 'Schon bestellt',
      type: 'terms',
      values: [{ value: 'true', count: 1 }],
    });
    assert.deepEqual(keys('', { orderedBefore: ['BOLT-3', 'CABLE-1'], filters: [{ facet: ORDERED_BEFORE, values: ['true'] }] }).sort(), ['BOLT-3', 'CABLE-1']);
    assert.equal(keys('', { orderedBefore: ['BOLT-3'], filters: [{ facet: ORDERED_BEFORE, values: ['false'] }] }).length, docs.length - 1);
    assert.deepEqual(keys('', { filters: [{ facet: ORDERED_BEFORE, values: ['true'] }] }), []);
    assert.equal(search(index, { text: '' }).facets.some((f) => f.key === ORDERED_BEFORE), false);
  });
});

describe('hostile queries', () => {
  it('return safely', () => {
    for (const text of ['x'.repeat(10_000), 'a\u0000b\u0007c', '\ud800 schraube \udfff', '.*+?^${}()|[]\\', '<img src=x onerror=alert(1)>', '\u202e\u200b', '(a+)+$']) {
      const result = search(index, { text });
      assert.ok(Number.isInteger(result.total), text.slice(0, 20));
      suggest(index, text);
    }
    assert.ok(keys('\ud800 schraube').includes('BOLT-1'));
    assert.equal(queryTokens('x'.repeat(10_000) + ' y').length, 1);
  });
});

describe('serialization', () => {
  it('restores an index that answers exactly like the original', () => {
    const restored = restoreIndex(serializeIndex(index));
    for (const text of ['schraube', 'inbus', 'M8 x 40', 'shraube', '4006381333931', '']) {
      assert.deepEqual(search(restored, { text, orderedBefore: ['BOLT-1'] }), search(index, { text, orderedBefore: ['BOLT-1'] }), text);
    }
    assert.throws(() => restoreIndex('{"format":99}'), /format/);
  });
});
