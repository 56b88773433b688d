/**
 * Prices in the session's context, through the domain service: ship-to regions and
 * promotion codes reach every place a price shows (search, suggest, batch prices, cart,
 * order) alike.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CommerceError, ValidationError, type PriceQuote } from '../../../src/commerce/index.js';
import type { ReferenceBackend } from '../../../src/reference/service/backend.js';
import { as, createTestBackend, findItem, loginAs, muellerCheckout } from './helpers.js';

async function refusal(promise: Promise<unknown>): Promise<ValidationError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ValidationError, `expected a validation error, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a validation error');
}

/** The price of `sku` at `quantity` as search, suggest, batch pricing and the cart show it. */
async function everywhere(backend: ReferenceBackend, token: string, sku: string, quantity: number): Promise<PriceQuote[]> {
  const meta = as(token);
  const [batch] = await backend.getPrices(meta, [{ sku, quantity }]);
  const cart = await backend.addToCart(meta, [{ sku, quantity }]);
  const line = cart.lines.find((l) => l.sku === sku);
  await backend.removeCartLine(meta, line?.id ?? '');
  const quotes = [batch, line?.price];
  if (quantity === findItem((i) => i.sku === sku).quantity.minQuantity) {
    quotes.push((await backend.search(meta, { query: sku, limit: 1 })).hits[0]?.price, (await backend.suggest(meta, sku, 1)).products[0]?.price);
  }
  return quotes.map((q) => {
    assert.ok(q, 'every place has a price');
    return q;
  });
}

// Past the SKUs that carry contract prices (fixed prices do not move with the ship-to).
const bolt = findItem((i) => i.family.categoryId === 'bolts' && i.sku > 'KT-100100' && i.listPriceMinor >= 100);
const boltQuantity = bolt.quantity.minQuantity;

describe('ship-to dependent prices', () => {
  it('moves a price by the ship-to region in every place at once', async () => {
    const { backend } = createTestBackend();
    const token = await loginAs(backend, 'einkauf@mueller.example');
    const stuttgart = await everywhere(backend, token, bolt.sku, boltQuantity);
    assert.equal(new Set(stuttgart.map((q) => q.unitNet.amountMinor)).size, 1, 'one price everywhere');
    assert.equal(stuttgart[0]?.shipToAdjustment, null);

    await backend.setContext(as(token), { shipToId: 'ad-mueller-de-plant2' });
    const esslingen = await everywhere(backend, token, bolt.sku, boltQuantity);
    assert.equal(new Set(esslingen.map((q) => q.unitNet.amountMinor)).size, 1);
    assert.ok((esslingen[0]?.unitNet.amountMinor ?? 0) < (stuttgart[0]?.unitNet.amountMinor ?? 0), 'consolidated delivery is cheaper');
    assert.equal(esslingen[0]?.shipToAdjustment?.percent, -2);

    await backend.setContext(as(token), { shipToId: 'ad-mueller-de-linz' });
    const linz = await everywhere(backend, token, bolt.sku, boltQuantity);
    assert.ok((linz[0]?.unitNet.amountMinor ?? 0) > (stuttgart[0]?.unitNet.amountMinor ?? 0), 'Austria carries a surcharge');
    assert.equal(linz[0]?.vatRate, 0.2);
  });

  it('prices the order for the ship-to chosen at checkout', async () => {
    const { backend } = createTestBackend();
    const token = await loginAs(backend, 'einkauf@mueller.example');
    await backend.addToCart(as(token), [{ sku: bolt.sku, quantity: 10 * boltQuantity }]);
    await backend.setContext(as(token), { shipToId: 'ad-mueller-de-linz' });
    const [quote] = await backend.getPrices(as(token), [{ sku: bolt.sku, quantity: 10 * boltQuantity }]);
    const { order } = await backend.placeOrder(as(token), { ...muellerCheckout('linz-1'), shipToId: 'ad-mueller-de-linz' });
    assert.deepEqual(order.lines[0]?.price, quote);
  });
});

describe('promotion codes', () => {
  const { backend: probe } = createTestBackend();
  const glove = findItem((i) => probe.world.topCategory(i) === 'gloves' && !i.configurable);
  const gloveQuantity = glove.quantity.minQuantity;

  it('applies a valid code to search, prices, cart and order, whatever its case', async () => {
    const { backend } = createTestBackend();
    const token = await loginAs(backend, 'einkauf@mueller.example');
    const before = await everywhere(backend, token, glove.sku, gloveQuantity);
    assert.equal(before[0]?.source, 'group', 'Müller’s industry list gives 3 % on gloves');
    const session = await backend.setContext(as(token), { promotionCode: ' handschuh10 ' });
    assert.equal(session.context?.promotionCode, 'HANDSCHUH10');
    const after = await everywhere(backend, token, glove.sku, gloveQuantity);
    for (const quote of after) {
      assert.equal(quote.source, 'promotion');
      assert.equal(quote.unitNet.amountMinor, after[0]?.unitNet.amountMinor);
    }
    assert.ok((after[0]?.unitNet.amountMinor ?? 0) < (before[0]?.unitNet.amountMinor ?? 0));
    await backend.addToCart(as(token), [{ sku: glove.sku, quantity: gloveQuantity }]);
    const { order } = await backend.placeOrder(as(token), muellerCheckout('promo-1'));
    assert.equal(order.lines[0]?.price.source, 'promotion');
  });

  it('refuses unknown, expired and mistyped codes with a clear field message, keeping the context', async () => {
    const { backend } = createTestBackend();
    const token = await loginAs(backend, 'einkauf@mueller.example');
    await backend.setContext(as(token), { promotionCode: 'HANDSCHUH10' });
    const unknown = await refusal(backend.setContext(as(token, 'en'), { promotionCode: 'FREEBIES' }));
    assert.deepEqual(unknown.fields.map((f) => f.path), ['promotionCode']);
    assert.match(unknown.message, /no promotion code FREEBIES/);
    const expired = await refusal(backend.setContext(as(token, 'en'), { promotionCode: 'winter25' }));
    assert.match(expired.message, /WINTER25 expired on 2025-03-31/);
    assert.equal((await backend.getSession(as(token))).context?.promotionCode, 'HANDSCHUH10', 'a refused code changes nothing');
  });

  it('keeps the code across account switches, removes it on null, and stops applying it when it expires', async () => {
    const { backend, clock } = createTestBackend();
    const token = await loginAs(backend, 'einkauf@mueller.example');
    await backend.setContext(as(token), { promotionCode: 'HANDSCHUH10' });
    const switched = await backend.setContext(as(token), { accountId: 'acc-mueller-at' });
    assert.equal(switched.context?.promotionCode, 'HANDSCHUH10');
    clock.now = new Date('2028-01-02T08:00:00Z');
    const [late] = await backend.getPrices(as(token), [{ sku: glove.sku, quantity: gloveQuantity }]);
    assert.notEqual(late?.source, 'promotion');
    const cleared = await backend.setContext(as(token), { promotionCode: null });
    assert.equal(cleared.context?.promotionCode ?? null, null);
  });

  it('is only for logged-in buyers', async () => {
    const { backend } = createTestBackend();
    await assert.rejects(backend.setContext(as(null), { promotionCode: 'HANDSCHUH10' }), (e: unknown) => e instanceof CommerceError && e.code === 'unauthorized');
  });
});
