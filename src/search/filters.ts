/** Facet filters and the category restriction, compiled once per query into a predicate. */
import type { FacetFilter } from '../commerce/index.js';
import { ORDERED_BEFORE, PRICE } from './facets.js';
import type { PriceFacet } from './types.js';
import { fold } from './normalize.js';
import type { IndexColumns as SearchIndex, TextColumn } from './columns.js';

/** Keeps or drops a document. */
export type DocPredicate = (doc: number) => boolean;

function valueIds(column: TextColumn, wanted: readonly string[]): Set<number> {
  const folded = new Set(wanted.map(fold));
  const ids = new Set<number>();
  column.values.forEach((value, id) => {
    if (Object.values(value).some((v) => folded.has(fold(v)))) ids.add(id);
  });
  return ids;
}

/** Compiles filters; an unknown facet key matches nothing, as an impossible filter should. */
export function compileFilters(
  index: SearchIndex,
  categoryId: string | undefined,
  filters: readonly FacetFilter[],
  ordered: Uint8Array | null = null,
  price: PriceFacet | null = null,
): DocPredicate | null {
  const checks: DocPredicate[] = [];
  const depth = index.categoryDepth;
  const categoryCheck = (ids: readonly string[]): DocPredicate => {
    const wanted = new Set(ids.map((id) => index.categoryIndex.indexOf(id)).filter((i) => i >= 0));
    return (doc) => {
      for (let level = 0; level < depth; level++) if (wanted.has(index.categorySlots[doc * depth + level]!)) return true;
      return false;
    };
  };
  if (categoryId !== undefined) checks.push(categoryCheck([categoryId]));
  for (const filter of filters) {
    if ('values' in filter) {
      if (filter.facet === ORDERED_BEFORE) {
        // `true` keeps what was ordered before, `false` what was not; both or neither: all.
        const yes = filter.values.includes('true');
        const no = filter.values.includes('false');
        if (yes !== no) checks.push((doc) => (ordered?.[doc] === 1) === yes);
        else if (!yes) return () => false;
        continue;
      }
      if (filter.facet === 'category') {
        checks.push(categoryCheck(filter.values));
        continue;
      }
      const column = filter.facet === 'brand' ? index.brands : index.textFacets.get(filter.facet);
      if (!column) return () => false;
      const ids = valueIds(column, filter.values);
      checks.push((doc) => ids.has(column.ids[doc]!));
    } else {
      const column = index.numericFacets.get(filter.facet);
      const valueOf = filter.facet === PRICE ? price && ((doc: number) => price.valueOf(doc)) : column && ((doc: number) => column[doc]!);
      if (!valueOf) return () => false;
      const min = filter.min ?? -Infinity;
      const max = filter.max ?? Infinity;
      checks.push((doc) => {
        const value = valueOf(doc);
        return value >= min && value <= max;
      });
    }
  }
  if (checks.length === 0) return null;
  return (doc) => {
    for (const check of checks) if (!check(doc)) return false;
    return true;
  };
}
