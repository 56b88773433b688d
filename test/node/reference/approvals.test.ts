/**
 * Approval rules, tested against the backend directly (not through an element): roles,
 * separation of duties, company isolation, escalation by limit, budgets per period,
 * immutable decisions and two decisions at once.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CommerceError } from '../../../src/commerce/index.js';
import { createRestApp } from '../../../src/reference/rest/app.js';
import { as, createTestBackend, findItem, loginAs, muellerCheckout } from './helpers.js';

async function rejectsWith(promise: Promise<unknown>, code: string): Promise<CommerceError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof CommerceError, `expected a CommerceError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    return error;
  }
  assert.fail(`expected a ${code} error`);
}

const drill = findItem((i) => i.family.categoryId === 'power-tools' && i.stock.every((s) => s > 0));

type Backend = ReturnType<typeof createTestBackend>['backend'];

/** Places an order of `quantity` drills as `email`; returns the order. */
async function order(backend: Backend, email: string, quantity: number, key: string, extra: { costCenterId?: string } = {}) {
  const token = await loginAs(backend, email);
  await backend.addToCart(as(token), [{ sku: drill.sku, quantity }]);
  const { order: placed } = await backend.placeOrder(as(token), { ...muellerCheckout(key), ...extra });
  return { token, order: placed };
}

/** The fewest drills (volume tiers included) whose net value lies above `minor` for the Müller account. */
async function drillsAbove(backend: Backend, minor: number): Promise<number> {
  const token = await loginAs(backend, 'einkauf@mueller.example');
  let quantity = 1;
  for (;;) {
    const [quote] = await backend.getPrices(as(token), [{ sku: drill.sku, quantity }]);
    const net = quote?.lineNet.amountMinor ?? 0;
    if (net > minor) return quantity;
    quantity = Math.max(quantity + 1, Math.ceil((quantity * (minor + 1)) / Math.max(1, net)));
  }
}

describe('approval security (backend)', () => {
  it('a buyer cannot approve, not even someone else’s order', async () => {
    const { backend } = createTestBackend();
    const { order: placed } = await order(backend, 'einkauf@mueller.example', await drillsAbove(backend, 250000), 'a');
    const otherBuyer = await loginAs(backend, 'werk2@mueller.example');
    await rejectsWith(backend.decideApproval(as(otherBuyer), placed.approvalId ?? '', { decision: 'approve' }), 'not-found');
    const admin = await loginAs(backend, 'admin@mueller.example');
    await rejectsWith(backend.decideApproval(as(admin), placed.approvalId ?? '', { decision: 'approve' }), 'not-found');
  });

  it('an approver cannot approve their own order, nor one of another company', async () => {
    const { backend } = createTestBackend();
    const own = await order(backend, 'freigabe@mueller.example', await drillsAbove(backend, 1000000), 'own');
    assert.equal(own.order.status, 'pending-approval');
    await rejectsWith(backend.decideApproval(as(own.token), own.order.approvalId ?? '', { decision: 'approve' }), 'forbidden');
    const foreign = await loginAs(backend, 'approver@hansen.example');
    await rejectsWith(backend.decideApproval(as(foreign), own.order.approvalId ?? '', { decision: 'approve' }), 'not-found');
    assert.equal((await backend.getOrder(as(own.token), own.order.id)).status, 'pending-approval');
  });

  it('checkout cannot place an order over the limit as approved', async () => {
    const { backend } = createTestBackend();
    const { app } = { app: createRestApp(backend) };
    const token = await loginAs(backend, 'einkauf@mueller.example');
    await backend.addToCart(as(token), [{ sku: drill.sku, quantity: await drillsAbove(backend, 250000) }]);
    const post = (body: object) =>
      app.request('/v1/orders', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': 'k1' },
        body: JSON.stringify({ ...muellerCheckout('k1'), idempotencyKey: undefined, ...body }),
      });
    for (const bypass of [{ status: 'confirmed' }, { approved: true }, { approvalId: 'apr-1' }]) {
      const reply = await post(bypass);
      assert.equal(reply.status, 400, `refuses ${JSON.stringify(bypass)}`);
    }
    const placed = (await (await post({})).json()) as { status: string; approvalId: string | null };
    assert.equal(placed.status, 'pending-approval');
    assert.ok(placed.approvalId);
  });
});

describe('escalation by approval limit', () => {
  it('an approver below the total approves their step and the head of purchasing decides', async () => {
    const { backend } = createTestBackend();
    // Over Dr. Lang's approval limit of 50,000 EUR.
    const { token: buyer, order: placed } = await order(backend, 'einkauf@mueller.example', await drillsAbove(backend, 5000000), 'big');
    const lead = await loginAs(backend, 'freigabe@mueller.example');
    const head = await loginAs(backend, 'leitung@mueller.example');
    const [before] = await backend.listApprovals(as(buyer));
    assert.deepEqual(before?.nextApprovers?.map((u) => u.userId).sort(), ['u-mueller-approver', 'u-mueller-approver2']);
    const first = await backend.decideApproval(as(lead), placed.approvalId ?? '', { decision: 'approve', comment: 'ok from the team', step: 1 });
    assert.equal(first.status, 'pending');
    assert.equal(first.step, 2);
    assert.equal(first.decisions[0]?.escalated, true);
    assert.deepEqual(first.nextApprovers?.map((u) => u.userId), ['u-mueller-approver2']);
    assert.equal((await backend.getOrder(as(buyer), placed.id)).status, 'pending-approval');
    await rejectsWith(backend.decideApproval(as(lead), placed.approvalId ?? '', { decision: 'approve' }), 'forbidden');
    const inbox = await backend.listApprovals(as(head), { scope: 'to-decide' });
    assert.deepEqual(inbox.map((r) => r.id), [placed.approvalId]);
    const final = await backend.decideApproval(as(head), placed.approvalId ?? '', { decision: 'approve', step: 2 });
    assert.equal(final.status, 'approved');
    assert.deepEqual(final.decisions.map((d) => d.userId), ['u-mueller-approver', 'u-mueller-approver2']);
    assert.equal((await backend.getOrder(as(buyer), placed.id)).status, 'confirmed');
  });
});

describe('decisions', () => {
  it('are recorded with who, when and comment, and never change', async () => {
    const { backend, clock } = createTestBackend();
    const { order: placed } = await order(backend, 'einkauf@mueller.example', await drillsAbove(backend, 250000), 'a');
    const lead = await loginAs(backend, 'freigabe@mueller.example');
    clock.now = new Date('2026-06-15T11:30:00Z');
    const decided = await backend.decideApproval(as(lead), placed.approvalId ?? '', { decision: 'reject', comment: 'Not this month' });
    assert.deepEqual(decided.decisions, [{ decision: 'reject', userId: 'u-mueller-approver', userName: 'Dr. Petra Lang', at: '2026-06-15T11:30:00.000Z', comment: 'Not this month' }]);
    const head = await loginAs(backend, 'leitung@mueller.example');
    await rejectsWith(backend.decideApproval(as(head), placed.approvalId ?? '', { decision: 'approve' }), 'conflict');
    await rejectsWith(backend.decideApproval(as(lead), placed.approvalId ?? '', { decision: 'approve' }), 'conflict');
    const [after] = await backend.listApprovals(as(lead));
    assert.deepEqual(after?.decisions, decided.decisions);
  });

  it('two approvers deciding at once give one decision; the other is told', async () => {
    const { backend } = createTestBackend();
    const { order: placed } = await order(backend, 'einkauf@mueller.example', await drillsAbove(backend, 250000), 'a');
    const lead = await loginAs(backend, 'freigabe@mueller.example');
    const head = await loginAs(backend, 'leitung@mueller.example');
    const results = await Promise.allSettled([
      backend.decideApproval(as(lead), placed.approvalId ?? '', { decision: 'approve', step: 1 }),
      backend.decideApproval(as(head), placed.approvalId ?? '', { decision: 'reject', step: 1 }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(won.length, 1);
    assert.equal(lost.length, 1);
    assert.ok(lost[0]?.reason instanceof CommerceError && lost[0].reason.code === 'conflict');
    const [request] = await backend.listApprovals(as(lead));
    assert.equal(request?.decisions.length, 1);
  });

  it('bulk decisions decide each request on its own', async () => {
    const { backend } = createTestBackend();
    const a = await order(backend, 'einkauf@mueller.example', await drillsAbove(backend, 250000), 'a');
    const b = await order(backend, 'einkauf@mueller.example', await drillsAbove(backend, 250000), 'b');
    const lead = await loginAs(backend, 'freigabe@mueller.example');
    const results = await backend.decideApprovals(as(lead), { ids: [a.order.approvalId ?? '', b.order.approvalId ?? '', 'apr-404'], decision: 'approve', comment: 'bulk' });
    assert.deepEqual(results.map((r) => [r.id, r.request?.status ?? r.error?.code]), [
      [a.order.approvalId, 'approved'],
      [b.order.approvalId, 'approved'],
      ['apr-404', 'not-found'],
    ]);
  });
});

describe('budgets per cost center and period', () => {
  it('count placed orders, release rejected ones and start again each month', async () => {
    const { backend, clock } = createTestBackend('2026-06-10T09:00:00Z');
    // Sabine Roth may order up to 5,000 EUR; Instandhaltung has a monthly budget of 5,000 EUR.
    const quantity = await drillsAbove(backend, 300000);
    const first = await order(backend, 'admin@mueller.example', quantity, 'm1', { costCenterId: 'cc-mueller-maint' });
    assert.equal(first.order.status, 'confirmed', 'the first order fits the budget');
    const second = await order(backend, 'admin@mueller.example', quantity, 'm2', { costCenterId: 'cc-mueller-maint' });
    assert.equal(second.order.status, 'pending-approval', 'together they exceed it');
    const lead = await loginAs(backend, 'freigabe@mueller.example');
    const [request] = await backend.listApprovals(as(lead), { status: 'pending' });
    assert.equal(request?.reasons[0]?.code, 'budget');
    assert.equal(request?.budget?.periodStart, '2026-06-01');
    assert.equal(request?.budget?.spent.amountMinor, first.order.totals.net.amountMinor + second.order.totals.net.amountMinor);
    await backend.decideApproval(as(lead), second.order.approvalId ?? '', { decision: 'reject' });
    const third = await order(backend, 'admin@mueller.example', quantity, 'm3', { costCenterId: 'cc-mueller-maint' });
    assert.equal(third.order.status, 'pending-approval', 'still over: the first order holds the budget');
    await backend.decideApproval(as(lead), third.order.approvalId ?? '', { decision: 'reject' });
    clock.now = new Date('2026-07-01T00:00:00Z');
    const fourth = await order(backend, 'admin@mueller.example', quantity, 'm4', { costCenterId: 'cc-mueller-maint' });
    assert.equal(fourth.order.status, 'confirmed', 'a new month starts from zero');
  });

  it('a rejection releases the budget for the next order', async () => {
    const { backend } = createTestBackend('2026-06-10T09:00:00Z');
    const quantity = await drillsAbove(backend, 300000);
    const lead = await loginAs(backend, 'freigabe@mueller.example');
    const werk = await order(backend, 'einkauf@mueller.example', quantity, 'x', { costCenterId: 'cc-mueller-maint' });
    await backend.decideApproval(as(lead), werk.order.approvalId ?? '', { decision: 'reject' });
    const next = await order(backend, 'admin@mueller.example', quantity, 'y', { costCenterId: 'cc-mueller-maint' });
    assert.equal(next.order.status, 'confirmed');
  });

  it('quarterly budgets reset at the quarter’s start, not the month’s', async () => {
    const { backend, clock } = createTestBackend('2026-05-20T09:00:00Z');
    const token = await loginAs(backend, 'admin@mueller.example');
    await backend.addToCart(as(token), [{ sku: drill.sku, quantity: 1 }]);
    const { order: placed } = await backend.placeOrder(as(token), { ...muellerCheckout('q'), costCenterId: 'cc-mueller-prod' });
    clock.now = new Date('2026-06-30T09:00:00Z');
    const lead = await loginAs(backend, 'freigabe@mueller.example');
    assert.equal(placed.status, 'confirmed');
    const big = await order(backend, 'einkauf@mueller.example', await drillsAbove(backend, 250000), 'q2', { costCenterId: 'cc-mueller-prod' });
    const request = (await backend.listApprovals(as(lead))).find((r) => r.id === big.order.approvalId);
    assert.equal(request?.budget?.periodStart, '2026-04-01');
    assert.equal(request?.budget?.spent.amountMinor, placed.totals.net.amountMinor + big.order.totals.net.amountMinor);
    clock.now = new Date('2026-07-01T09:00:00Z');
    const later = await order(backend, 'einkauf@mueller.example', 1, 'q3', { costCenterId: 'cc-mueller-prod' });
    const fresh = (await backend.listApprovals(as(lead))).find((r) => r.id === big.order.approvalId);
    assert.equal(fresh?.budget?.periodStart, '2026-04-01', 'a request keeps the period of its order');
    assert.equal(later.order.status, 'confirmed');
  });
});
