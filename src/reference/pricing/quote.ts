/**
 * The price engine: every applicable source (list, volume tiers, customer-group price
 * list, promotion, contract) offers a unit price; the lowest unit price wins, ties going to
 * the more specific source (contract, promotion, group, tier, list). Catalog-based sources
 * move with the ship-to's price region; a contract is a fixed, delivered price and does not.
 */
import { money, type PriceQuote, type PriceSource, type ShipToAdjustment, type TierBreak } from '../../commerce/index.js';
import type { CatalogItem } from '../catalog/types.js';
import type { ContractPrice, CustomerGroup, PriceRegion, Promotion } from '../seed/types.js';
import { convertFromEur } from './currency.js';
import { lineAmount, roundHalfAwayFromZero, vatAmount } from './rounding.js';
import { numberFormat } from '../../commerce/formatters.js';

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
  /** The ship-to's price region; absent or null when the ship-to has none. */
  readonly region?: PriceRegion | null;
  /** The session's promotion (validity, category and quantity are checked here). */
  readonly promotion?: Promotion | null;
}

interface Candidate {
  readonly source: PriceSource;
  readonly unit: number;
  readonly label: string;
  readonly tiers: readonly TierBreak[];
  /** Whether the ship-to region moved this price (catalog-based sources only). */
  readonly regional: boolean;
}

/** Preference on equal unit prices: the more specific agreement wins. */
export const SOURCE_PREFERENCE: Readonly<Record<PriceSource, number>> = { contract: 0, promotion: 1, group: 2, tier: 3, list: 4 };

const text = (ctx: PricingContext, de: string, en: string): string => (ctx.locale === 'de' ? de : en);

/**
 * A catalog-based unit price in the context's currency: the EUR list price, less
 * `percentOff`, moved by the region's percent, converted, and rounded once (half away from
 * zero) to whole minor units. Integer percentages keep the product exact before conversion.
 */
function catalogUnit(item: CatalogItem, percentOff: number, ctx: PricingContext): number {
  const regionPercent = ctx.region?.percent ?? 0;
  const eurMinor = (item.listPriceMinor * (100 - percentOff) * (100 + regionPercent)) / 10_000;
  return Math.max(0, roundHalfAwayFromZero(convertFromEur(eurMinor, ctx.currency)));
}

/** The list price table: list price, then the item's volume breaks. */
function volumeTable(item: CatalogItem, ctx: PricingContext): TierBreak[] {
  if (item.tiers.length === 0) return [];
  return [
    { minQuantity: item.quantity.minQuantity, unitNet: money(catalogUnit(item, 0, ctx), ctx.currency) },
    ...item.tiers.map((t) => ({ minQuantity: t.minQuantity, unitNet: money(catalogUnit(item, t.discountPercent, ctx), ctx.currency) })),
  ];
}

/** Whether the promotion applies to this item and quantity today. */
function promotionApplies(promotion: Promotion, quantity: number, ctx: PricingContext, topCategoryId: string): boolean {
  if (ctx.today < promotion.validFrom || ctx.today > promotion.validTo) return false;
  if (quantity < promotion.minQuantity) return false;
  return promotion.topCategoryIds.length === 0 || promotion.topCategoryIds.includes(topCategoryId);
}

function candidates(item: CatalogItem, quantity: number, ctx: PricingContext, topCategoryId: string): Candidate[] {
  const table = volumeTable(item, ctx);
  const out: Candidate[] = [{ source: 'list', unit: catalogUnit(item, 0, ctx), label: text(ctx, 'Listenpreis', 'List price'), tiers: table, regional: true }];
  let reached: TierBreak | undefined;
  for (const row of table.slice(1)) if (quantity >= row.minQuantity) reached = row;
  if (reached) {
    const from = numberFormat(ctx.locale).format(reached.minQuantity);
    out.push({ source: 'tier', unit: reached.unitNet.amountMinor, label: text(ctx, `Staffelpreis ab ${from}`, `Volume price from ${from}`), tiers: table, regional: true });
  }
  const discount = ctx.group?.discounts[topCategoryId] ?? 0;
  if (ctx.group && discount > 0) {
    out.push({
      source: 'group',
      unit: catalogUnit(item, discount, ctx),
      label: text(ctx, `Preisliste ${ctx.group.name} (−${discount} %)`, `${ctx.group.name} price list (−${discount} %)`),
      tiers: [],
      regional: true,
    });
  }
  const promotion = ctx.promotion;
  if (promotion && promotionApplies(promotion, quantity, ctx, topCategoryId)) {
    const name = promotion.name[ctx.locale];
    out.push({
      source: 'promotion',
      unit: catalogUnit(item, promotion.discountPercent, ctx),
      label: text(ctx, `Aktion ${promotion.code}: ${name} (−${promotion.discountPercent} %)`, `Promotion ${promotion.code}: ${name} (−${promotion.discountPercent} %)`),
      tiers: [],
      regional: true,
    });
  }
  for (const contract of ctx.contracts) {
    if (contract.sku !== item.sku || contract.currency !== ctx.currency) continue;
    if (ctx.today < contract.validFrom || ctx.today > contract.validTo) continue;
    out.push({ source: 'contract', unit: contract.unitNetMinor, label: text(ctx, `Ihr Vertragspreis: ${contract.name}`, `Your contract price: ${contract.name}`), tiers: [], regional: false });
  }
  return out;
}

/** The documented winner: the lowest unit price; on a tie, the more specific source. */
function best(all: readonly Candidate[]): Candidate {
  let winner = all[0] as Candidate;
  for (const c of all) {
    if (c.unit < winner.unit || (c.unit === winner.unit && SOURCE_PREFERENCE[c.source] < SOURCE_PREFERENCE[winner.source])) winner = c;
  }
  return winner;
}

function adjustmentOf(winner: Candidate, ctx: PricingContext): ShipToAdjustment | null {
  const region = ctx.region;
  if (!winner.regional || !region || region.percent === 0) return null;
  return { label: region.name[ctx.locale], percent: region.percent };
}

/** Prices a quantity of an item: the best applicable unit price, then line, VAT, gross. */
export function quotePrice(item: CatalogItem, quantity: number, ctx: PricingContext, topCategoryId: string): PriceQuote {
  const winner = best(candidates(item, quantity, ctx, topCategoryId));
  const lineNet = lineAmount(winner.unit, quantity);
  const lineVat = vatAmount(lineNet, ctx.vatPerMille);
  return {
    sku: item.sku,
    quantity,
    unitNet: money(winner.unit, ctx.currency),
    lineNet: money(lineNet, ctx.currency),
    listUnitNet: money(catalogUnit(item, 0, ctx), ctx.currency),
    source: winner.source,
    sourceLabel: winner.label,
    tiers: winner.tiers,
    vatRate: ctx.vatPerMille / 1000,
    lineVat: money(lineVat, ctx.currency),
    lineGross: money(lineNet + lineVat, ctx.currency),
    shipToAdjustment: adjustmentOf(winner, ctx),
  };
}

/** Every candidate unit price (for tests and explanations), cheapest not singled out. */
export function candidateUnits(item: CatalogItem, quantity: number, ctx: PricingContext, topCategoryId: string): { source: PriceSource; unit: number }[] {
  return candidates(item, quantity, ctx, topCategoryId).map((c) => ({ source: c.source, unit: c.unit }));
}
