import type { SearchDocument } from '../../../src/search/index.js';

/** A search document with German and English names and plain defaults for the rest. */
export function searchDocument(key: string, de: string, en: string, extra: Partial<SearchDocument> = {}): SearchDocument {
  return {
    key,
    codes: [key, `MPN-${key}`],
    names: { de, en },
    texts: [],
    brand: 'Norrmann',
    categoryIds: ['fasteners', 'bolts'],
    textFacets: {},
    numericFacets: {},
    price: 100,
    availability: 10,
    ...extra,
  };
}
