/**
 * Vendure's products as Kontor's variant families: a Vendure product is the family (its slug
 * the family id), its option groups the axes, and each variant with its options a member.
 * A product with a single variant or without option groups is no family.
 */
import type { Sku, TechnicalAttribute, VariantAxis, VariantFamily, VariantFamilyMember, VariantMembership } from '../../commerce/index.js';
import type { VendureFacetValue, VendureProduct, VendureVariant } from './documents.js';
import { stockFrom } from './mapping.js';

type VariantOptions = Pick<VendureVariant, 'sku' | 'options'>;

/** What a family needs of a product: enough to place one variant among its siblings. */
export interface VendureFamilySource {
  readonly slug: string;
  readonly name: string;
  readonly variants: readonly VariantOptions[];
}

/** The option groups in the order the variants first name them. */
function axesOf(product: VendureFamilySource): VariantAxis[] {
  const axes = new Map<string, VariantAxis>();
  for (const variant of product.variants) for (const { group } of variant.options) if (!axes.has(group.code)) axes.set(group.code, { key: group.code, label: group.name });
  return [...axes.values()];
}

const axisValuesOf = (variant: VariantOptions): Record<string, string> => Object.fromEntries(variant.options.map((o) => [o.group.code, o.name]));

/** The family a variant belongs to, or null when its product has nothing to choose between. */
export function membershipOf(product: VendureFamilySource, sku: Sku): VariantMembership | null {
  const variant = product.variants.find((v) => v.sku === sku);
  const axes = axesOf(product);
  if (!variant || product.variants.length < 2 || axes.length === 0) return null;
  return { familyId: product.slug, familyName: product.name, axes, axisValues: axisValuesOf(variant) };
}

/** A variant's technical data: its options, then the facet values of product and variant. */
export function attributesOf(variant: VendureVariant, productFacets: readonly VendureFacetValue[]): TechnicalAttribute[] {
  return [
    ...variant.options.map((o) => ({ key: o.group.code, label: o.group.name, type: 'text' as const, value: o.name })),
    ...[...productFacets, ...variant.facetValues].filter((f) => f.facet.code !== 'category').map((f) => ({ key: f.facet.code, label: f.facet.name, type: 'text' as const, value: f.name })),
  ];
}

/**
 * The whole family of a product. Vendure sells what is on hand only when it tracks
 * inventory, and knows no lead times: a variant without stock is shown as on backorder.
 */
export function familyOf(product: VendureProduct): VariantFamily {
  const members = product.variants.map(
    (variant): VariantFamilyMember => {
      const stockTotal = stockFrom(variant.stockLevel, false);
      return {
        sku: variant.sku,
        name: variant.name,
        mpn: variant.sku,
        axisValues: axisValuesOf(variant),
        attributes: attributesOf(variant, product.facetValues),
        availability: stockTotal > 0 ? 'in-stock' : 'backorder',
        stockTotal,
        replacementSku: null,
        configurable: false,
        listPrice: { amountMinor: variant.price, currency: variant.currencyCode },
      };
    },
  );
  return { id: product.slug, name: product.name, axes: axesOf(product), members };
}
