/** Facet counting over the filtered hits. */
import type { FacetResult } from '../commerce/index.js';
import type { SearchIndex, TextColumn } from './search-index.js';

/** Most values a terms facet reports. */
const MAX_FACET_VALUES = 50;

function labelOf(index: SearchIndex, key: string, locale: string): string {
  const meta = index.options.facets[key];
  return meta?.label[locale] ?? meta?.label[index.options.locales[0] ?? ''] ?? key;
}

function countColumn(column: TextColumn, hits: Uint32Array, locale: string, fallback: string): { value: string; count: number }[] {
  const counts = new Map<number, number>();
  for (let i = 0; i < hits.length; i++) {
    const id = column.ids[hits[i]!]!;
    if (id >= 0) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, count]) => {
      const value = column.values[id] ?? {};
      return { value: value[locale] ?? value[fallback] ?? Object.values(value)[0] ?? '', count };
    })
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
    .slice(0, MAX_FACET_VALUES);
}

function countCategories(index: SearchIndex, hits: Uint32Array): { value: string; count: number }[] {
  const counts = new Map<number, number>();
  const depth = index.categoryDepth;
  for (let i = 0; i < hits.length; i++) {
    const base = hits[i]! * depth;
    for (let level = 0; level < depth; level++) {
      const slot = index.categorySlots[base + level]!;
      if (slot >= 0) counts.set(slot, (counts.get(slot) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([slot, count]) => ({ value: index.categoryIndex[slot] as string, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

function range(index: SearchIndex, key: string, column: Float64Array, hits: Uint32Array, locale: string): FacetResult | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < hits.length; i++) {
    const value = column[hits[i]!]!;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (min > max) return null;
  const unit = index.options.facets[key]?.unit;
  const base = { key, label: labelOf(index, key, locale), type: 'range' as const, min, max };
  return unit === undefined ? base : { ...base, unit };
}

/** The keys counted when a query names none: every facet some hit has a value for. */
export function defaultFacetKeys(index: SearchIndex): string[] {
  return ['brand', 'category', ...index.textFacets.keys(), ...index.numericFacets.keys()];
}

/** Counts the requested facets; facets without any value among the hits are left out. */
export function countFacets(index: SearchIndex, keys: readonly string[], hits: Uint32Array, locale: string): FacetResult[] {
  const fallback = index.options.locales[0] ?? locale;
  const out: FacetResult[] = [];
  for (const key of keys) {
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
