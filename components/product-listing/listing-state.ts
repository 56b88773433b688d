/**
 * What a listing shows (query, category, filters, sort, page) as plain data, with its URL
 * form: `q`, `category`, `sort`, `page` (from 1), `f.<facet>` once per chosen value and
 * `r.<facet>=<min>..<max>` per range (either end may be empty).
 */
import type { FacetFilter, SearchSort } from '../../src/index.js';

/** The sort orders a listing offers. */
export const SORTS: readonly SearchSort[] = ['relevance', 'price-asc', 'price-desc', 'name', 'availability'];

/** A numeric range filter; an absent end is open. */
export interface RangeFilter {
  readonly min?: number;
  readonly max?: number;
}

/** The listing's state; `page` counts from 0. */
export interface ListingState {
  readonly query: string;
  readonly category: string;
  readonly sort: SearchSort;
  readonly page: number;
  /** Chosen values per text facet, in the order they were chosen. */
  readonly values: Readonly<Record<string, readonly string[]>>;
  readonly ranges: Readonly<Record<string, RangeFilter>>;
}

/** A URL parameter that could not be read and was left out. */
export type UrlProblem = 'sort' | 'page' | 'range';

/** Longest value, and most values, the URL may bring: longer ones are cut, not trusted. */
const MAX_VALUE_LENGTH = 200;
const MAX_VALUES = 100;
/** Highest page a URL may ask for; the engine would return nothing past it anyway. */
const MAX_PAGE = 10_000;

/**
 * The state a listing's attributes describe (words, category, starting sort); a sort it does
 * not know falls back to relevance.
 */
export function attributeState({ query, category, sort }: { readonly query: string; readonly category: string; readonly sort: string }): ListingState {
  return emptyState(query, category, isSort(sort) ? sort : 'relevance');
}

/** The state with nothing chosen. */
export function emptyState(query = '', category = '', sort: SearchSort = 'relevance'): ListingState {
  return { query, category, sort, page: 0, values: {}, ranges: {} };
}

/** Whether `value` names a sort order. */
export function isSort(value: string): value is SearchSort {
  return (SORTS as readonly string[]).includes(value);
}

function parseNumber(text: string): number | undefined | null {
  if (text.trim() === '') return undefined;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/**
 * Reads a state from URL parameters over `base` (the element's attributes): what the URL
 * names wins; what cannot be read falls back to `base` and is reported in `problems`.
 */
export function stateFromUrl(params: URLSearchParams, base: ListingState): { state: ListingState; problems: UrlProblem[] } {
  const problems = new Set<UrlProblem>();
  const values: Record<string, string[]> = {};
  const ranges: Record<string, RangeFilter> = {};
  let count = 0;
  for (const [name, raw] of params) {
    if (count >= MAX_VALUES) break;
    if (name.startsWith('f.') && name.length > 2 && raw !== '') {
      const facet = name.slice(2, 2 + MAX_VALUE_LENGTH);
      const value = raw.slice(0, MAX_VALUE_LENGTH);
      const list = (values[facet] ??= []);
      if (!list.includes(value)) list.push(value);
      count++;
    } else if (name.startsWith('r.') && name.length > 2) {
      const [from = '', to = '', ...rest] = raw.split('..');
      const min = parseNumber(from);
      const max = parseNumber(to);
      if (rest.length > 0 || min === null || max === null || (min === undefined && max === undefined) || (min !== undefined && max !== undefined && min > max)) {
        problems.add('range');
        continue;
      }
      ranges[name.slice(2, 2 + MAX_VALUE_LENGTH)] = { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
      count++;
    }
  }
  const sortParam = params.get('sort');
  let sort = base.sort;
  if (sortParam !== null) {
    if (isSort(sortParam)) sort = sortParam;
    else problems.add('sort');
  }
  const pageParam = params.get('page');
  let page = 0;
  if (pageParam !== null) {
    const number = Number(pageParam);
    if (Number.isInteger(number) && number >= 1 && number <= MAX_PAGE) page = number - 1;
    else problems.add('page');
  }
  const query = (params.get('q') ?? base.query).slice(0, 256);
  const category = (params.get('category') ?? base.category).slice(0, MAX_VALUE_LENGTH);
  return { state: { query, category, sort, page, values, ranges }, problems: [...problems] };
}

/**
 * Writes `state` into a copy of `params`, leaving parameters the listing does not own
 * (a page's own `lang`, say) as they are. Values equal to `base` are left out.
 */
export function stateToUrl(state: ListingState, params: URLSearchParams, base: ListingState): URLSearchParams {
  const out = new URLSearchParams();
  for (const [name, value] of params) {
    if (!['q', 'category', 'sort', 'page'].includes(name) && !name.startsWith('f.') && !name.startsWith('r.')) out.append(name, value);
  }
  if (state.query && state.query !== base.query) out.set('q', state.query);
  if (state.category !== base.category) out.set('category', state.category);
  if (state.sort !== base.sort) out.set('sort', state.sort);
  if (state.page > 0) out.set('page', String(state.page + 1));
  for (const [facet, list] of Object.entries(state.values)) for (const value of list) out.append(`f.${facet}`, value);
  for (const [facet, range] of Object.entries(state.ranges)) out.set(`r.${facet}`, `${range.min ?? ''}..${range.max ?? ''}`);
  return out;
}

/** The engine's filters for a state. */
export function filtersOf(state: ListingState): FacetFilter[] {
  return [
    ...Object.entries(state.values)
      .filter(([, list]) => list.length > 0)
      .map(([facet, values]) => ({ facet, values })),
    ...Object.entries(state.ranges).map(([facet, range]) => ({ facet, ...range })),
  ];
}

/** Whether any filter is set. */
export function hasFilters(state: ListingState): boolean {
  return Object.values(state.values).some((list) => list.length > 0) || Object.keys(state.ranges).length > 0;
}

/** The state with `value` of `facet` chosen or not; back to the first page. */
export function toggleValue(state: ListingState, facet: string, value: string, on: boolean): ListingState {
  const current = state.values[facet] ?? [];
  const next = on ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
  const values = { ...state.values, [facet]: next };
  if (next.length === 0) delete values[facet];
  return { ...state, values, page: 0 };
}

/** The state with a range on `facet` (null removes it); back to the first page. */
export function setRange(state: ListingState, facet: string, range: RangeFilter | null): ListingState {
  const ranges = { ...state.ranges };
  if (range && (range.min !== undefined || range.max !== undefined)) ranges[facet] = range;
  else delete ranges[facet];
  return { ...state, ranges, page: 0 };
}

/** The state without any filter; query, category and sort stay. */
export function clearFilters(state: ListingState): ListingState {
  return { ...state, values: {}, ranges: {}, page: 0 };
}

/** Whether two states show the same results. */
export function sameState(a: ListingState, b: ListingState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
