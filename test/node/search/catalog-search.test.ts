import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { as, createTestBackend, findItem, loginAs, muellerCheckout } from '../reference/helpers.js';

describe('catalog search in the reference backend', () => {
  it('counts and filters "ordered before" from the account’s order history', async () => {
    const { backend } = createTestBackend();
    const token = await loginAs(backend, 'einkauf@mueller.example');
    const bolt = findItem((i) => !i.configurable && i.name.de.startsWith('Sechskantschraube'));
    const before = await backend.search(as(token), { query: 'sechskantschraube', filters: [{ facet: 'ordered-before', values: ['true'] }] });
    assert.equal(before.total, 0);
    await backend.addToCart(as(token), [{ sku: bolt.sku, quantity: bolt.quantity.minQuantity }]);
    await backend.placeOrder(as(token), muellerCheckout('search-1'));
    const all = await backend.search(as(token), { query: 'sechskantschraube', facets: ['ordered-before'] });
    assert.deepEqual(all.facets, [{ key: 'ordered-before', label: 'Schon bestellt', type: 'terms', values: [{ value: 'true', count: 1 }] }]);
    const ordered = await backend.search(as(token), { query: 'sechskantschraube', filters: [{ facet: 'ordered-before', values: ['true'] }] });
    assert.deepEqual(ordered.hits.map((h) => h.product.sku), [bolt.sku]);
    // Anonymous callers have no history: the filter keeps nothing.
    const anonymous = await backend.search(as(null), { query: 'sechskantschraube', filters: [{ facet: 'ordered-before', values: ['true'] }] });
    assert.equal(anonymous.total, 0);
  });

  it('passes did-you-mean and the partial match mode through', async () => {
    const { backend } = createTestBackend();
    const typo = await backend.search(as(null), { query: 'sechskantschruabe' });
    assert.equal(typo.didYouMean, 'sechskantschraube');
    assert.ok(typo.total > 0);
    const partial = await backend.search(as(null), { query: 'sechskantschraube qqqzzz' });
    assert.equal(partial.matchMode, 'partial');
  });
});
