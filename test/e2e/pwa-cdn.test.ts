/**
 * Offline use for a CMS that loads Kontor from a CDN: the site serves the shipped
 * `sdk/pwa/host-sw.js` from its own origin (with the CDN address filled in), which imports
 * the CDN build's `sw.js`. A new release of that file is found through the host file and
 * waits. The worker activates and caches the page that installed it; with both origins
 * gone, a reload still shows the Kontor elements in the site's styles, and a page never
 * visited gets the site's offline page.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser, pricedCards, serveDirectory, watchProblems, type StaticServer } from './helpers/browser.js';
import { buildCdn } from './helpers/build.js';
import { activeWorker } from './helpers/service-worker.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The shipped host file with the site's settings filled in, as a CMS would. */
function hostWorker(cdnFolder: string): string {
  const shipped = readFileSync(join(root, 'sdk', 'pwa', 'host-sw.js'), 'utf8');
  const filled = shipped
    .replace(`self.KONTOR_CDN = 'https://cdn.example.com/kontor/';`, `self.KONTOR_CDN = '${cdnFolder}';`)
    .replace(`// self.KONTOR_OFFLINE_PAGE = '/offline.html';`, `self.KONTOR_OFFLINE_PAGE = '/offline.html';`);
  assert.ok(filled.includes(`self.KONTOR_CDN = '${cdnFolder}';`), 'host-sw.js sets KONTOR_CDN');
  assert.ok(filled.includes(`\nself.KONTOR_OFFLINE_PAGE = '/offline.html';`), 'host-sw.js offers KONTOR_OFFLINE_PAGE');
  return filled;
}

describe('a CMS page with Kontor from a CDN, offline through the host worker', () => {
  let work: string;
  let bundle: string;
  let cdn: StaticServer | undefined;
  let site: StaticServer | undefined;
  let browser: Browser;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'kontor-pwa-cdn-'));
    bundle = join(work, 'cdn');
    await buildCdn(bundle);
    cdn = await serveDirectory(bundle, { cors: true });
    const siteDir = join(work, 'site');
    mkdirSync(siteDir);
    writeFileSync(join(siteDir, 'kontor-sw.js'), hostWorker(`${cdn.url}/`));
    writeFileSync(
      join(siteDir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parts</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/site.css">
<script type="module" src="${cdn.url}/kontor.js" data-backend="local" data-catalog-size="2000"></script>
<script type="module">
  import { registerServiceWorker } from '${cdn.url}/sdk/pwa.js';
  registerServiceWorker('/kontor-sw.js');
</script></head>
<body><h1>Parts</h1><kontor-product-listing category="tools" page-size="3"></kontor-product-listing></body></html>`,
    );
    writeFileSync(join(siteDir, 'site.css'), 'h1 { color: rgb(155, 28, 49); }');
    writeFileSync(join(siteDir, 'offline.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Offline</title><link rel="icon" href="data:,"></head><body><h1>The parts site is offline</h1></body></html>');
    writeFileSync(join(siteDir, 'later.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Later</title></head><body><h1>Never visited</h1></body></html>');
    site = await serveDirectory(siteDir);
    assert.notEqual(new URL(site.url).origin, new URL(cdn.url).origin);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await cdn?.close();
    await site?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('finds a new Kontor release on the CDN through the host file, and lets it wait for the reload', async () => {
    assert.ok(site);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/index.html`);
    assert.equal(await activeWorker(page), 'activated controlling');
    // A release changes the CDN's sw.js; the site's own kontor-sw.js stays as it is.
    appendFileSync(join(bundle, 'sw.js'), '\n// next release\n');
    const states = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
      const next = registration?.installing ?? registration?.waiting;
      if (next && next.state !== 'installed') await new Promise<void>((resolve) => next.addEventListener('statechange', () => next.state === 'installed' && resolve()));
      return `${registration?.active?.state ?? 'none'} ${registration?.waiting?.state ?? 'none'}`;
    });
    // The old version keeps the page until the buyer reloads through the update flow.
    assert.equal(states, 'activated installed');
    await context.close();
  });

  it('activates the site\'s worker, and with both origins gone a reload still shows the elements', async () => {
    assert.ok(site && cdn);
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${site.url}/index.html`);
    await pricedCards(page, 3);
    assert.equal(await activeWorker(page), 'activated controlling');
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL), `${site.url}/kontor-sw.js`);
    // The page that installed the worker loaded before it ran; the worker cached it on activation.
    assert.deepEqual(await page.evaluate(async () => (await (await caches.open('kontor-pages')).keys()).map((request) => request.url)), [`${site.url}/index.html`]);
    // A visit through the worker caches the site's stylesheet too.
    await page.reload();
    await pricedCards(page, 3);

    // Offline for the browser, and both servers really gone: nothing can come from the network.
    await context.setOffline(true);
    const siteUrl = site.url;
    await Promise.all([site.close(), cdn.close()]);
    site = undefined;
    cdn = undefined;
    await page.reload();
    await pricedCards(page, 3);
    assert.equal(await page.locator('h1').textContent(), 'Parts');
    assert.equal(await page.locator('h1').evaluate((h1) => getComputedStyle(h1).color), 'rgb(155, 28, 49)');

    // A page of the site never visited: the offline page the host file names.
    await page.goto(`${siteUrl}/later.html`);
    assert.equal(await page.locator('h1').textContent(), 'The parts site is offline');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
