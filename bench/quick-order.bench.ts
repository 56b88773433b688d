/**
 * Quick order on the 100,000-SKU catalog: parse, the one batched lookup (with JSON both
 * ways, as over the wire) and validation of 5,000 and 10,000 pasted lines, one line in ten
 * unknown. Run with `npx tsx bench/quick-order.bench.ts`; prints median and longest in ms.
 * The browser side (rendering) is paged to 100 rows, so it does not grow with the list.
 */
import { generateCatalog } from '../src/reference/catalog/generate.js';
import { lookupSkus } from '../src/reference/service/quick-order.js';
import { createWorld } from '../src/reference/service/world.js';
import { parseOrderText } from '../src/quick-order/parse.js';
import { summarize, validateRows, type CodeState } from '../src/quick-order/validate.js';

const world = createWorld(generateCatalog({ size: 100_000 }));
const items = world.catalog.items.filter((i) => !i.discontinued);
const meta = { token: null, acceptLanguage: 'de' };

function paste(lines: number): string {
  return Array.from({ length: lines }, (_, i) => {
    const item = items[(i * 7919) % items.length]!;
    return i % 10 === 0 ? `${item.sku.slice(0, -1)}Q\t5` : `${item.sku}\t${item.quantity.minQuantity * 2}`;
  }).join('\n');
}

function time<T>(task: () => T): [T, number] {
  const start = performance.now();
  const value = task();
  return [value, performance.now() - start];
}

const rows: string[][] = [['lines', 'parse ms', 'lookup ms', 'validate ms', 'total ms', 'valid', 'to fix']];
for (const size of [5_000, 10_000]) {
  const runs: number[][] = [];
  let summary = { valid: 0, toFix: 0 };
  for (let run = 0; run < 4; run++) {
    const text = paste(size);
    const [parsed, parseMs] = time(() => parseOrderText(text, 'de'));
    const lines = parsed.records.flatMap((r, i) => (r.kind === 'line' ? [{ id: i, code: r.code, quantityText: r.quantityText }] : []));
    const codes = [...new Set(lines.map((l) => l.code))];
    const [answers, lookupMs] = time(() => JSON.parse(JSON.stringify(lookupSkus(world, null, meta, JSON.parse(JSON.stringify(codes)) as string[]))) as CodeState[]);
    const map = new Map(answers.map((a) => [a.code, a] as const));
    const [results, validateMs] = time(() => validateRows(lines, map, 'de'));
    summary = summarize(results);
    if (run > 0) runs.push([parseMs, lookupMs, validateMs]);
  }
  const median = (k: number) => runs.map((r) => r[k]!).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  const total = median(0) + median(1) + median(2);
  rows.push([String(size), median(0).toFixed(1), median(1).toFixed(1), median(2).toFixed(1), total.toFixed(1), String(summary.valid), String(summary.toFix)]);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const row of rows) console.log(row.map((cell, c) => cell.padStart(widths[c]!)).join('  '));
