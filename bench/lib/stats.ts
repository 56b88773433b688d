import { mulberry32 } from '../../src/reference/catalog/prng.js';

/** Median and 95th percentile of samples (nearest-rank), for benchmark tables. */
export function summarize(samples: readonly number[]): { median: number; p95: number; min: number; max: number } {
  if (samples.length === 0) throw new Error('summarize: no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
  return { median: rank(0.5), p95: rank(0.95), min: sorted[0] as number, max: sorted.at(-1) as number };
}

/** Prints rows as a plain aligned table. */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/**
 * A bootstrap interval for median(a) − median(b): both sample sets are resampled with
 * replacement, and the interval holds the middle `level` of the resampled differences. It
 * says how far a difference of medians could move on a rerun of as many samples.
 */
export function medianDifferenceInterval(a: readonly number[], b: readonly number[], level = 0.9, resamples = 2000): { low: number; high: number } {
  if (a.length === 0 || b.length === 0) throw new Error('medianDifferenceInterval: no samples');
  // Seeded, so a rerun of the same samples gives the same interval.
  const random = mulberry32(a.length * 7919 + b.length).next;
  const resampledMedian = (samples: readonly number[]) => summarize(Array.from(samples, () => samples[Math.floor(random() * samples.length)] as number)).median;
  const differences = Array.from({ length: resamples }, () => resampledMedian(a) - resampledMedian(b)).sort((x, y) => x - y);
  const tail = (1 - level) / 2;
  return { low: differences[Math.floor(tail * resamples)] as number, high: differences[Math.min(resamples - 1, Math.ceil((1 - tail) * resamples) - 1)] as number };
}
