/**
 * The seeded catalog generator. Same seed and size → the same catalog, byte for byte, in
 * every host; tests, the worker and the Node server therefore agree on SKUs and prices.
 */
import { CATEGORIES, categoryPath } from './categories.js';
import { madeToOrderCount, madeToOrderItems } from './made-to-order.js';
import { placeholderImage } from './placeholder-image.js';
import { mulberry32, type Rng } from './prng.js';
import { L, type FamilyPlan, type FamilyTemplate } from './template-kit.js';
import { ELECTRICAL_TEMPLATES } from './templates-electrical.js';
import { FASTENER_TEMPLATES } from './templates-fasteners.js';
import { SUPPLY_TEMPLATES } from './templates-supplies.js';
import type { Catalog, CatalogCategory, CatalogFamily, CatalogItem, CatalogTier } from './types.js';

/** Options of {@link generateCatalog}. */
export interface CatalogOptions {
  /** Number of SKUs (default 20,000). */
  readonly size?: number;
  /** PRNG seed (default 1). */
  readonly seed?: number;
}

/** The first SKU number; SKUs count up from here so small catalogs share their first SKUs. */
export const FIRST_SKU_NUMBER = 100000;

const TEMPLATES: readonly FamilyTemplate[] = [...FASTENER_TEMPLATES, ...ELECTRICAL_TEMPLATES, ...SUPPLY_TEMPLATES];

/** Which template's SKUs make good accessories for another's. */
const ACCESSORY_SOURCES: Readonly<Record<string, readonly string[]>> = {
  bolt: ['nut', 'washer'],
  cordless: ['drill'],
  pipe: ['fitting'],
  tips: ['box'],
  cable: [],
};

const STATUTORY_WARRANTY = L(
  'Gesetzliche Gewährleistung von 12 Monaten für Unternehmer.',
  'Statutory warranty of 12 months for business customers.',
);

/** Formats a SKU from its running number. */
export const skuOf = (n: number): string => `KT-${FIRST_SKU_NUMBER + n}`;

function eanOf(rng: Rng): string {
  let digits = `40${rng.int(1000000000, 9999999999)}`.slice(0, 12);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3);
  digits += String((10 - (sum % 10)) % 10);
  return digits;
}

/**
 * Families differ wildly in size (a bolt family has ~100 variants, a glove family five), so
 * the next family goes to the template furthest below its share of SKUs; the jitter keeps
 * the order from being a fixed rotation.
 */
function pickTemplate(rng: Rng, skuCounts: Map<string, number>): FamilyTemplate {
  let best: FamilyTemplate = TEMPLATES[0] as FamilyTemplate;
  let bestScore = Infinity;
  for (const template of TEMPLATES) {
    const score = ((skuCounts.get(template.id) ?? 0) + rng.next() * 50) / template.weight;
    if (score < bestScore) {
      bestScore = score;
      best = template;
    }
  }
  return best;
}

function tiersFor(rng: Rng, minQuantity: number): CatalogTier[] {
  if (!rng.chance(0.5)) return [];
  const base = Math.max(1, minQuantity);
  return [
    { minQuantity: base * 10, discountPercent: 4 },
    { minQuantity: base * 50, discountPercent: 8 },
    { minQuantity: base * 100, discountPercent: 12 },
  ];
}

const CATEGORY_BY_ID = new Map(CATEGORIES.map((category) => [category.id, category]));

function topCategoryOf(categoryId: string): string {
  return categoryPath(categoryId, CATEGORY_BY_ID)[0]?.id ?? categoryId;
}

function familyOf(id: string, template: FamilyTemplate, plan: FamilyPlan): CatalogFamily {
  const documents: CatalogFamily['documents'][number][] = [
    { kind: 'datasheet', title: L('Datenblatt', 'Datasheet'), url: `/docs/${id}-datasheet-de.pdf`, language: 'de' },
    { kind: 'datasheet', title: L('Datenblatt (englisch)', 'Datasheet'), url: `/docs/${id}-datasheet-en.pdf`, language: 'en' },
  ];
  if (plan.hasSafetySheet) {
    documents.push({ kind: 'safety-data-sheet', title: L('Sicherheitsdatenblatt', 'Safety data sheet'), url: `/docs/${id}-sds.pdf`, language: 'de' });
  }
  if (template.categoryId === 'bolts') {
    documents.push({ kind: 'certificate', title: L('Werkszeugnis 3.1', 'Inspection certificate 3.1'), url: `/docs/${id}-cert.pdf`, language: 'en' });
  }
  return {
    id,
    name: plan.name,
    axes: plan.axes,
    brand: plan.brand,
    categoryId: plan.categoryId ?? template.categoryId,
    imageUrl: placeholderImage(template.id, topCategoryOf(plan.categoryId ?? template.categoryId)),
    documents,
    warranty: plan.warranty ?? STATUTORY_WARRANTY,
    intro: plan.intro,
  };
}

/** Generates the catalog; 20,000 SKUs take well under a second. */
export function generateCatalog(options: CatalogOptions = {}): Catalog {
  const size = options.size ?? 20000;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(size) || size < 0) throw new RangeError('Catalog size must be a non-negative integer');
  const rng = mulberry32(seed);
  const skuCounts = new Map<string, number>();
  const items: CatalogItem[] = [];
  const pools = new Map<string, string[]>();
  let familyCount = 0;

  const generated = size - madeToOrderCount(size);
  while (items.length < generated) {
    const template = pickTemplate(rng, skuCounts);
    const plan = template.build(rng);
    const family = familyOf(`fam-${String(++familyCount).padStart(5, '0')}`, template, plan);
    const priceFactor = 0.9 + rng.next() * 0.25;
    const mpnPrefix = plan.brand.replace(/[^A-Za-z]/g, '').slice(0, 3).toUpperCase() + String(familyCount);
    const sources = ACCESSORY_SOURCES[template.id] ?? [];
    const pool = pools.get(template.id) ?? [];
    pools.set(template.id, pool);
    const start = items.length;
    let variantNo = 0;
    for (const values of plan.combos) {
      if (items.length >= generated) break;
      // Real families have gaps: not every diameter comes in every length.
      if (plan.combos.length > 8 && rng.chance(0.08)) continue;
      const variant = plan.variant(values);
      const sku = skuOf(items.length);
      const accessories: string[] = [];
      for (const source of sources) {
        const candidates = pools.get(source);
        if (candidates && candidates.length > 0) accessories.push(rng.pick(candidates));
      }
      const stock = [0, 0, 0].map((_, w) => (rng.chance(0.12) ? 0 : rng.int(0, w === 0 ? 4000 : 900)));
      items.push({
        sku,
        mpn: `${mpnPrefix}-${String(++variantNo).padStart(3, '0')}`,
        ean: rng.chance(0.9) ? eanOf(rng) : null,
        name: variant.name,
        family,
        axisValues: values,
        attributes: variant.attributes,
        quantity: variant.quantity,
        configurable: variant.configurable ?? false,
        discontinued: null,
        stock,
        listPriceMinor: Math.max(1, Math.round(variant.price * priceFactor)),
        tiers: tiersFor(rng, variant.quantity.minQuantity),
        accessories,
      });
      pool.push(sku);
    }
    skuCounts.set(template.id, (skuCounts.get(template.id) ?? 0) + items.length - start);
    markDiscontinued(rng, items, start);
  }

  if (madeToOrderCount(size) > 0) items.push(...madeToOrderItems(skuOf, items.length));
  const bySku = new Map(items.map((item) => [item.sku, item] as const));
  return { seed, items, bySku, categories: CATEGORIES, productCounts: countProducts(items, CATEGORIES) };
}

/** Marks a few variants of the family just generated as discontinued, naming the next one. */
function markDiscontinued(rng: Rng, items: CatalogItem[], start: number): void {
  for (let i = start; i < items.length; i++) {
    const item = items[i];
    if (!item || !rng.chance(0.02)) continue;
    const next = items[i + 1];
    const replacementSku = next && i + 1 < items.length && rng.chance(0.7) ? next.sku : null;
    items[i] = { ...item, discontinued: { replacementSku } };
  }
}

function countProducts(items: readonly CatalogItem[], categories: readonly CatalogCategory[]): Map<string, number> {
  const byId = new Map(categories.map((c) => [c.id, c] as const));
  const leafCounts = new Map<string, number>();
  for (const item of items) leafCounts.set(item.family.categoryId, (leafCounts.get(item.family.categoryId) ?? 0) + 1);
  const counts = new Map<string, number>(categories.map((c) => [c.id, 0] as const));
  for (const [leaf, count] of leafCounts) {
    for (const node of categoryPath(leaf, byId)) counts.set(node.id, (counts.get(node.id) ?? 0) + count);
  }
  return counts;
}
