/** Variant families: every member of a family with its axis values and availability. */
import { NotFoundError, type VariantAvailability, type VariantFamily, type VariantFamilyMember } from '../../commerce/index.js';
import type { Catalog, CatalogItem } from '../catalog/types.js';
import { localeOf, pricingContextOf, type Actor, type RequestMeta } from './actor.js';
import { summaryIn } from './catalog-api.js';
import type { World } from './world.js';

// Families are fixed once the catalog is generated, so the index is built once per catalog.
const familyIndexes = new WeakMap<Catalog, ReadonlyMap<string, readonly CatalogItem[]>>();

function familyIndex(catalog: Catalog): ReadonlyMap<string, readonly CatalogItem[]> {
  let index = familyIndexes.get(catalog);
  if (!index) {
    const built = new Map<string, CatalogItem[]>();
    for (const item of catalog.items) {
      const members = built.get(item.family.id);
      if (members) members.push(item);
      else built.set(item.family.id, [item]);
    }
    index = built;
    familyIndexes.set(catalog, index);
  }
  return index;
}

/** Whether an item can be ordered, and how fast. */
export function availabilityOf(item: CatalogItem): VariantAvailability {
  if (item.discontinued) return 'discontinued';
  return item.stock.some((n) => n > 0) ? 'in-stock' : 'backorder';
}

/** The family with all its members, localized for the caller, list prices in their currency. */
export function variantFamilyOf(world: World, actor: Actor | null, meta: RequestMeta, familyId: string): VariantFamily {
  const items = familyIndex(world.catalog).get(familyId);
  const first = items?.[0];
  if (!items || !first) throw new NotFoundError(`No variant family ${familyId}.`);
  const locale = localeOf(actor, meta);
  const pricing = pricingContextOf(world, actor, locale);
  const members = items.map((item): VariantFamilyMember => {
    const product = world.view.product(item, locale);
    return {
      sku: item.sku,
      name: product.name,
      mpn: item.mpn,
      axisValues: item.axisValues,
      attributes: product.attributes,
      availability: availabilityOf(item),
      stockTotal: product.stockTotal,
      replacementSku: item.discontinued?.replacementSku ?? null,
      configurable: item.configurable,
      listPrice: summaryIn(world, item, locale, pricing).listPrice,
    };
  });
  const family = world.view.summary(first, locale).family;
  return { id: familyId, name: family?.familyName ?? '', axes: family?.axes ?? [], members };
}
