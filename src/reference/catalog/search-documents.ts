/** Feeds the generated catalog into the search engine. */
import { buildIndex, GERMAN_ENGLISH_SYNONYMS, ORDERED_BEFORE, type FacetMeta, type IndexOptions, type SearchDocument, type SearchIndex } from '../../search/index.js';
import { LOCALES, WAREHOUSES, type Catalog, type CatalogItem, type Localized } from './types.js';

function documentOf(item: CatalogItem, categoryIds: readonly string[], categoryNames: readonly Localized[]): SearchDocument {
  const textFacets: Record<string, Localized> = {};
  const numericFacets: Record<string, number> = {};
  const texts: { text: string; weight: number }[] = [
    { text: item.family.brand, weight: 6 },
    { text: item.family.name.de, weight: 5 },
    { text: item.family.name.en, weight: 5 },
  ];
  // Shared string objects (not concatenations) keep the tokenizer cache's lookups cheap.
  for (const name of categoryNames) texts.push({ text: name.de, weight: 3 }, { text: name.en, weight: 3 });
  for (const attribute of item.attributes) {
    if (attribute.type === 'text') {
      textFacets[attribute.key] = attribute.value;
      texts.push({ text: attribute.value.de, weight: 2 }, { text: attribute.value.en, weight: 2 });
    } else if (attribute.type === 'number') {
      numericFacets[attribute.key] = attribute.value;
    }
  }
  // Stock per warehouse as numeric facets: a filter from 1 keeps what one warehouse has on hand.
  WAREHOUSES.forEach((warehouse, i) => (numericFacets[stockFacetKey(warehouse.id)] = item.stock[i] ?? 0));
  return {
    key: item.sku,
    codes: item.ean ? [item.sku, item.mpn, item.ean] : [item.sku, item.mpn],
    searchableCodes: [item.sku, item.mpn],
    names: item.name,
    texts,
    brand: item.family.brand,
    categoryIds,
    textFacets,
    numericFacets,
    price: item.listPriceMinor,
    availability: item.stock.reduce((sum, n) => sum + n, 0),
  };
}

/** Key of the numeric facet of a warehouse's stock: `stock-` and the warehouse id. */
export function stockFacetKey(warehouseId: string): string {
  return `stock-${warehouseId}`;
}

/** Builds the search index of a catalog; facet labels come from the attribute labels. */
export function indexCatalog(catalog: Catalog): SearchIndex {
  const { documents, options } = catalogDocuments(catalog);
  return buildIndex(documents, options);
}

/** The catalog as engine documents with the index options (facet labels, synonyms). */
export function catalogDocuments(catalog: Catalog): { documents: SearchDocument[]; options: IndexOptions } {
  const byId = new Map(catalog.categories.map((c) => [c.id, c] as const));
  const facets: Record<string, FacetMeta> = {
    brand: { label: { de: 'Marke', en: 'Brand' } },
    category: { label: { de: 'Kategorie', en: 'Category' } },
    [ORDERED_BEFORE]: { label: { de: 'Schon bestellt', en: 'Ordered before' } },
    ...Object.fromEntries(WAREHOUSES.map((w) => [stockFacetKey(w.id), { label: { de: w.name, en: w.name } }])),
  };
  const pathCache = new Map<string, { ids: string[]; names: Localized[] }>();
  const documents = catalog.items.map((item) => {
    let path = pathCache.get(item.family.categoryId);
    if (!path) {
      const ids: string[] = [];
      const names: Localized[] = [];
      for (let c = byId.get(item.family.categoryId); c; c = c.parentId === null ? undefined : byId.get(c.parentId)) {
        ids.unshift(c.id);
        names.unshift(c.name);
      }
      path = { ids, names };
      pathCache.set(item.family.categoryId, path);
    }
    for (const attribute of item.attributes) {
      if (facets[attribute.key] || attribute.type === 'boolean') continue;
      facets[attribute.key] =
        attribute.type === 'number' && attribute.unit !== undefined
          ? { label: attribute.label, unit: attribute.unit }
          : { label: attribute.label };
    }
    return documentOf(item, path.ids, path.names);
  });
  return {
    documents,
    options: {
      locales: LOCALES,
      facets,
      categories: catalog.categories.map((c) => ({ id: c.id, names: c.name })),
      synonyms: GERMAN_ENGLISH_SYNONYMS,
    },
  };
}
