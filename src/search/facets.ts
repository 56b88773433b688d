/** Facet counting over the filtered hits. */
import type { FacetResult } from '../commerce/index.js';
import type { IndexColumns as SearchIndex, TextColumn } from './columns.js';
import type { PriceFacet } from './types.js';

/** Key of the facet of documents the account ordered before; its one value is `true`. */
export const ORDERED_BEFORE = 'ordered-before';

/** Key of the range facet and filter over the caller's prices ({@link PriceFacet}). */
export const PRICE = 'price';

/** Most values a terms facet reports: enough for a brand list, bounded for the payload. */
const MAX_FACET_VALUES = 500;

function labelOf(index: SearchIndex, key: string, locale: string): string {
  const meta = index.options.facets[key];
  return meta?.label[locale] ?? meta?.label[index.options.locales[0] ?? ''] ?? key;
}

function countColumn(column: TextColumn, hits: Uint32Array, locale: string, fallback: string): { value: string; count: number }[] {
  // A typed array per column beats a Map by far over 100,000 hits.
  const counts = new Uint32Array(column.values.length);
  const ids = column.ids;
  for (let i = 0; i < hits.length; i++) {
    const id = ids[hits[i]!]!;
    if (id >= 0) counts[id]!++;
  }
  const found: [number, number][] = [];
  counts.forEach((count, id) => {
    if (count > 0) found.push([id, count]);
  });
  return found
    .map(([id, count]) => {
      const value = column.values[id] ?? {};
      return { value: value[locale] ?? value[fallback] ?? Object.values(value)[0] ?? '', count };
    })
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
    .slice(0, MAX_FACET_VALUES);
}

function countCategories(index: SearchIndex, hits: Uint32Array): { value: string; count: number }[] {
  const counts = new Uint32Array(index.categoryIndex.length);
  const depth = index.categoryDepth;
  for (let i = 0; i < hits.length; i++) {
    const base = hits[i]! * depth;
    for (let level = 0; level < depth; level++) {
      const slot = index.categorySlots[base + level]!;
      if (slot >= 0) counts[slot]!++;
    }
  }
  const found: { value: string; count: number }[] = [];
  counts.forEach((count, slot) => {
    if (count > 0) found.push({ value: index.categoryIndex[slot] as string, count });
  });
  return found
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

/** Smallest and largest value of `valueOf` over the hits; null for no hits. */
function span(hits: Uint32Array, valueOf: (doc: number) => number): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < hits.length; i++) {
    const value = valueOf(hits[i]!);
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min > max ? null : { min, max };
}

function range(index: SearchIndex, key: string, column: Float64Array, hits: Uint32Array, locale: string): FacetResult | null {
  const bounds = span(hits, (doc) => column[doc]!);
  if (!bounds) return null;
  const { min, max } = bounds;
  const unit = index.options.facets[key]?.unit;
  const base = { key, label: labelOf(index, key, locale), type: 'range' as const, min, max };
  return unit === undefined ? base : { ...base, unit };
}

/** The keys counted when a query names none: every facet some hit has a value for. */
export function defaultFacetKeys(index: SearchIndex): string[] {
  return ['brand', 'category', ...index.textFacets.keys(), ...index.numericFacets.keys()];
}

/** Counts the requested facets; facets without any value among the hits are left out. */
export function countFacets(
  index: SearchIndex,
  keys: readonly string[],
  hits: Uint32Array,
  locale: string,
  ordered: Uint8Array | null = null,
  price: PriceFacet | null = null,
): FacetResult[] {
  const fallback = index.options.locales[0] ?? locale;
  const out: FacetResult[] = [];
  for (const key of keys) {
    if (key === PRICE) {
      const bounds = price && span(hits, (doc) => price.valueOf(doc));
      if (price && bounds) out.push({ key, label: price.label, type: 'range', ...bounds, unit: price.unit });
      continue;
    }
    if (key === ORDERED_BEFORE) {
      let count = 0;
      if (ordered) for (let i = 0; i < hits.length; i++) count += ordered[hits[i]!]!;
      if (count > 0) out.push({ key, label: labelOf(index, key, locale), type: 'terms', values: [{ value: 'true', count }] });
      continue;
    }
    if (key === 'category') {
      const values = countCategories(index, hits);
      if (values.length > 0) out.push({ key, label: labelOf(index, key, locale), type: 'terms', values });
      continue;
    }
    const column = key === 'brand' ? index.brands : index.textFacets.get(key);
    if (column) {
      const values = countColumn(column, hits, locale, fallback);
      if (values.length > 0) out.push({ key, label: labelOf(index, key, locale), type: 'terms', values });
      continue;
    }
    const numeric = index.numericFacets.get(key);
    const result = numeric ? range(index, key, numeric, hits, locale) : null;
    if (result) out.push(result);
  }
  return out;
}
