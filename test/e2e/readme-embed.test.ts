/**
 * A new user follows only the README: builds the CDN bundle, hosts it, and writes a plain
 * HTML page of their own (not the demo) with the README's script tag and example tags. The
 * tags must come alive: the listing with products and prices, the mini cart with its button.
 *
 * The page is made from the README's own embed snippet (the first html block under "Embed
 * in a CMS page"), with only the CDN address replaced by where the build is served, so the
 * README cannot drift from what works.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveDirectory, watchProblems, type StaticServer } from './helpers/browser.js';
import { buildCdn } from './helpers/build.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const README_CDN = 'https://cdn.example.com/kontor/';

/** The first ```html block after the README's "Embed in a CMS page" heading. */
function readmeSnippet(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Embed in a CMS page'));
  const match = /```html\n([\s\S]*?)```/.exec(section);
  if (!match?.[1]) throw new Error('README.md has no html snippet under "Embed in a CMS page"');
  return match[1];
}

describe('embedding as the README says, on a page of ones own', () => {
  let work: string;
  let site: StaticServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'kontor-embed-'));
    const build = join(work, 'build');
    await buildCdn(build);
    // The user's own site: their page at the root, the bundle where they host it.
    const siteDir = join(work, 'site');
    mkdirSync(siteDir);
    cpSync(build, join(siteDir, 'kontor'), { recursive: true });
    site = await serveDirectory(siteDir);
    const snippet = readmeSnippet().replaceAll(README_CDN, `${site.url}/kontor/`);
    assert.ok(snippet.includes(`${site.url}/kontor/kontor.js`), 'the README snippet loads kontor.js from the CDN address');
    writeFileSync(
      join(siteDir, 'index.html'),
      `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Our parts page</title>
    <link rel="icon" href="data:,">
  </head>
  <body>
    <h1>Fasteners</h1>
    ${snippet}
  </body>
</html>
`,
    );
    browser = await launchBrowser();
    page = await browser.newPage();
    watchProblems(page, problems);
    await page.goto(`${site.url}/index.html`);
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('shows the listing with products and their prices', async () => {
    await page.waitForFunction(
      () => {
        const listing = document.querySelector('kontor-product-listing');
        const cards = listing?.shadowRoot?.querySelectorAll('li.card:not(.skeleton)') ?? [];
        const priced = [...cards].filter((card) => card.querySelector('kontor-price')?.shadowRoot?.querySelector('[part=net]')?.textContent?.match(/\d/));
        return cards.length > 0 && priced.length === cards.length;
      },
      null,
      { timeout: 90_000 },
    );
  });

  it('shows the mini cart button', async () => {
    await page.waitForFunction(() => document.querySelector('kontor-mini-cart')?.shadowRoot?.querySelector('[part=trigger]'), null, { timeout: 30_000 });
  });

  it('logs no errors', () => {
    assert.deepEqual(problems, []);
  });
});
