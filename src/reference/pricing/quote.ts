/**
 * The price engine: every applicable source (list, volume tiers, customer-group price
 * list, contract) offers a unit price; the lowest unit price wins, ties going to the more
 * specific source (contract, then group, then tier, then list).
 */
import { money, type PriceQuote, type PriceSource, type TierBreak } from '../../commerce/index.js';
import type { CatalogItem } from '../catalog/types.js';
import type { ContractPrice, CustomerGroup } from '../seed/types.js';
import { convertFromEur } from './currency.js';
import { lineAmount, roundHalfAwayFromZero, vatAmount } from './rounding.js';

/** Everything the price of an item depends on besides the item and the quantity. */
export interface PricingContext {
  readonly currency: string;
  /** The account's customer group, null for anonymous visitors. */
  readonly group: CustomerGroup | null;
  /** Contracts of the account (any SKU, any validity; filtered here). */
  readonly contracts: readonly ContractPrice[];
  /** VAT of the ship-to country in per mille. */
  readonly vatPerMille: number;
  /** The pricing day as an ISO date (YYYY-MM-DD), from the injected clock. */
  readonly today: string;
  readonly locale: 'de' | 'en';
}

interface Candidate {
  readonly source: PriceSource;
  readonly unit: number;
  readonly label: string;
  readonly tiers: readonly TierBreak[];
}

/** Preference on equal unit prices: the more specific agreement wins. */
const PREFERENCE: Readonly<Record<PriceSource, number>> = { contract: 0, promotion: 1, group: 2, tier: 3, list: 4 };

const text = (ctx: PricingContext, de: string, en: string): string => (ctx.locale === 'de' ? de : en);

/** Unit price of the item in the context's currency, from an unrounded EUR amount. */
const unitOf = (eurMinor: number, ctx: PricingContext): number =>
  Math.max(0, roundHalfAwayFromZero(convertFromEur(eurMinor, ctx.currency)));

/** The list price table: list price, then the item's volume breaks. */
function volumeTable(item: CatalogItem, ctx: PricingContext): TierBreak[] {
  if (item.tiers.length === 0) return [];
  return [
    { minQuantity: item.quantity.minQuantity, unitNet: money(unitOf(item.listPriceMinor, ctx), ctx.currency) },
    ...item.tiers.map((t) => ({
      minQuantity: t.minQuantity,
      unitNet: money(unitOf((item.listPriceMinor * (100 - t.discountPercent)) / 100, ctx), ctx.currency),
    })),
  ];
}

function candidates(item: CatalogItem, quantity: number, ctx: PricingContext, topCategoryId: string): Candidate[] {
  const table = volumeTable(item, ctx);
  const list: Candidate = { source: 'list', unit: unitOf(item.listPriceMinor, ctx), label: text(ctx, 'Listenpreis', 'List price'), tiers: table };
  const out: Candidate[] = [list];
  let reached: TierBreak | undefined;
  for (const row of table.slice(1)) if (quantity >= row.minQuantity) reached = row;
  if (reached) {
    const from = new Intl.NumberFormat(ctx.locale).format(reached.minQuantity);
    out.push({ source: 'tier', unit: reached.unitNet.amountMinor, label: text(ctx, `Staffelpreis ab ${from}`, `Volume price from ${from}`), tiers: table });
  }
  const discount = ctx.group?.discounts[topCategoryId] ?? 0;
  if (ctx.group && discount > 0) {
    out.push({
      source: 'group',
      unit: unitOf((item.listPriceMinor * (100 - discount)) / 100, ctx),
      label: text(ctx, `Preisliste ${ctx.group.name} (−${discount} %)`, `${ctx.group.name} price list (−${discount} %)`),
      tiers: [],
    });
  }
  for (const contract of ctx.contracts) {
    if (contract.sku !== item.sku || contract.currency !== ctx.currency) continue;
    if (ctx.today < contract.validFrom || ctx.today > contract.validTo) continue;
    out.push({ source: 'contract', unit: contract.unitNetMinor, label: text(ctx, `Ihr Vertragspreis: ${contract.name}`, `Your contract price: ${contract.name}`), tiers: [] });
  }
  return out;
}

/** Prices a quantity of an item: the best applicable unit price, then line, VAT, gross. */
export function quotePrice(item: CatalogItem, quantity: number, ctx: PricingContext, topCategoryId: string): PriceQuote {
  const all = candidates(item, quantity, ctx, topCategoryId);
  let best = all[0] as Candidate;
  for (const c of all) {
    if (c.unit < best.unit || (c.unit === best.unit && PREFERENCE[c.source] < PREFERENCE[best.source])) best = c;
  }
  const lineNet = lineAmount(best.unit, quantity);
  const lineVat = vatAmount(lineNet, ctx.vatPerMille);
  return {
    sku: item.sku,
    quantity,
    unitNet: money(best.unit, ctx.currency),
    lineNet: money(lineNet, ctx.currency),
    listUnitNet: money(unitOf(item.listPriceMinor, ctx), ctx.currency),
    source: best.source,
    sourceLabel: best.label,
    tiers: best.tiers,
    vatRate: ctx.vatPerMille / 1000,
    lineVat: money(lineVat, ctx.currency),
    lineGross: money(lineNet + lineVat, ctx.currency),
  };
}

/** Every candidate unit price (for tests and explanations), cheapest not singled out. */
export function candidateUnits(item: CatalogItem, quantity: number, ctx: PricingContext, topCategoryId: string): { source: PriceSource; unit: number }[] {
  return candidates(item, quantity, ctx, topCategoryId).map((c) => ({ source: c.source, unit: c.unit }));
}
