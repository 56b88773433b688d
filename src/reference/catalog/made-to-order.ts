/**
 * Products made to order: a cable assembly cut to length and a workbench built from
 * options. They close every catalog of at least {@link MADE_TO_ORDER_MIN_SIZE} SKUs, so
 * small test catalogs have them too, and take no numbers from the generator's random
 * stream, so every other SKU stays as it was. Their rules live in `../configurator/`.
 */
import { L, bool, num, packs, text } from './template-kit.js';
import { placeholderImage } from './placeholder-image.js';
import type { CatalogFamily, CatalogItem, Localized } from './types.js';

/** Catalogs smaller than this have no made-to-order products (too small to hold them). */
export const MADE_TO_ORDER_MIN_SIZE = 50;

/** Which configuration model each made-to-order product follows. */
export type MadeToOrderKind = 'cable-assembly' | 'workbench';

interface Plan {
  readonly kind: MadeToOrderKind;
  readonly name: Localized;
  readonly intro: Localized;
  readonly brand: string;
  readonly categoryId: string;
  readonly top: string;
  readonly listPriceMinor: number;
  readonly attributes: CatalogItem['attributes'];
}

const PLANS: readonly Plan[] = [
  {
    kind: 'cable-assembly',
    name: L('Konfektionierte Anschlussleitung nach Maß', 'Cable assembly cut to length'),
    intro: L(
      '<p>Gummischlauchleitung auf Ihre Länge geschnitten, mit Stecker und Kupplung Ihrer Wahl montiert und geprüft.</p>',
      '<p>Rubber-sheathed cable cut to your length, fitted with the plug and coupler of your choice and tested.</p>',
    ),
    brand: 'Kabelwerk Nord',
    categoryId: 'installation-cables',
    top: 'cables',
    listPriceMinor: 1450,
    attributes: [text('conductor', L('Leiter', 'Conductor'), L('Kupfer, feindrähtig', 'copper, fine-stranded')), bool('made-to-order', L('Auftragsfertigung', 'Made to order'), true)],
  },
  {
    kind: 'workbench',
    name: L('Werkbank-System nach Wahl', 'Workbench system, built to order'),
    intro: L(
      '<p>Werkbank aus Stahlrahmen mit Platte, Schubladenblock und Zubehör nach Ihrer Wahl, montiert geliefert.</p>',
      '<p>Steel-frame workbench with the worktop, drawer unit and fittings of your choice, delivered assembled.</p>',
    ),
    brand: 'Kraftmann',
    categoryId: 'power-tools',
    top: 'tools',
    listPriceMinor: 38900,
    attributes: [num('load-capacity', L('Tragfähigkeit', 'Load capacity'), 500, 'kg'), bool('made-to-order', L('Auftragsfertigung', 'Made to order'), true)],
  },
];

/** How many made-to-order products a catalog of `size` SKUs ends with. */
export const madeToOrderCount = (size: number): number => (size >= MADE_TO_ORDER_MIN_SIZE ? PLANS.length : 0);

const FAMILY_PREFIX = 'fam-mto-';

/** The made-to-order kind of a catalog item, or null for every generated item. */
export function madeToOrderKind(item: CatalogItem): MadeToOrderKind | null {
  const kind = item.family.id.startsWith(FAMILY_PREFIX) ? item.family.id.slice(FAMILY_PREFIX.length) : '';
  return PLANS.some((plan) => plan.kind === kind) ? (kind as MadeToOrderKind) : null;
}

/** The made-to-order items, numbered from `sku(n)` on. */
export function madeToOrderItems(sku: (n: number) => string, start: number): CatalogItem[] {
  return PLANS.map((plan, i) => {
    const familyId = `${FAMILY_PREFIX}${plan.kind}`;
    const family: CatalogFamily = {
      id: familyId,
      name: plan.name,
      axes: [],
      brand: plan.brand,
      categoryId: plan.categoryId,
      imageUrl: placeholderImage(plan.kind, plan.top),
      documents: [{ kind: 'datasheet', title: L('Datenblatt', 'Datasheet'), url: `/docs/${familyId}-datasheet.pdf`, language: 'de' }],
      warranty: L('2 Jahre Herstellergarantie.', '2-year manufacturer warranty.'),
      intro: plan.intro,
    };
    return {
      sku: sku(start + i),
      mpn: `MTO-${plan.kind.toUpperCase()}`,
      ean: null,
      name: plan.name,
      family,
      axisValues: {},
      attributes: plan.attributes,
      quantity: packs(1),
      configurable: true,
      discontinued: null,
      // Made from stocked parts: what is on hand limits how many can be made this week.
      stock: [400, 120, 60],
      listPriceMinor: plan.listPriceMinor,
      tiers: [],
      accessories: [],
    };
  });
}
