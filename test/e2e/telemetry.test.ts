// The telemetry SDK on the built demo, reporting to the collector of the Node server: a
// scripted visit (load, type in the search box, add to cart, hide the page) must produce
// beacons with the Web Vitals and the component metrics, pinned to targets inside shadow
// roots, and the collector's p75 report must show them. Without consent, nothing is sent.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApiServer, type ApiServer } from '../../src/reference/node/server.js';
import type { TelemetryReport } from '../../src/reference/telemetry/store.js';
import { launchBrowser, serveDirectory, type StaticServer } from './helpers/browser.js';

const root = join(import.meta.dirname, '..', '..');

/** Telemetry beacons the page sent, as the browser saw them. */
function watchBeacons(page: Page): { url: string; body: string }[] {
  const sent: { url: string; body: string }[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/telemetry/')) sent.push({ url: request.url(), body: request.postData() ?? '' });
  });
  return sent;
}

async function visit(context: BrowserContext, siteUrl: string, collector: string): Promise<{ page: Page; beacons: { url: string; body: string }[] }> {
  const page = await context.newPage();
  const beacons = watchBeacons(page);
  await page.goto(`${siteUrl}/index.html?collector=${encodeURIComponent(collector)}`);
  // The demo logs the first visitor in as a buyer; prices and add to cart follow.
  await page.waitForFunction(() => document.querySelector('.demo-toolbar select')?.querySelector('option:checked')?.textContent?.includes('buyer'), null, { timeout: 90_000 });
  await page.waitForFunction(() => document.querySelector('kontor-product-listing')?.shadowRoot?.querySelector('kontor-price')?.shadowRoot?.querySelector('[part=net]'), null, { timeout: 60_000 });
  // Type as a person would: one key at a time, then wait for the suggestions.
  const field = page.locator('kontor-search-box input[role=combobox]');
  await field.click();
  await field.pressSequentially('schraube', { delay: 60 });
  await page.locator('kontor-search-box [role=option]').first().waitFor({ timeout: 30_000 });
  await field.press('Escape');
  await page.locator('kontor-product-listing li.card').first().locator('kontor-add-to-cart button[type=submit]').click();
  await page.waitForFunction(() => document.querySelector('kontor-mini-cart')?.shadowRoot?.querySelector('.count')?.textContent?.trim() === '1', null, { timeout: 30_000 });
  return { page, beacons };
}

/**
 * Hides the page for good: the tab closes, so visibilitychange (hidden) and pagehide fire
 * and the SDK flushes. (Headless Chromium never hides a page that stays open.)
 */
async function hide(page: Page): Promise<void> {
  await page.close({ runBeforeUnload: true });
}

async function report(api: ApiServer): Promise<TelemetryReport> {
  return (await (await fetch(`${api.url}/telemetry/report`)).json()) as TelemetryReport;
}

describe('telemetry on the built demo', { timeout: 600_000 }, () => {
  let outDir: string;
  let dataDir: string;
  let site: StaticServer;
  let api: ApiServer;
  let browser: Browser;

  before(async () => {
    // A private build: the shared dist/ belongs to the full build.
    outDir = mkdtempSync(join(tmpdir(), 'kontor-telemetry-demo-'));
    dataDir = mkdtempSync(join(tmpdir(), 'kontor-telemetry-api-'));
    await promisify(execFile)(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--mode', 'demo', '--outDir', outDir, '--emptyOutDir'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    site = await serveDirectory(outDir);
    api = await startApiServer({ port: 0, dataDir, catalogSize: 2000 });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('without telemetry consent the visit sends no beacon and leaves no consent record', async () => {
    const context = await browser.newContext();
    const { page, beacons } = await visit(context, site.url, api.url);
    // The demo's own notes (language, first visit) are the site's; Kontor stored no consent.
    assert.equal(await page.evaluate(() => localStorage.getItem('kontor.consent')), null);
    await hide(page);
    await new Promise((done) => setTimeout(done, 500));
    assert.deepEqual(beacons, []);
    assert.equal((await report(api)).records, 0);
    await context.close();
  });

  it('with consent, the scripted visit reports vitals and component metrics with host-qualified targets, and the p75 report has them', async () => {
    const context = await browser.newContext();
    // Consent given on an earlier visit, as the banner stores it.
    await context.addInitScript(() => {
      if (location.protocol.startsWith('http')) localStorage.setItem('kontor.consent', JSON.stringify({ personalization: false, telemetry: true }));
    });
    const { page } = await visit(context, site.url, api.url);
    await hide(page);
    let current: TelemetryReport = await report(api);
    for (let attempt = 0; attempt < 100 && !['LCP', 'CLS', 'typeahead', 'add-to-cart'].every((m) => current.metrics.some((row) => row.metric === m)); attempt++) {
      await new Promise((done) => setTimeout(done, 100));
      current = await report(api);
    }
    // The collector's report is what the beacons carried: the browser does not show requests
    // of a closing page reliably.
    const names = new Set(current.metrics.map((row) => row.metric));
    for (const metric of ['LCP', 'CLS', 'FCP', 'TTFB', 'typeahead', 'add-to-cart', 'first-results', 'results']) assert.ok(names.has(metric), `${metric} in the report (got ${[...names].join(', ')})`);
    const home = current.byPageType.filter((row) => row.pageType === 'home').map((row) => row.metric);
    for (const metric of ['LCP', 'CLS', 'typeahead', 'add-to-cart']) assert.ok(home.includes(metric), `${metric} in the p75 report for the home page`);
    const targets = (metric: string) => current.byTarget.filter((row) => row.metric === metric).map((row) => row.target);
    // Component metrics name the element through its hosts.
    assert.deepEqual(targets('add-to-cart'), ['kontor-product-listing >> kontor-add-to-cart']);
    assert.deepEqual(targets('typeahead'), ['kontor-search-box']);
    // INP: Chromium reports the interactions; the target is the element inside the shadow root
    // (the browser's own entry names only the outermost host).
    assert.ok(names.has('INP'), 'INP in the report');
    assert.match(targets('INP')[0] ?? '', / >> /, `INP target ${targets('INP')[0]} crosses a shadow root`);
    // The hero slot's variant was in view for every record.
    assert.ok(current.bySegment.some((row) => row.variant.startsWith('hero:')), 'the hero variant in the segment report');
    assert.ok(current.bySegment.length > 0);
    const html = await (await fetch(`${api.url}/telemetry/report.html`)).text();
    assert.match(html, /<td>typeahead<\/td>/);
    await context.close();
  });
});
