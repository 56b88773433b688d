import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_CLOSEST_PER_REQUEST } from '../../../src/reference/service/quick-order.js';
import { as, createTestBackend, findItem, testCatalog } from '../reference/helpers.js';

describe('reference backend: lookupSkus', () => {
  const { backend } = createTestBackend();

  it('resolves SKU, part number and EAN, ignoring case and spaces, one answer per code in order', async () => {
    const a = findItem(() => true);
    const b = findItem((i) => i.ean !== null && i.sku !== a.sku);
    const codes = [a.sku, a.mpn.toLowerCase(), ` ${b.ean ?? ''} `, a.sku];
    const answers = await backend.lookupSkus(as(null), codes);
    assert.deepEqual(answers.map((x) => x.code), codes);
    assert.deepEqual(answers.map((x) => (x.status === 'found' ? [x.product.sku, x.matchedBy] : null)), [
      [a.sku, 'sku'],
      [a.sku, 'mpn'],
      [b.sku, 'ean'],
      [a.sku, 'sku'],
    ]);
  });

  it('reports facts for validation: quantity rules, discontinued with replacement, stock and lead time', async () => {
    const gone = testCatalog().items.find((i) => i.discontinued?.replacementSku);
    assert.ok(gone, 'the test catalog has a discontinued item with a replacement');
    const [answer] = await backend.lookupSkus(as(null, 'de'), [gone.sku]);
    assert.ok(answer?.status === 'found');
    assert.equal(answer.product.discontinued?.replacementSku, gone.discontinued?.replacementSku);
    assert.deepEqual(answer.product.quantity, gone.quantity);
    assert.equal(answer.product.name, gone.name.de);
    assert.equal(answer.product.stockTotal, gone.stock.reduce((s, n) => s + n, 0));
    assert.ok(answer.product.leadTimeDays > 0);
  });

  it('proposes the closest products for a typo near the end of a SKU', async () => {
    const a = findItem(() => true);
    const typo = `${a.sku.slice(0, -1)}X`;
    const [answer] = await backend.lookupSkus(as(null), [typo]);
    assert.ok(answer?.status === 'unknown' && answer.closest);
    assert.ok(answer.closest.length > 0 && answer.closest.length <= 3);
    assert.ok(answer.closest.every((c) => c.sku.startsWith(a.sku.slice(0, -2))), JSON.stringify(answer.closest));
  });

  it('computes closest products for a bounded number of unknown codes per request', async () => {
    const codes = Array.from({ length: MAX_CLOSEST_PER_REQUEST + 5 }, (_, i) => `ZZ-NOPE-${i}`);
    const answers = await backend.lookupSkus(as(null), codes);
    const computed = answers.filter((x) => x.status === 'unknown' && x.closest !== null).length;
    assert.equal(computed, MAX_CLOSEST_PER_REQUEST);
    assert.ok(answers.every((x) => x.status === 'unknown'));
  });
});
