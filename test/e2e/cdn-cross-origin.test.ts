/**
 * The usual CMS set-up: the page on the shop's own site, Kontor's files on a CDN (another
 * origin). The embedded backend's worker must start all the same, and the tags must work.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, pricedCards, serveDirectory, watchProblems, type StaticServer } from './helpers/browser.js';
import { buildCdn } from './helpers/build.js';


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
});
