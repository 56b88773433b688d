/**
 * The price facet and filter are over the caller's prices (group lists, contracts, region,
 * promotion, currency), the same prices the hits show, never the list price.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FacetResult, SearchRequest, SearchResult } from '../../../src/commerce/index.js';
import type { ReferenceBackend } from '../../../src/reference/service/backend.js';
import { as, createTestBackend, loginAs } from './helpers.js';

const priceFacet = (result: SearchResult): Extract<FacetResult, { type: 'range' }> | undefined =>
  result.facets.find((f): f is Extract<FacetResult, { type: 'range' }> => f.key === 'price' && f.type === 'range');

/** Every hit of a request, page by page, with its unit price in major units. */
async function allPrices(backend: ReferenceBackend, token: string | null, request: SearchRequest): Promise<number[]> {
  const prices: number[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await backend.search(as(token), { ...request, facets: [], limit: 200, offset });
    prices.push(...page.hits.map((hit) => hit.price.unitNet.amountMinor / 100));
    if (offset + 200 >= page.total) return prices;
  }
}

describe('the price facet', () => {
  it('spans the prices the buyer sees, in the buyer’s currency and language', async () => {
    const { backend } = createTestBackend();
    const token = await loginAs(backend, 'einkauf@mueller.example');
    for (const [accountId, currency] of [['acc-mueller-de', 'EUR'], ['acc-mueller-ch', 'CHF']] as const) {
      await backend.setContext(as(token), { accountId });
      const result = await backend.search(as(token, 'de-DE'), { categoryId: 'gloves', facets: ['price'], limit: 0 });
      const facet = priceFacet(result);
      assert.ok(facet, `a price facet for ${accountId}`);
      assert.equal(facet.label, 'Ihr Preis');
      assert.equal(facet.unit, currency);
      const prices = await allPrices(backend, token, { categoryId: 'gloves' });
      assert.equal(facet.min, Math.min(...prices));
      assert.equal(facet.max, Math.max(...prices));
    }
  });

  it('filters by the buyer’s price: exactly the hits within the range, and the count agrees', async () => {
    const { backend } = createTestBackend();
    const token = await loginAs(backend, 'einkauf@mueller.example');
    const prices = (await allPrices(backend, token, { categoryId: 'fasteners' })).sort((a, b) => a - b);
    const min = prices[Math.floor(prices.length / 4)]!;
    const max = prices[Math.floor((prices.length * 3) / 4)]!;
    const filters = [{ facet: 'price', min, max }];
    const filtered = await backend.search(as(token), { categoryId: 'fasteners', filters, limit: 0 });
    const inRange = prices.filter((p) => p >= min && p <= max);
    assert.equal(filtered.total, inRange.length);
    const shown = await allPrices(backend, token, { categoryId: 'fasteners', filters });
    assert.ok(shown.every((p) => p >= min && p <= max));
    assert.equal(shown.length, inRange.length);
  });

  it('differs between buyers whose prices differ, and is counted by default', async () => {
    const { backend } = createTestBackend();
    const guest = await backend.search(as(null), { categoryId: 'gloves', limit: 0 });
    const buyer = await backend.search(as(await loginAs(backend, 'einkauf@mueller.example')), { categoryId: 'gloves', limit: 0 });
    const [a, b] = [priceFacet(guest), priceFacet(buyer)];
    assert.ok(a && b, 'both answers count the price facet without being asked');
    // Müller's group list takes a few percent off gloves: the buyer's cheapest glove is cheaper.
    assert.ok(b.min < a.min, `buyer ${b.min} below list ${a.min}`);
  });
});
