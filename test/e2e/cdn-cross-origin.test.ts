/**
 * The usual CMS set-up: the page on the shop's own site, Kontor's files on a CDN (another
 * origin). The embedded backend's worker must start all the same, and the tags must work,
 * and an element's chunks must be asked for at once, not a level of its import graph per
 * round trip.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, pricedCards, serveDirectory, watchProblems, type StaticServer } from './helpers/browser.js';
import { buildCdn } from './helpers/build.js';
import { importClosure } from '../../scripts/lib/import-graph.mjs';


describe('Kontor loaded from a CDN on another origin', () => {
  let work: string;
  let cdn: StaticServer;
  let site: StaticServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'kontor-cdn-'));
    const bundle = join(work, 'cdn');
    await buildCdn(bundle);
    cdn = await serveDirectory(bundle, { cors: true });
    const siteDir = join(work, 'site');
    mkdirSync(siteDir);
    writeFileSync(
      join(siteDir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parts</title><link rel="icon" href="data:,">
<script type="module" src="${cdn.url}/kontor.js" data-backend="local" data-catalog-size="2000"></script></head>
<body><kontor-product-listing category="tools" page-size="3"></kontor-product-listing></body></html>`,
    );
    site = await serveDirectory(siteDir);
    assert.notEqual(new URL(site.url).origin, new URL(cdn.url).origin);
    browser = await launchBrowser();
    page = await browser.newPage();
    watchProblems(page, problems);
    await page.goto(`${site.url}/index.html`);
  });

  after(async () => {
    await browser?.close();
    await cdn?.close();
    await site?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('starts the embedded backend and shows priced products', async () => {
    await pricedCards(page, 3);
    assert.deepEqual(problems, []);
  });

  it("asks for the listing's whole static import graph while the listing's own chunk is still on its way", async () => {
    const graph = staticGraph(JSON.parse(readFileSync(join(work, 'cdn', '.vite', 'manifest.json'), 'utf8')) as Manifest, 'components/product-listing/product-listing.ts');
    assert.ok(graph.imports.length > 10, `the listing imports ${graph.imports.length} chunks`);
    const context = await browser.newContext();
    try {
      const held = await context.newPage();
      const requested = new Set<string>();
      held.on('request', (request) => requested.add(new URL(request.url()).pathname.slice(1)));
      const missing = () => graph.imports.filter((file) => !requested.has(file));
      // The listing's chunk is held until everything it imports has been asked for. Level by
      // level, nothing it imports is asked for before it arrives: held, it never would be, so
      // the hold gives up after a while and the assertion below names what was missing.
      let missingWhenReleased: string[] = [];
      await held.route(`${cdn.url}/${graph.file}`, async (route) => {
        for (let wait = 0; wait < 100 && missing().length > 0; wait++) await new Promise((done) => setTimeout(done, 50));
        missingWhenReleased = missing();
        await route.continue();
      });
      const heldProblems = watchProblems(held);
      await held.goto(`${site.url}/index.html`);
      await pricedCards(held, 3);
      assert.deepEqual(missingWhenReleased, []);
      assert.deepEqual(heldProblems, []);
    } finally {
      await context.close();
    }
  });
});

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
}
type Manifest = Readonly<Record<string, ManifestChunk>>;

/** The file of manifest entry `key` and the files it imports statically, directly or not. */
function staticGraph(manifest: Manifest, key: string): { file: string; imports: string[] } {
  const entry = manifest[key];
  if (!entry) throw new Error(`${key} is not in the CDN build's manifest`);
  const ids = importClosure(entry.imports ?? [], (id) => manifest[id]?.imports);
  return { file: entry.file, imports: [...ids].map((id) => manifest[id]?.file ?? id) };
}
