import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SkuFacts } from '../../../src/commerce/index.js';
import { fixFor, summarize, validateRows, type CodeState, type QuickOrderRow } from '../../../src/quick-order/validate.js';

const facts = (sku: string, patch: Partial<SkuFacts> = {}): SkuFacts => ({
  sku,
  name: sku,
  quantity: { minQuantity: 10, packSize: 5, unit: 'piece', fractional: false },
  discontinued: null,
  configurable: false,
  stockTotal: 1000,
  leadTimeDays: 6,
  ...patch,
});

const codes = new Map<string, CodeState>([
  ['KT-1', { code: 'KT-1', status: 'found', matchedBy: 'sku', product: facts('KT-1') }],
  ['MPN-1', { code: 'MPN-1', status: 'found', matchedBy: 'mpn', product: facts('KT-1') }],
  ['KT-OLD', { code: 'KT-OLD', status: 'found', matchedBy: 'sku', product: facts('KT-OLD', { discontinued: { replacementSku: 'KT-NEW' } }) }],
  ['KT-LOW', { code: 'KT-LOW', status: 'found', matchedBy: 'sku', product: facts('KT-LOW', { stockTotal: 20 }) }],
  ['KT-CFG', { code: 'KT-CFG', status: 'found', matchedBy: 'sku', product: facts('KT-CFG', { configurable: true }) }],
  ['KT-X', { code: 'KT-X', status: 'unknown', closest: [{ sku: 'KT-1', name: 'one' }] }],
  ['KT-WAIT', { code: 'KT-WAIT', status: 'pending' }],
  ['KT-FAIL', { code: 'KT-FAIL', status: 'failed' }],
]);

let id = 0;
const row = (code: string, quantityText: string): QuickOrderRow => ({ id: ++id, code, quantityText });
const kinds = (code: string, quantityText: string) => validateRows([row(code, quantityText)], codes, 'en')[0]?.issues.map((i) => i.kind);

describe('quick order: validation rules', () => {
  it('accepts a known SKU with a valid quantity', () => {
    const [result] = validateRows([row('KT-1', '15')], codes, 'en');
    assert.equal(result?.status, 'valid');
    assert.equal(result?.quantity, 15);
  });

  it('names each problem with its fix', () => {
    assert.deepEqual(kinds('', '5'), ['missing-code']);
    assert.deepEqual(kinds('A'.repeat(10_000), '5'), ['code-too-long']);
    assert.deepEqual(kinds('KT-X', '10'), ['unknown-code']);
    assert.deepEqual(kinds('KT-FAIL', '10'), ['lookup-failed']);
    assert.deepEqual(kinds('KT-CFG', '10'), ['configurable']);
    assert.deepEqual(kinds('KT-1', 'ten'), ['malformed-quantity']);
    const [below] = validateRows([row('KT-1', '5')], codes, 'en');
    assert.deepEqual(fixFor(below!.issues[0]!), { kind: 'set-quantity', quantity: 10 });
    const [pack] = validateRows([row('KT-1', '12')], codes, 'en');
    assert.deepEqual(fixFor(pack!.issues[0]!), { kind: 'set-quantity', quantity: 15 });
    const [huge] = validateRows([row('KT-1', '99999999999999999999')], codes, 'en');
    assert.equal(huge!.issues[0]!.kind === 'quantity' && huge!.issues[0]!.problem.code, 'too-large');
    const [missing] = validateRows([row('KT-1', '')], codes, 'en');
    assert.deepEqual(fixFor(missing!.issues[0]!), { kind: 'set-quantity', quantity: 10 });
    const [old] = validateRows([row('KT-OLD', '10')], codes, 'en');
    assert.deepEqual(fixFor(old!.issues[0]!), { kind: 'set-code', code: 'KT-NEW' });
  });

  it('warns about short stock with the lead time without blocking the line', () => {
    const [result] = validateRows([row('KT-LOW', '50')], codes, 'en');
    assert.equal(result?.status, 'valid');
    assert.deepEqual(result?.notices, [{ kind: 'short-stock', available: 20, leadTimeDays: 6 }]);
  });

  it('flags later lines of the same product as duplicates, also across SKU and part number, and offers the merge', () => {
    const rows = [row('KT-1', '10'), row('KT-X', '1'), row('MPN-1', '5'), row('KT-1', '20')];
    const results = validateRows(rows, codes, 'en');
    assert.deepEqual(results.map((r) => r.status), ['valid', 'invalid', 'invalid', 'invalid']);
    assert.deepEqual(fixFor(results[2]!.issues.at(-1)!), { kind: 'merge', intoRowId: rows[0]!.id, quantity: 35 });
    assert.deepEqual(results[2]!.notices, [{ kind: 'matched-by', via: 'mpn', sku: 'KT-1' }]);
  });

  it('counts valid, to fix and still checking', () => {
    const results = validateRows([row('KT-1', '10'), row('KT-X', '1'), row('KT-WAIT', '1')], codes, 'en');
    assert.deepEqual(summarize(results), { total: 3, valid: 1, toFix: 1, checking: 1 });
  });

  it('validates 10,000 lines', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => row(i % 2 ? 'KT-1' : 'KT-X', '10'));
    const summary = summarize(validateRows(rows, codes, 'en'));
    assert.deepEqual(summary, { total: 10_000, valid: 1, toFix: 9_999, checking: 0 });
  });
});
