import type { Product, VariantFamilyMember } from '../../src/index.js';

const AVAILABILITY = {
  'in-stock': 'https://schema.org/InStock',
  backorder: 'https://schema.org/BackOrder',
  discontinued: 'https://schema.org/Discontinued',
} as const satisfies Record<VariantFamilyMember['availability'], string>;

/**
 * schema.org Product with its Offer as JSON-LD text, for search engines. The offer carries
 * the public list price (what an anonymous crawler may see), never a customer's price.
 * `<` is escaped so the text cannot close its `<script>` when the page is serialized.
 */
export function productJsonLd(product: Product, pageUrl: string): string {
  const availability = product.discontinued ? 'discontinued' : product.stockTotal > 0 ? 'in-stock' : 'backorder';
  const image = product.media.filter((m) => m.kind === 'image').map((m) => new URL(m.url, pageUrl).href);
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    sku: product.sku,
    mpn: product.mpn,
    ...(product.ean ? { gtin13: product.ean } : {}),
    brand: { '@type': 'Brand', name: product.brand },
    ...(image.length ? { image } : {}),
    category: product.categoryPath.map((c) => c.name).join(' > '),
    ...(product.family ? { isVariantOf: { '@type': 'ProductGroup', productGroupID: product.family.familyId, name: product.family.familyName } } : {}),
    additionalProperty: product.attributes.map((a) => ({
      '@type': 'PropertyValue',
      name: a.label,
      value: a.value,
      ...(a.type === 'number' && a.unit ? { unitText: a.unit } : {}),
    })),
    offers: {
      '@type': 'Offer',
      url: pageUrl,
      priceCurrency: product.listPrice.currency,
      price: (product.listPrice.amountMinor / 100).toFixed(2),
      availability: AVAILABILITY[availability],
      eligibleQuantity: { '@type': 'QuantitativeValue', minValue: product.quantity.minQuantity, unitText: product.quantity.unit },
    },
  };
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
