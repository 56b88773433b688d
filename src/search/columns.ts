/**
 * Phase 1 of the index: one entry per document for filtering, facet counting, sorting and
 * category listing (the name order is derived from `names` when first needed: name-rank.ts). Cheap to build (typed arrays, no tokenizing), so a search without text
 * can be answered long before the text index exists.
 */
import type { IndexOptions, SearchDocument } from './types.js';

/** A text facet column: one value id per document (-1 when absent). */
export interface TextColumn {
  readonly ids: Int32Array;
  /** Display value per locale, by value id. */
  readonly values: readonly Readonly<Record<string, string>>[];
}

/** The per-document columns. Fields are read by the query code in this folder. */
export interface IndexColumns {
  readonly options: IndexOptions;
  readonly size: number;
  readonly keys: readonly string[];
  readonly names: readonly Readonly<Record<string, string>>[];
  readonly brands: TextColumn;
  /** Category ids per document, `categoryDepth` slots each, -1 padded. */
  readonly categoryIndex: readonly string[];
  readonly categorySlots: Int32Array;
  readonly categoryDepth: number;
  readonly textFacets: ReadonlyMap<string, TextColumn>;
  /** Numeric facet columns, NaN when absent. */
  readonly numericFacets: ReadonlyMap<string, Float64Array>;
  readonly prices: Float64Array;
  readonly availability: Float64Array;
  /** Small score bonus that orders equally relevant hits: in stock first, then bestsellers. */
  readonly tieBreak: Float64Array;
}

class ColumnBuilder {
  readonly ids: Int32Array;
  readonly values: Record<string, string>[] = [];
  private readonly lookup = new Map<string, number>();
  /** Most values are shared objects; identity lookup skips building the string key. */
  private readonly byObject = new Map<object, number>();
  constructor(size: number) {
    this.ids = new Int32Array(size).fill(-1);
  }
  set(doc: number, value: Readonly<Record<string, string>>, locales: readonly string[]): void {
    const known = this.byObject.get(value);
    if (known !== undefined) {
      this.ids[doc] = known;
      return;
    }
    const key = locales.map((l) => value[l] ?? '').join('\u0000');
    let id = this.lookup.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.values.push({ ...value });
      this.lookup.set(key, id);
    }
    this.byObject.set(value, id);
    this.ids[doc] = id;
  }
  freeze(): TextColumn {
    return { ids: this.ids, values: this.values };
  }
}

/** Builds the columns; linear in the number of documents and facet values. */
export function buildColumns(documents: readonly SearchDocument[], options: IndexOptions): IndexColumns {
  const size = documents.length;
  const brands = new ColumnBuilder(size);
  const textFacets = new Map<string, ColumnBuilder>();
  const numericFacets = new Map<string, Float64Array>();
  const categoryIndex: string[] = [];
  const categoryIds = new Map<string, number>();
  const categoryDepth = documents.reduce((depth, d) => Math.max(depth, d.categoryIds.length), 1);
  const categorySlots = new Int32Array(size * categoryDepth).fill(-1);
  const prices = new Float64Array(size);
  const availability = new Float64Array(size);
  const tieBreak = new Float64Array(size);
  const brandLocales = options.locales.slice(0, 1);
  const brandValues = new Map<string, Record<string, string>>();
  const brandValue = (brand: string): Record<string, string> => {
    let value = brandValues.get(brand);
    if (!value) brandValues.set(brand, (value = { [brandLocales[0] ?? '']: brand }));
    return value;
  };
  for (let doc = 0; doc < size; doc++) {
    const d = documents[doc] as SearchDocument;
    brands.set(doc, brandValue(d.brand), brandLocales);
    d.categoryIds.forEach((id, level) => {
      let index = categoryIds.get(id);
      if (index === undefined) {
        index = categoryIndex.length;
        categoryIndex.push(id);
        categoryIds.set(id, index);
      }
      categorySlots[doc * categoryDepth + level] = index;
    });
    for (const [key, value] of Object.entries(d.textFacets)) {
      let column = textFacets.get(key);
      if (!column) textFacets.set(key, (column = new ColumnBuilder(size)));
      column.set(doc, value, options.locales);
    }
    for (const [key, value] of Object.entries(d.numericFacets)) {
      let column = numericFacets.get(key);
      if (!column) numericFacets.set(key, (column = new Float64Array(size).fill(NaN)));
      column[doc] = value;
    }
    prices[doc] = d.price;
    availability[doc] = d.availability;
    // Far below the smallest difference of two term weights (0.05), so it only breaks ties.
    tieBreak[doc] = (d.availability > 0 ? 0.01 : 0) + 0.005 * Math.min(1, Math.max(0, d.popularity ?? 0));
  }
  return {
    options,
    size,
    keys: documents.map((d) => d.key),
    names: documents.map((d) => d.names),
    brands: brands.freeze(),
    categoryIndex,
    categorySlots,
    categoryDepth,
    textFacets: new Map([...textFacets].map(([k, b]) => [k, b.freeze()] as const)),
    numericFacets,
    prices,
    availability,
    tieBreak,
  };
}
