import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { CatalogItem } from '../../../src/reference/catalog/types.js';
import {
  EUR_TO_CHF,
  SOURCE_PREFERENCE,
  candidateUnits,
  findPromotion,
  lineAmount,
  quotePrice,
  roundHalfAwayFromZero,
  vatAmount,
  type PricingContext,
} from '../../../src/reference/pricing/index.js';
import { CUSTOMER_GROUPS, PRICE_REGIONS, PROMOTIONS } from '../../../src/reference/seed/prices.js';
import type { ContractPrice, PriceRegion, Promotion } from '../../../src/reference/seed/types.js';
import { findItem, testCatalog } from './helpers.js';

const industry = CUSTOMER_GROUPS.find((g) => g.id === 'cg-industry') ?? null;
const austria = PRICE_REGIONS.find((r) => r.id === 'rg-at') as PriceRegion;
const gloveWeeks = PROMOTIONS.find((p) => p.code === 'HANDSCHUH10') as Promotion;
const cableDrums = PROMOTIONS.find((p) => p.code === 'KABEL20') as Promotion;
const base: PricingContext = { currency: 'EUR', group: null, contracts: [], vatPerMille: 190, today: '2026-06-15', locale: 'en' };
const contract = (item: CatalogItem, unitNetMinor: number, validFrom = '2026-01-01', validTo = '2026-12-31'): ContractPrice => ({
  id: 'ct-test',
  name: 'Test contract',
  accountId: 'acc-test',
  sku: item.sku,
  unitNetMinor,
  currency: 'EUR',
  validFrom,
  validTo,
});

describe('rounding', () => {
  it('rounds half away from zero', () => {
    assert.equal(roundHalfAwayFromZero(2.5), 3);
    assert.equal(roundHalfAwayFromZero(-2.5), -3);
    assert.equal(roundHalfAwayFromZero(2.4999), 2);
    assert.equal(roundHalfAwayFromZero(1.005 * 100), 101);
  });
  it('computes lines exactly and rounds fractional quantities', () => {
    assert.equal(lineAmount(199, 3), 597);
    assert.equal(lineAmount(199, 2.5), 498); // 497.5 → 498
    assert.equal(lineAmount(333, 0.5), 167); // 166.5 → 167
  });
  it('rounds VAT per line', () => {
    assert.equal(vatAmount(1000, 190), 190);
    assert.equal(vatAmount(1234, 81), 100); // 99.954
    assert.equal(vatAmount(50, 190), 10); // 9.5 → 10
  });
});

describe('price rules', () => {
  const bolt = findItem((i) => i.family.categoryId === 'bolts' && i.tiers.length > 0);

  it('gives anonymous callers the list price with German VAT', () => {
    const quote = quotePrice(bolt, bolt.quantity.minQuantity, base, 'fasteners');
    assert.equal(quote.source, 'list');
    assert.equal(quote.unitNet.amountMinor, bolt.listPriceMinor);
    assert.equal(quote.lineNet.amountMinor, bolt.listPriceMinor * bolt.quantity.minQuantity);
    assert.equal(quote.vatRate, 0.19);
    assert.equal(quote.lineGross.amountMinor, quote.lineNet.amountMinor + quote.lineVat.amountMinor);
    assert.equal(quote.tiers.length, bolt.tiers.length + 1);
  });

  it('applies volume tiers from their minimum quantity', () => {
    const top = bolt.tiers[bolt.tiers.length - 1];
    assert.ok(top);
    const quote = quotePrice(bolt, top.minQuantity, base, 'fasteners');
    assert.equal(quote.source, 'tier');
    assert.equal(quote.unitNet.amountMinor, roundHalfAwayFromZero((bolt.listPriceMinor * (100 - top.discountPercent)) / 100));
  });

  it('applies the customer group discount of the top category', () => {
    const item = findItem((i) => i.family.categoryId === 'bolts' && i.tiers.length === 0 && i.listPriceMinor >= 100);
    const quote = quotePrice(item, item.quantity.minQuantity, { ...base, group: industry }, 'fasteners');
    assert.equal(quote.source, 'group');
    assert.equal(quote.unitNet.amountMinor, roundHalfAwayFromZero(item.listPriceMinor * 0.88));
    assert.match(quote.sourceLabel, /Industrie/);
  });

  it('honours contract validity by the injected date', () => {
    const item = findItem((i) => i.listPriceMinor > 1000);
    const ctx = { ...base, contracts: [contract(item, 500)] };
    assert.equal(quotePrice(item, item.quantity.minQuantity, ctx, 'x').source, 'contract');
    assert.equal(quotePrice(item, item.quantity.minQuantity, { ...ctx, today: '2027-01-01' }, 'x').source, 'list');
    assert.equal(quotePrice(item, item.quantity.minQuantity, { ...ctx, today: '2025-12-31' }, 'x').source, 'list');
  });

  it('charges VAT by ship-to country and converts CHF at the fixed rate', () => {
    const item = findItem((i) => i.listPriceMinor > 1000);
    const ch = quotePrice(item, item.quantity.minQuantity, { ...base, currency: 'CHF', vatPerMille: 81 }, 'x');
    assert.equal(ch.unitNet.currency, 'CHF');
    assert.equal(ch.unitNet.amountMinor, roundHalfAwayFromZero(item.listPriceMinor * EUR_TO_CHF));
    assert.equal(ch.vatRate, 0.081);
    const at = quotePrice(item, item.quantity.minQuantity, { ...base, vatPerMille: 200 }, 'x');
    assert.equal(at.lineVat.amountMinor, roundHalfAwayFromZero(at.lineNet.amountMinor * 0.2));
  });
});

describe('ship-to regions', () => {
  const item = findItem((i) => i.listPriceMinor > 1000 && i.tiers.length === 0);

  it('moves catalog prices by the region and names the adjustment', () => {
    const plain = quotePrice(item, 1, base, 'x');
    const quote = quotePrice(item, 1, { ...base, region: austria }, 'x');
    assert.equal(quote.unitNet.amountMinor, roundHalfAwayFromZero((item.listPriceMinor * 103) / 100));
    assert.equal(quote.listUnitNet.amountMinor, quote.unitNet.amountMinor, 'the list price shown is the list price for this ship-to');
    assert.deepEqual(quote.shipToAdjustment, { label: 'Region Austria', percent: 3 });
    assert.equal(plain.shipToAdjustment, null);
  });

  it('leaves a fixed contract price alone, and says so', () => {
    const ctx = { ...base, region: austria, contracts: [contract(item, 500)] };
    const quote = quotePrice(item, 1, ctx, 'x');
    assert.equal(quote.source, 'contract');
    assert.equal(quote.unitNet.amountMinor, 500);
    assert.equal(quote.shipToAdjustment, null);
  });

  it('applies a regional discount (negative percent) to group prices too', () => {
    const consolidated = PRICE_REGIONS.find((r) => r.percent < 0) as PriceRegion;
    const quote = quotePrice(item, 1, { ...base, group: industry, region: consolidated }, 'fasteners');
    assert.equal(quote.source, 'group');
    assert.equal(quote.unitNet.amountMinor, roundHalfAwayFromZero((item.listPriceMinor * 88 * (100 + consolidated.percent)) / 10_000));
  });
});

describe('promotions', () => {
  const glove = findItem((i) => i.listPriceMinor > 200);

  it('finds codes without regard to case and blanks, and knows expired and unknown ones', () => {
    assert.equal(findPromotion(PROMOTIONS, ' handschuh10 ', '2026-06-15').kind, 'valid');
    assert.equal(findPromotion(PROMOTIONS, 'WINTER25', '2026-06-15').kind, 'expired');
    assert.equal(findPromotion(PROMOTIONS, 'HANDSCHUH10', '2025-12-31').kind, 'not-yet-valid');
    assert.equal(findPromotion(PROMOTIONS, 'NOPE', '2026-06-15').kind, 'unknown');
  });

  it('offers the promotion price in its categories only', () => {
    const inGloves = quotePrice(glove, 1, { ...base, promotion: gloveWeeks }, 'gloves');
    assert.equal(inGloves.source, 'promotion');
    assert.equal(inGloves.unitNet.amountMinor, roundHalfAwayFromZero(glove.listPriceMinor * 0.9));
    assert.match(inGloves.sourceLabel, /HANDSCHUH10/);
    assert.equal(quotePrice(glove, 1, { ...base, promotion: gloveWeeks }, 'tools').source, 'list');
  });

  it('starts at its minimum quantity and ends with its validity', () => {
    const ctx = { ...base, promotion: cableDrums };
    assert.notEqual(quotePrice(glove, 99, ctx, 'cables').source, 'promotion');
    assert.equal(quotePrice(glove, 100, ctx, 'cables').source, 'promotion');
    assert.notEqual(quotePrice(glove, 100, { ...ctx, today: '2028-01-01' }, 'cables').source, 'promotion');
  });

  it('loses to a cheaper contract and wins a tie against the group price list', () => {
    const cheap = quotePrice(glove, 1, { ...base, promotion: gloveWeeks, contracts: [contract(glove, 1)] }, 'gloves');
    assert.equal(cheap.source, 'contract');
    const tenPercentGroup = { id: 'cg-test', name: 'Test', discounts: { gloves: 10 } };
    assert.equal(quotePrice(glove, 1, { ...base, group: tenPercentGroup, promotion: gloveWeeks }, 'gloves').source, 'promotion');
  });
});

describe('price properties', () => {
  const items = testCatalog().items;
  const itemArb = fc.integer({ min: 0, max: items.length - 1 }).map((i) => items[i] as CatalogItem);
  const ctxArb = fc.record({
    currency: fc.constantFrom('EUR', 'CHF'),
    group: fc.constantFrom(null, ...CUSTOMER_GROUPS),
    vatPerMille: fc.constantFrom(190, 200, 81),
    today: fc.constantFrom('2025-06-01', '2026-06-15', '2031-01-01'),
    locale: fc.constantFrom('de' as const, 'en' as const),
    region: fc.constantFrom(null, ...PRICE_REGIONS),
    promotion: fc.constantFrom(null, ...PROMOTIONS),
  });
  const quantityArb = fc.integer({ min: 1, max: 5000 });
  const topArb = fc.constantFrom('fasteners', 'cables', 'gloves', 'tools', 'pipes', 'lab');
  const contractShareArb = fc.option(fc.double({ min: 0.3, max: 1.2, noNaN: true }), { nil: null });

  const build = (item: CatalogItem, ctx: Omit<PricingContext, 'contracts'>, share: number | null): PricingContext => ({
    ...ctx,
    contracts: share === null ? [] : [{ ...contract(item, Math.round(item.listPriceMinor * share)), currency: ctx.currency }],
  });

  it('never yields negative amounts', () => {
    fc.assert(
      fc.property(itemArb, ctxArb, quantityArb, topArb, contractShareArb, (item, ctx, quantity, top, share) => {
        const q = quotePrice(item, quantity, build(item, ctx, share), top);
        return q.unitNet.amountMinor >= 0 && q.lineNet.amountMinor >= 0 && q.lineVat.amountMinor >= 0 && q.lineGross.amountMinor >= 0;
      }),
    );
  });

  it('gives the same price for the same inputs', () => {
    fc.assert(
      fc.property(itemArb, ctxArb, quantityArb, topArb, contractShareArb, (item, ctx, quantity, top, share) => {
        const c = build(item, ctx, share);
        assert.deepEqual(quotePrice(item, quantity, c, top), quotePrice(item, quantity, c, top));
      }),
    );
  });

  it('never charges more per unit for a larger quantity within one source', () => {
    fc.assert(
      fc.property(itemArb, ctxArb, quantityArb, quantityArb, topArb, (item, ctx, a, b, top) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const c = build(item, ctx, null);
        const unitsSmall = new Map(candidateUnits(item, small, c, top).map((u) => [u.source, u.unit]));
        const bySource = new Map<string, number>();
        for (const u of candidateUnits(item, large, c, top)) bySource.set(u.source, u.unit);
        // Volume prices: compare the cheapest volume unit at each quantity.
        const volume = (m: Map<string, number>) => Math.min(m.get('list') ?? Infinity, m.get('tier') ?? Infinity);
        assert.ok(volume(bySource) <= volume(unitsSmall));
        if (unitsSmall.has('group')) assert.equal(bySource.get('group'), unitsSmall.get('group'));
        const qs = quotePrice(item, small, c, top);
        const ql = quotePrice(item, large, c, top);
        assert.ok(ql.unitNet.amountMinor <= qs.unitNet.amountMinor);
      }),
    );
  });

  it('lets the lowest applicable unit price win', () => {
    fc.assert(
      fc.property(itemArb, ctxArb, quantityArb, topArb, contractShareArb, (item, ctx, quantity, top, share) => {
        const c = build(item, ctx, share);
        const quote = quotePrice(item, quantity, c, top);
        const units = candidateUnits(item, quantity, c, top);
        assert.equal(quote.unitNet.amountMinor, Math.min(...units.map((u) => u.unit)));
        assert.ok(units.some((u) => u.source === quote.source && u.unit === quote.unitNet.amountMinor));
      }),
    );
  });

  // The order docs/reference-backend.md promises; written out so a change to the engine's
  // table cannot silently change the test with it.
  const DOCUMENTED_ORDER = ['contract', 'promotion', 'group', 'tier', 'list'];

  it('ranks sources in the documented order', () => {
    assert.deepEqual(Object.entries(SOURCE_PREFERENCE).sort((a, b) => a[1] - b[1]).map(([source]) => source), DOCUMENTED_ORDER);
  });

  it('breaks ties as documented: contract, promotion, group, tier, list', () => {
    fc.assert(
      fc.property(itemArb, ctxArb, quantityArb, topArb, contractShareArb, (item, ctx, quantity, top, share) => {
        const c = build(item, ctx, share);
        const quote = quotePrice(item, quantity, c, top);
        const tied = candidateUnits(item, quantity, c, top).filter((u) => u.unit === quote.unitNet.amountMinor);
        const rank = (source: string) => DOCUMENTED_ORDER.indexOf(source);
        assert.equal(rank(quote.source), Math.min(...tied.map((u) => rank(u.source))));
      }),
    );
  });

  it('adds a source only when its rule applies (contract dates, promotion dates and categories)', () => {
    fc.assert(
      fc.property(itemArb, ctxArb, quantityArb, topArb, contractShareArb, (item, ctx, quantity, top, share) => {
        const c = build(item, ctx, share);
        const sources = new Set(candidateUnits(item, quantity, c, top).map((u) => u.source));
        const contractValid = share !== null && c.today >= '2026-01-01' && c.today <= '2026-12-31';
        assert.equal(sources.has('contract'), contractValid);
        const p = c.promotion;
        const promotionValid =
          !!p && c.today >= p.validFrom && c.today <= p.validTo && quantity >= p.minQuantity && (p.topCategoryIds.length === 0 || p.topCategoryIds.includes(top));
        assert.equal(sources.has('promotion'), promotionValid);
      }),
    );
  });

  it('keeps the line exact: line net is the rounded unit times the quantity, VAT per line', () => {
    fc.assert(
      fc.property(itemArb, ctxArb, fc.integer({ min: 1, max: 100_000 }), topArb, (item, ctx, thousandths, top) => {
        const quantity = thousandths / 1000;
        const q = quotePrice(item, quantity, build(item, ctx, null), top);
        assert.equal(q.lineNet.amountMinor, roundHalfAwayFromZero((q.unitNet.amountMinor * thousandths) / 1000));
        assert.equal(q.lineVat.amountMinor, roundHalfAwayFromZero((q.lineNet.amountMinor * ctx.vatPerMille) / 1000));
      }),
    );
  });
});
