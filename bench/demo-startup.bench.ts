/**
 * Start-up of the embedded backend on the built demo, in Chromium: from navigation to the
 * worker's first search result painted by the home page's listing (20,000 generated SKUs).
 * Each run uses a fresh browser context, so nothing comes from a previous run's storage.
 *
 *   npx tsx bench/demo-startup.bench.ts [runs]
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { demoDist, launchBrowser, serveDirectory } from '../test/e2e/helpers/browser.js';
import { printTable, summarize } from './lib/stats.js';

const runs = Number(process.argv[2] ?? 7);

if (!existsSync(`${demoDist}/index.html`)) {
  console.log('Building the demo first (npm run build:demo) …');
  execFileSync('npm', ['run', 'build:demo'], { stdio: 'inherit' });
}

const site = await serveDirectory(demoDist);
const browser = await launchBrowser();
const firstResults: number[] = [];
const domReady: number[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('kontor-results', () => {
        (window as { __firstResults?: number }).__firstResults ??= performance.now();
      });
    });
    await page.goto(`${site.url}/index.html`);
    await page.waitForFunction(() => (window as { __firstResults?: number }).__firstResults !== undefined, null, { timeout: 120_000 });
    const timing = await page.evaluate(() => ({
      results: (window as { __firstResults?: number }).__firstResults ?? Number.NaN,
      domReady: performance.getEntriesByType('navigation')[0] ? (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd : Number.NaN,
    }));
    firstResults.push(timing.results);
    domReady.push(timing.domReady);
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}

const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
const row = (label: string, samples: number[]) => {
  const s = summarize(samples);
  return [label, fmt(s.median), fmt(s.p95), fmt(s.min), fmt(s.max)];
};
console.log(`Demo start-up in Chromium, ${runs} cold runs (fresh browser context each)`);
printTable(['from navigation start to', 'median', 'p95', 'min', 'max'], [
  row('DOMContentLoaded', domReady),
  row('first search result painted', firstResults),
]);
