/**
 * Catalog generation and search index build times of the reference backend.
 * Run with `npx tsx bench/catalog.bench.ts`; prints a plain table (median and p95 in ms).
 */
import { generateCatalog } from '../src/reference/catalog/generate.js';
import { indexCatalog } from '../src/reference/catalog/search-documents.js';
import type { Catalog } from '../src/reference/catalog/types.js';
import { search } from '../src/search/index.js';

/** Runs a task several times after one warm-up and returns the durations in ms. */
function measure(runs: number, task: () => void): number[] {
  task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

const rows: string[][] = [['task', 'size', 'runs', 'median ms', 'p95 ms']];
const add = (task: string, size: number, times: readonly number[]): void => {
  rows.push([task, String(size), String(times.length), percentile(times, 50).toFixed(1), percentile(times, 95).toFixed(1)]);
};

for (const [size, runs] of [
  [20000, 7],
  [100000, 3],
] as const) {
  add('generate catalog', size, measure(runs, () => void generateCatalog({ size })));
  const catalog: Catalog = generateCatalog({ size });
  add('build search index', size, measure(runs, () => void indexCatalog(catalog)));
  const index = indexCatalog(catalog);
  const queries = ['m8x40', 'sechskantschraube a2', 'nym-j 3x1,5', 'handschuh', 'KT-100042', 's'];
  add('search (6 queries)', size, measure(runs * 5, () => queries.forEach((text) => search(index, { text, limit: 20 }))));
}

const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
for (const row of rows) {
  console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  '));
}
