/** Turns catalog items into the contract's product types in one locale. */
import { money, type Category, type CategoryRef, type Product, type ProductSummary, type TechnicalAttribute } from '../../commerce/index.js';
import { categoryPath } from './categories.js';
import { WAREHOUSES, type Catalog, type CatalogAttribute, type CatalogCategory, type CatalogItem, type Locale } from './types.js';
import { numberFormat } from '../../commerce/formatters.js';

/** Reads a locale from a BCP 47 tag; everything that is not English is German. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag?.trim().toLowerCase().startsWith('en') ? 'en' : 'de';
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function attributeOf(attribute: CatalogAttribute, locale: Locale): TechnicalAttribute {
  const label = attribute.label[locale];
  switch (attribute.type) {
    case 'number':
      return attribute.unit === undefined
        ? { key: attribute.key, label, type: 'number', value: attribute.value }
        : { key: attribute.key, label, type: 'number', value: attribute.value, unit: attribute.unit };
    case 'text':
      return { key: attribute.key, label, type: 'text', value: attribute.value[locale] };
    case 'boolean':
      return { key: attribute.key, label, type: 'boolean', value: attribute.value };
  }
}

function formatAttribute(attribute: TechnicalAttribute, locale: Locale): string {
  if (attribute.type === 'boolean') return attribute.value ? (locale === 'de' ? 'ja' : 'yes') : locale === 'de' ? 'nein' : 'no';
  if (attribute.type === 'text') return attribute.value;
  const value = numberFormat(locale).format(attribute.value);
  return attribute.unit ? `${value} ${attribute.unit}` : value;
}

/** Localizes catalog items; keeps the category lookup so each call stays cheap. */
export class CatalogView {
  private readonly categoriesById: ReadonlyMap<string, CatalogCategory>;

  constructor(readonly catalog: Catalog) {
    this.categoriesById = new Map(catalog.categories.map((c) => [c.id, c] as const));
  }

  /** The category path of an item, top first. */
  categoryRefs(item: CatalogItem, locale: Locale): CategoryRef[] {
    return categoryPath(item.family.categoryId, this.categoriesById).map((c) => ({ id: c.id, name: c.name[locale] }));
  }

  /** Category ids from the top down to the item's leaf. */
  categoryIds(item: CatalogItem): string[] {
    return categoryPath(item.family.categoryId, this.categoriesById).map((c) => c.id);
  }

  /** One category by id, localized. */
  category(id: string, locale: Locale): CategoryRef | null {
    const found = this.categoriesById.get(id);
    return found ? { id: found.id, name: found.name[locale] } : null;
  }

  /** The flat category tree with product counts. */
  categories(locale: Locale): Category[] {
    return this.catalog.categories.map((c) => ({
      id: c.id,
      name: c.name[locale],
      parentId: c.parentId,
      productCount: this.catalog.productCounts.get(c.id) ?? 0,
    }));
  }

  /** The list-row view of an item. */
  summary(item: CatalogItem, locale: Locale): ProductSummary {
    const family = item.family;
    return {
      sku: item.sku,
      mpn: item.mpn,
      ean: item.ean,
      name: item.name[locale],
      brand: family.brand,
      categoryPath: this.categoryRefs(item, locale),
      image: { kind: 'image', url: family.imageUrl, alt: item.name[locale] },
      family: {
        familyId: family.id,
        familyName: family.name[locale],
        axes: family.axes.map((axis) =>
          axis.unit === undefined ? { key: axis.key, label: axis.label[locale] } : { key: axis.key, label: axis.label[locale], unit: axis.unit },
        ),
        axisValues: item.axisValues,
      },
      quantity: item.quantity,
      configurable: item.configurable,
      discontinued: item.discontinued,
      stockTotal: item.stock.reduce((sum, n) => sum + n, 0),
      listPrice: money(item.listPriceMinor, 'EUR'),
    };
  }

  /** The product-page view of an item. */
  product(item: CatalogItem, locale: Locale): Product {
    const attributes = item.attributes.map((a) => attributeOf(a, locale));
    const rows = attributes
      .map((a) => `<li>${escapeHtml(a.label)}: ${escapeHtml(formatAttribute(a, locale))}</li>`)
      .join('');
    const family = item.family;
    return {
      ...this.summary(item, locale),
      descriptionHtml: `${family.intro[locale]}<ul>${rows}</ul>`,
      attributes,
      media: [{ kind: 'image', url: family.imageUrl, alt: item.name[locale] }],
      documents: family.documents.map((d) => ({ ...d, title: d.title[locale] })),
      accessories: item.accessories,
      stock: WAREHOUSES.map((w, i) => ({
        warehouseId: w.id,
        warehouseName: w.name,
        quantity: item.stock[i] ?? 0,
        leadTimeDays: w.leadTimeDays,
      })),
      warranty: family.warranty[locale],
    };
  }
}
