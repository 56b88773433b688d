/** Customer groups with their price lists and per-account contract prices. */
import type { Catalog } from '../catalog/types.js';
import type { ContractPrice, CustomerGroup, PriceRegion, Promotion } from './types.js';

/** Customer groups: each discounts the list price per top-level category. */
export const CUSTOMER_GROUPS: readonly CustomerGroup[] = [
  { id: 'cg-industry', name: 'Industrie', discounts: { fasteners: 12, tools: 8, pipes: 5, gloves: 3 } },
  { id: 'cg-electrical', name: 'Elektrohandwerk', discounts: { cables: 15, tools: 10, fasteners: 4 } },
  { id: 'cg-lab', name: 'Labor und Praxis', discounts: { lab: 10, gloves: 8 } },
  { id: 'cg-standard', name: 'Standard', discounts: {} },
];

/**
 * Ship-to dependent prices: deliveries to Austria carry a regional surcharge, the Kiel
 * building site a site-delivery surcharge; Müller's second plant collects from a
 * consolidated delivery and pays a little less. Other ship-tos have no adjustment.
 */
export const PRICE_REGIONS: readonly PriceRegion[] = [
  {
    id: 'rg-at',
    name: { de: 'Region Österreich', en: 'Region Austria' },
    percent: 3,
    shipToIds: ['ad-mueller-de-linz', 'ad-mueller-at-linz', 'ad-mueller-at-graz', 'ad-labnord-at-lab'],
  },
  { id: 'rg-site', name: { de: 'Baustellenbelieferung', en: 'Building site delivery' }, percent: 5, shipToIds: ['ad-hansen-de-site'] },
  { id: 'rg-consolidated', name: { de: 'Sammellieferung Werk 2', en: 'Consolidated delivery, plant 2' }, percent: -2, shipToIds: ['ad-mueller-de-plant2'] },
];

/** Promotion codes; `WINTER25` has expired, so entering it is refused. */
export const PROMOTIONS: readonly Promotion[] = [
  {
    code: 'HANDSCHUH10',
    name: { de: 'Handschuh-Wochen', en: 'Glove weeks' },
    discountPercent: 10,
    topCategoryIds: ['gloves'],
    minQuantity: 1,
    validFrom: '2026-01-01',
    validTo: '2027-12-31',
  },
  {
    code: 'KABEL20',
    name: { de: 'Kabeltrommel-Aktion', en: 'Cable drum offer' },
    discountPercent: 20,
    topCategoryIds: ['cables'],
    minQuantity: 100,
    validFrom: '2026-01-01',
    validTo: '2027-12-31',
  },
  {
    code: 'WINTER25',
    name: { de: 'Winteraktion 2025', en: 'Winter offer 2025' },
    discountPercent: 15,
    topCategoryIds: [],
    minQuantity: 1,
    validFrom: '2025-01-01',
    validTo: '2025-03-31',
  },
];

interface ContractSpec {
  readonly accountId: string;
  readonly currency: string;
  /** Running numbers of the SKUs under contract. */
  readonly skuNumbers: readonly number[];
  /** Contract price as a share of the list price when the contract was made. */
  readonly share: number;
  readonly validFrom: string;
  readonly validTo: string;
  readonly name: string;
}

const SPECS: readonly ContractSpec[] = [
  { accountId: 'acc-mueller-de', currency: 'EUR', skuNumbers: [0, 1, 2, 3, 4, 5, 10, 20, 30], share: 0.78, validFrom: '2024-01-01', validTo: '2030-12-31', name: 'Rahmenvertrag 2024-2030' },
  { accountId: 'acc-mueller-de', currency: 'EUR', skuNumbers: [6, 7], share: 0.5, validFrom: '2020-01-01', validTo: '2022-12-31', name: 'Rahmenvertrag 2020 (abgelaufen)' },
  { accountId: 'acc-mueller-ch', currency: 'CHF', skuNumbers: [0, 1, 2], share: 0.82, validFrom: '2025-01-01', validTo: '2030-12-31', name: 'Rahmenvertrag Schweiz' },
  { accountId: 'acc-hansen-de', currency: 'EUR', skuNumbers: [8, 9, 11, 12], share: 0.75, validFrom: '2025-01-01', validTo: '2029-12-31', name: 'Projektvertrag Kabel' },
  { accountId: 'acc-labnord-de', currency: 'EUR', skuNumbers: [13, 14, 15], share: 0.8, validFrom: '2026-01-01', validTo: '2027-12-31', name: 'Laborvertrag 2026' },
];

/**
 * Contract prices for the SKUs that exist in this catalog. The price is fixed in the
 * account's currency, derived once from the list price (like a real negotiation would).
 */
export function buildContracts(catalog: Catalog, toCurrency: (eurMinor: number, currency: string) => number): ContractPrice[] {
  const out: ContractPrice[] = [];
  for (const spec of SPECS) {
    for (const n of spec.skuNumbers) {
      const item = catalog.items[n];
      if (!item) continue;
      out.push({
        id: `ct-${spec.accountId}-${item.sku}-${spec.validFrom.slice(0, 4)}`,
        name: spec.name,
        accountId: spec.accountId,
        sku: item.sku,
        unitNetMinor: Math.max(1, Math.round(toCurrency(item.listPriceMinor * spec.share, spec.currency))),
        currency: spec.currency,
        validFrom: spec.validFrom,
        validTo: spec.validTo,
      });
    }
  }
  return out;
}
