import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseOrderText, type ParsedRecord } from '../../../src/quick-order/parse.js';
import { parseQuantityText } from '../../../src/quick-order/quantity-text.js';
import { neutralizeCell, toCsv } from '../../../src/quick-order/export.js';

const lines = (records: readonly ParsedRecord[]) =>
  records.flatMap((r) => (r.kind === 'line' ? [[r.code, r.quantityText]] : []));

describe('quick order: quantity text', () => {
  it('reads decimal commas, grouping by locale, unit words; refuses the rest', () => {
    const ok = (text: string, locale: string) => {
      const parsed = parseQuantityText(text, locale);
      return parsed.ok ? parsed.value : null;
    };
    assert.equal(ok('12', 'en'), 12);
    assert.equal(ok('2,5', 'de'), 2.5);
    assert.equal(ok('2,5', 'en'), 2.5);
    assert.equal(ok('1.000', 'de'), 1000);
    assert.equal(ok('1.000', 'en'), 1);
    assert.equal(ok('1,000', 'en'), 1000);
    assert.equal(ok('1.234,5', 'en'), 1234.5);
    assert.equal(ok('1,234.5', 'de'), 1234.5);
    assert.equal(ok("1'000", 'de'), 1000);
    assert.equal(ok('10 Stk.', 'de'), 10);
    assert.equal(ok('10pcs', 'en'), 10);
    assert.equal(ok('-5', 'en'), -5);
    for (const bad of ['abc', '1e5', '=1+1', '1,2,3.4.5', '12 34 56 ab cd', '0x10', '1..2']) assert.equal(ok(bad, 'en'), null, bad);
    assert.deepEqual(parseQuantityText('  ', 'en'), { ok: false, reason: 'empty' });
  });
});

describe('quick order: parsing pasted lists', () => {
  it('reads tab-separated spreadsheet rows with a header, code and quantity in either order, extra columns ignored', () => {
    const tsv = 'Menge\tBeschreibung\tArtikelnummer\n10\tSchraube M8\tKT-100004\n2,5\tKabel\tKT-100010\n';
    const parsed = parseOrderText(tsv, 'de');
    assert.equal(parsed.separator, '\t');
    assert.equal(parsed.records[0]?.kind, 'header');
    assert.deepEqual(lines(parsed.records), [['KT-100004', '10'], ['KT-100010', '2,5']]);
  });

  it('reads semicolon CSV without header and decimal commas', () => {
    const parsed = parseOrderText('KT-100004;12\nKT-100005;2,5\n', 'de');
    assert.equal(parsed.separator, ';');
    assert.deepEqual(lines(parsed.records), [['KT-100004', '12'], ['KT-100005', '2,5']]);
  });

  it('reads comma CSV with quotes and a quantity first', () => {
    const parsed = parseOrderText('qty,sku,note\n5,KT-1,"a, b"\n"1,5",KT-2,x\n', 'en');
    assert.equal(parsed.separator, ',');
    assert.deepEqual(lines(parsed.records), [['KT-1', '5'], ['KT-2', '1,5']]);
  });

  it('reads quantity-first lists without a header', () => {
    const parsed = parseOrderText('5;KT-1\n10;KT-2', 'en');
    assert.deepEqual(lines(parsed.records), [['KT-1', '5'], ['KT-2', '10']]);
  });

  it('reads lists typed in an e-mail (spaces) and single-column lists', () => {
    assert.deepEqual(lines(parseOrderText('KT-1 5\n  KT-2   10  \n', 'en').records), [['KT-1', '5'], ['KT-2', '10']]);
    assert.deepEqual(lines(parseOrderText('KT-1\nKT-2\n', 'en').records), [['KT-1', ''], ['KT-2', '']]);
  });

  it('keeps numeric codes (EAN) apart from quantities', () => {
    assert.deepEqual(lines(parseOrderText('4006381333931;12\n4006381333948;100\n', 'de').records), [['4006381333931', '12'], ['4006381333948', '100']]);
  });

  it('counts blank lines and strips control and bidi characters', () => {
    const parsed = parseOrderText('KT-1\u0007;5\n\n \t \nKT\u202e-2;1\r\n', 'en');
    assert.deepEqual(parsed.records.map((r) => r.kind), ['line', 'blank', 'blank', 'line']);
    assert.deepEqual(lines(parsed.records), [['KT-1', '5'], ['KT-2', '1']]);
  });

  it('keeps hostile cells as plain text for the element to show', () => {
    const huge = 'A'.repeat(10_000);
    const parsed = parseOrderText(`<img src=x onerror=alert(1)>;5\n${huge};1\n=HYPERLINK("http://x");2\n`, 'en');
    assert.deepEqual(lines(parsed.records).map(([code]) => code), ['<img src=x onerror=alert(1)>', huge, '=HYPERLINK("http://x")']);
  });

  it('property: every input line is accounted for exactly once, in order, and nothing throws', () => {
    const code = fc.stringMatching(/^[A-Z]{2}-[0-9]{3,6}$/);
    const quantity = fc.oneof(fc.integer({ min: 1, max: 99999 }).map(String), fc.constant('2,5'), fc.constant('abc'), fc.constant(''));
    const row = fc.oneof(
      { weight: 5, arbitrary: fc.tuple(code, quantity).map(([c, q]) => ({ blank: false, cells: [c, q] })) },
      { weight: 1, arbitrary: fc.constant({ blank: true, cells: [] as string[] }) },
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), fc.constantFrom('\t', ';'), fc.boolean(), fc.boolean(), (rows, separator, header, swap) => {
        const body = rows.map((r) => (r.blank ? '' : (swap ? [...r.cells].reverse() : r.cells).join(separator)));
        const text = [...(header ? [swap ? `Qty${separator}SKU` : `SKU${separator}Qty`] : []), ...body].join('\n');
        const parsed = parseOrderText(text, 'en');
        // A newline at the very end ends the last line rather than starting an empty one.
        const expectedCount = body.length + (header ? 1 : 0) - (text.endsWith('\n') ? 1 : 0);
        assert.equal(parsed.records.length, expectedCount);
        assert.deepEqual(parsed.records.map((r) => r.row), Array.from({ length: expectedCount }, (_, i) => i + 1));
        const got = parsed.records.slice(header ? 1 : 0);
        got.forEach((record, i) => {
          if (!record) return;
          const source = rows[i];
          assert.ok(source);
          if (source.blank) assert.equal(record.kind, 'blank');
          else {
            assert.equal(record.kind, 'line');
            if (record.kind === 'line') assert.equal(record.code, source.cells[0]);
          }
        });
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const parsed = parseOrderText(text, 'de');
        parsed.records.forEach((record, i) => assert.equal(record.row, i + 1));
        assert.ok(parsed.records.every((r) => r.kind !== 'line' || typeof r.code === 'string'));
      }),
      { numRuns: 500 },
    );
  });

  it('parses 10,000 lines', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `KT-${100000 + i}\t${(i % 50) + 1}`).join('\n');
    const parsed = parseOrderText(text, 'en');
    assert.equal(lines(parsed.records).length, 10_000);
  });
});

describe('quick order: CSV export', () => {
  it('neutralises formulas and round-trips through paste', () => {
    assert.equal(neutralizeCell('=HYPERLINK("http://evil","x")'), `'=HYPERLINK("http://evil","x")`);
    assert.equal(neutralizeCell('@SUM(A1)'), `'@SUM(A1)`);
    assert.equal(neutralizeCell('KT-1'), 'KT-1');
    const rows = [{ code: 'KT-1', quantityText: '2,5' }, { code: 'KT-2;x', quantityText: '10' }, { code: '=1+1', quantityText: '3' }];
    for (const locale of ['de', 'en']) {
      const csv = toCsv(rows, ['SKU', 'Quantity'], locale);
      const parsed = parseOrderText(csv, locale);
      assert.equal(parsed.records[0]?.kind, 'header');
      assert.deepEqual(lines(parsed.records), [['KT-1', '2,5'], ['KT-2;x', '10'], ["'=1+1", '3']]);
    }
  });
});
