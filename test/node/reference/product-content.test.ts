/**
 * Product-page data in the reference backend: variant families with gaps and availability,
 * questions to the sales team answered through the operator API, and states saved before
 * questions and ratings existed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CommerceError } from '../../../src/commerce/index.js';
import { emptyState } from '../../../src/reference/state/state.js';
import { as, createTestBackend, loginAs, testCatalog } from './helpers.js';

async function rejectsWith(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (error) => error instanceof CommerceError && error.code === code);
}

describe('variant families', () => {
  it('lists every member once, marks discontinued and back-ordered members, and leaves out combinations that do not exist', async () => {
    const { backend } = createTestBackend();
    const catalog = testCatalog();
    const discontinued = catalog.items.find((i) => i.discontinued && i.family.axes.length === 2);
    assert.ok(discontinued, 'the test catalog has a discontinued variant in a two-axis family');
    const family = await backend.getVariantFamily(as(null, 'en'), discontinued.family.id);
    const expected = catalog.items.filter((i) => i.family.id === discontinued.family.id);
    assert.deepEqual(family.members.map((m) => m.sku), expected.map((i) => i.sku));
    assert.equal(family.members.find((m) => m.sku === discontinued.sku)?.availability, 'discontinued');
    assert.equal(family.members.find((m) => m.sku === discontinued.sku)?.replacementSku, discontinued.discontinued?.replacementSku ?? null);
    for (const member of family.members) {
      const item = catalog.bySku.get(member.sku)!;
      if (!item.discontinued) assert.equal(member.availability, item.stock.some((n) => n > 0) ? 'in-stock' : 'backorder');
    }
    const combos = new Set(family.members.map((m) => JSON.stringify(family.axes.map((a) => m.axisValues[a.key]))));
    assert.equal(combos.size, family.members.length, 'no combination appears twice');
    await rejectsWith(backend.getVariantFamily(as(null), 'fam-none'), 'not-found');
  });
});

describe('questions to the sales team', () => {
  it('are answered through the operator API and the whole account sees the answer', async () => {
    const { backend, clock } = createTestBackend();
    const sku = testCatalog().items[0]!.sku;
    const asker = await loginAs(backend, 'einkauf@mueller.example');
    const colleague = await loginAs(backend, 'freigabe@mueller.example');
    const question = await backend.askQuestion(as(asker, 'en'), { sku, text: 'Is a 3.1 certificate included?' });
    assert.equal(question.status, 'open');
    clock.now = new Date('2026-06-16T09:00:00Z');
    const answered = await backend.answerQuestion(question.id, 'Yes, with every delivery.', 'Sales desk Kassel');
    assert.equal(answered.status, 'answered');
    const seen = await backend.listQuestions(as(colleague), { sku });
    assert.deepEqual(seen.map((q) => [q.id, q.answer?.text, q.answer?.answeredAt]), [[question.id, 'Yes, with every delivery.', '2026-06-16T09:00:00.000Z']]);
    const other = await loginAs(backend, 'buyer@hansen.example');
    assert.deepEqual(await backend.listQuestions(as(other), { sku }), []);
    await rejectsWith(backend.answerQuestion('q-999', 'x', 'Sales'), 'not-found');
    await rejectsWith(backend.answerQuestion(question.id, '   ', 'Sales'), 'validation');
  });

  it('read a state saved before questions and ratings existed', async () => {
    const { backend, store } = createTestBackend();
    await store.save(emptyState());
    const token = await loginAs(backend, 'einkauf@mueller.example');
    const sku = testCatalog().items[0]!.sku;
    assert.deepEqual(await backend.listQuestions(as(token)), []);
    const ratings = await backend.getRatings(as(token), sku);
    assert.equal(ratings.count, 0);
    assert.equal(ratings.canRate, false);
    await backend.askQuestion(as(token), { sku, text: 'Lead time for 500 pieces?' });
    assert.equal((await backend.listQuestions(as(token))).length, 1);
  });
});
