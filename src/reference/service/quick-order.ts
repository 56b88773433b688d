/**
 * The batched SKU lookup behind quick order: resolves every code of a pasted list in one
 * request, by SKU, manufacturer part number or EAN, and proposes the closest products for
 * codes that name nothing. Closest matches come from the search engine's public `suggest`.
 */
import type { SkuCandidate, SkuFacts, SkuLookup } from '../../commerce/index.js';
import { suggest } from '../../search/index.js';
import { WAREHOUSES, type CatalogItem, type Locale } from '../catalog/types.js';
import { localeOf, type Actor, type RequestMeta } from './actor.js';
import type { World } from './world.js';

/**
 * Unknown codes per request that get closest matches computed; beyond that the client asks
 * `suggest()` when the buyer reaches the line, which keeps a 10,000-line typo list cheap.
 */
export const MAX_CLOSEST_PER_REQUEST = 200;

/** How many closest products an unknown code gets. */
const CLOSEST_COUNT = 3;

const SLOWEST_RESTOCK_DAYS = Math.max(...WAREHOUSES.map((w) => w.leadTimeDays));

interface CodeEntry {
  readonly item: CatalogItem;
  readonly matchedBy: 'sku' | 'mpn' | 'ean';
}

/** Codes are compared without case and spaces: buyers type `kt 100004` for `KT-100004`. */
function foldCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

const codeMaps = new WeakMap<World, Map<string, CodeEntry>>();

/** SKU, MPN and EAN of every item, built once per world on the first lookup. */
function codeMap(world: World): Map<string, CodeEntry> {
  let map = codeMaps.get(world);
  if (map) return map;
  map = new Map();
  // EAN first, then MPN, then SKU: a SKU always wins when codes collide.
  for (const item of world.catalog.items) if (item.ean) map.set(foldCode(item.ean), { item, matchedBy: 'ean' });
  for (const item of world.catalog.items) map.set(foldCode(item.mpn), { item, matchedBy: 'mpn' });
  for (const item of world.catalog.items) map.set(foldCode(item.sku), { item, matchedBy: 'sku' });
  codeMaps.set(world, map);
  return map;
}

function factsOf(item: CatalogItem, locale: Locale): SkuFacts {
  return {
    sku: item.sku,
    name: item.name[locale],
    quantity: item.quantity,
    discontinued: item.discontinued,
    configurable: item.configurable,
    stockTotal: item.stock.reduce((sum, n) => sum + n, 0),
    leadTimeDays: SLOWEST_RESTOCK_DAYS,
  };
}

/** Edit distance between two short strings (codes), for ranking candidates. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The closest products to an unknown code. The engine matches prefixes, so a typo near the
 * end of a code (`KT-10004X`) finds nothing as typed; shortening the code from the end
 * until something matches finds its neighbours, which are then ranked by edit distance.
 */
function closestTo(world: World, code: string, locale: Locale): SkuCandidate[] {
  const folded = foldCode(code);
  const seen = new Map<string, CatalogItem>();
  for (let keep = code.length; keep >= Math.min(3, code.length) && seen.size < CLOSEST_COUNT * 4; keep--) {
    const text = code.slice(0, keep).trim();
    if (text.length === 0) break;
    for (const hit of suggest(world.index, text, { locale, limit: 12 }).hits) {
      const item = world.catalog.bySku.get(hit.key);
      if (item && !item.discontinued) seen.set(item.sku, item);
    }
    if (seen.size > 0 && keep < code.length - 2) break;
  }
  return [...seen.values()]
    .map((item) => ({ item, d: Math.min(distance(folded, foldCode(item.sku)), distance(folded, foldCode(item.mpn))) }))
    .sort((a, b) => a.d - b.d || (a.item.sku < b.item.sku ? -1 : 1))
    .slice(0, CLOSEST_COUNT)
    .map(({ item }) => ({ sku: item.sku, name: item.name[locale] }));
}

/**
 * Looks up every code (duplicates answered once each, in the order given). Unknown codes
 * get closest matches up to {@link MAX_CLOSEST_PER_REQUEST}; the rest get `closest: null`.
 */
export function lookupSkus(world: World, actor: Actor | null, meta: RequestMeta, codes: readonly string[]): SkuLookup[] {
  const locale = localeOf(actor, meta);
  const map = codeMap(world);
  let closestBudget = MAX_CLOSEST_PER_REQUEST;
  const answers = new Map<string, SkuLookup>();
  return codes.map((code) => {
    const known = answers.get(code);
    if (known) return known;
    const entry = map.get(foldCode(code));
    let answer: SkuLookup;
    if (entry) {
      answer = { code, status: 'found', matchedBy: entry.matchedBy, product: factsOf(entry.item, locale) };
    } else {
      const closest = closestBudget > 0 && code.trim().length > 0 ? closestTo(world, code, locale) : null;
      if (closest) closestBudget--;
      answer = { code, status: 'unknown', closest };
    }
    answers.set(code, answer);
    return answer;
  });
}
