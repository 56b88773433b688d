import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Order } from '../../../src/commerce/index.js';
import { ordersCsv } from '../../../src/orders/export.js';
import { reorderLines } from '../../../src/orders/reorder.js';

const money = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

function order(overrides: Partial<Order> = {}): Order {
  const price = { unitNet: money(250), lineNet: money(2500) } as unknown as Order['lines'][number]['price'];
  return {
    id: 'ord-1',
    number: 'K-2026-000001',
    status: 'shipped',
    placedAt: '2026-06-15T10:00:00.000Z',
    placedBy: { userId: 'u-1', name: 'Jana Becker' },
    accountId: 'acc-1',
    poNumber: 'PO-4711',
    costCenterId: null,
    requestedDeliveryDate: null,
    billToId: 'b',
    shipToId: 's',
    partialDelivery: true,
    comment: null,
    paymentMethod: 'invoice',
    lines: [
      { sku: 'KT-1', name: 'Bolt', quantity: 10, shippedQuantity: 10, price },
      { sku: 'KT-2', name: 'Nut', quantity: 5, shippedQuantity: 0, backorderedQuantity: 5, price },
    ],
    totals: { net: money(123456), vat: [], gross: money(146913) },
    shipments: [],
    invoices: [],
    approvalId: null,
    ...overrides,
  };
}

const labels = { header: ['Order', 'Date', 'PO', 'By', 'Status', 'Net', 'Gross', 'Currency'] as const, status: (o: Order) => o.status };

describe('order list CSV', () => {
  it('writes one row per order with plain decimal amounts', () => {
    const csv = ordersCsv([order()], labels, 'en');
    assert.equal(csv, 'Order,Date,PO,By,Status,Net,Gross,Currency\r\nK-2026-000001,2026-06-15,PO-4711,Jana Becker,shipped,1234.56,1469.13,EUR');
  });

  it('uses semicolons and decimal commas for German spreadsheets', () => {
    assert.match(ordersCsv([order()], labels, 'de-DE'), /\r\nK-2026-000001;2026-06-15;PO-4711;Jana Becker;shipped;1234,56;1469,13;EUR$/);
  });

  it('neutralises cells a spreadsheet would run as a formula, and quotes separators', () => {
    const csv = ordersCsv([order({ poNumber: '=HYPERLINK("http://x")', placedBy: { userId: 'u', name: 'Becker, Jana' } })], labels, 'en');
    const row = csv.split('\r\n')[1] ?? '';
    assert.ok(row.includes(`"'=HYPERLINK(""http://x"")"`), row);
    assert.ok(row.includes('"Becker, Jana"'), row);
  });
});

describe('reorder lines', () => {
  it('takes SKU and quantity of all or the chosen lines, and what a line carries along', () => {
    const withConfiguration = order();
    const lines = withConfiguration.lines.map((l, i) => (i === 1 ? { ...l, note: 'for plant 2', configuration: { length: 12 } } : l));
    const configured = { ...withConfiguration, lines } as Order;
    assert.deepEqual(reorderLines(configured), [
      { sku: 'KT-1', quantity: 10 },
      { sku: 'KT-2', quantity: 5, note: 'for plant 2', configuration: { length: 12 } },
    ]);
    assert.deepEqual(reorderLines(configured, new Set([1])).map((l) => l.sku), ['KT-2']);
    // One SKU twice, plain and configured: the chosen line alone, as it was.
    const twice = { ...configured, lines: [configured.lines[0]!, { ...configured.lines[0]!, configuration: { length: 3 } }] } as Order;
    assert.deepEqual(reorderLines(twice, new Set([1])), [{ sku: 'KT-1', quantity: 10, configuration: { length: 3 } }]);
  });
});
