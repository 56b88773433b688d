/**
 * Kontor on a hostile host page: global CSS on `*`, `button` and `input` with `!important`,
 * a root font size of 10px, a polluted `Array.prototype` and `Object.prototype` key, another
 * copy of Lit running the page's own element, and a second copy of Kontor's CDN bundle. Every
 * element must still render, stay readable and usable, and nothing may throw.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, pricedCards, serveDirectory, watchProblems, type StaticServer } from './helpers/browser.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

/** The page's own styles, written without a thought for embedded widgets. */
const HOSTILE_CSS = `
html { font-size: 10px !important; }
* { box-sizing: content-box !important; margin: 3px !important; font-family: "Comic Sans MS", fantasy !important; line-height: 3 !important; letter-spacing: 2px !important; color: #f0f !important; }
button { display: none !important; background: red !important; border: 5px dotted lime !important; }
input, select, textarea { visibility: hidden !important; width: 2px !important; height: 2px !important; }
div, li, ol, ul, p, span, a { position: static !important; float: left !important; }
[part], [class], .card, .button, .input { opacity: 0.1 !important; display: none !important; }
`;

/** Runs before anything else on the page. */
const POLLUTION = `
Object.defineProperty(Array.prototype, 'kontorEvil', { value: () => 'evil', enumerable: true, configurable: true, writable: true });
Array.prototype.last = function () { return 'evil'; };
Array.prototype.includes = (function (original) { return function (...args) { return original.apply(this, args); }; })(Array.prototype.includes);
`;

/** Another copy of Lit on the page, running the page's own element. */
const HOST_LIT_SOURCE = `
import { LitElement, html, css } from 'lit';
class HostWidget extends LitElement {
  static styles = css\`:host { display: block; }\`;
  render() { return html\`<p id="host-widget">The host's own Lit element</p>\`; }
}
customElements.define('host-widget', HostWidget);
`;

interface Metrics {
  readonly width: number;
  readonly height: number;
  readonly display: string;
  readonly visibility: string;
  readonly opacity: number;
  readonly fontSize: number;
}

describe('Kontor on a hostile host page', () => {
  let work: string;
  let site: StaticServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'kontor-hostile-'));
    const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    await run(process.execPath, [vite, 'build', '--mode', 'cdn', '--outDir', join(work, 'a'), '--logLevel', 'warn'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    // The second copy: the same files under another path are other modules to the browser.
    cpSync(join(work, 'a'), join(work, 'b'), { recursive: true });
    writeFileSync(join(work, 'host-lit-entry.js'), HOST_LIT_SOURCE);
    const esbuild = join(root, 'node_modules', 'esbuild', 'bin', 'esbuild');
    await run(esbuild, [join(work, 'host-lit-entry.js'), '--bundle', '--format=esm', '--minify', `--outfile=${join(work, 'host-lit.js')}`], { cwd: root, env: { ...process.env, NODE_PATH: join(root, 'node_modules') } });
    writeFileSync(join(work, 'pollute.js'), POLLUTION);
    writeFileSync(join(work, 'hostile.css'), HOSTILE_CSS);
    writeFileSync(
      join(work, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile host</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="./hostile.css">
<script src="./pollute.js"></script>
<script type="module" src="./host-lit.js"></script>
<script type="module" src="./a/kontor.js" data-backend="local" data-catalog-size="2000"></script>
<script type="module" src="./b/kontor.js"></script>
</head><body>
<host-widget></host-widget>
<kontor-search-box></kontor-search-box>
<kontor-mini-cart></kontor-mini-cart>
<kontor-product-listing category="tools" page-size="4"></kontor-product-listing>
<kontor-quick-order></kontor-quick-order>
</body></html>`,
    );
    site = await serveDirectory(work);
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

  it('renders priced products with both bundles and the host Lit on the page', async () => {
    await pricedCards(page, 4);
    assert.equal(await page.locator('#host-widget').textContent(), "The host's own Lit element");
    assert.equal(await page.evaluate(() => ([] as unknown as { kontorEvil: () => string }).kontorEvil()), 'evil', 'the pollution is in place');
    assert.deepEqual(problems, []);
  });

  it('keeps buttons and inputs visible, readable and big enough to hit', async () => {
    // A string, so the test's compiler adds no helpers the page does not have.
    const metrics = (await page.evaluate(`(() => {
      const listing = document.querySelector('kontor-product-listing').shadowRoot;
      const addToCart = listing.querySelector('kontor-add-to-cart').shadowRoot;
      const measure = (element) => {
        if (!element) return null;
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return { width: box.width, height: box.height, display: style.display, visibility: style.visibility, opacity: Number(style.opacity), fontSize: parseFloat(style.fontSize) };
      };
      return {
        button: measure(addToCart.querySelector('button[type=submit]')),
        quantity: measure(addToCart.querySelector('input')),
        search: measure(document.querySelector('kontor-search-box').shadowRoot.querySelector('input')),
        name: measure(listing.querySelector('a.name')),
      };
    })()`)) as Record<string, Metrics | null>;
    for (const [what, m] of Object.entries(metrics)) {
      assert.ok(m, `${what} exists`);
      assert.notEqual(m.display, 'none', `${what} is displayed`);
      assert.equal(m.visibility, 'visible', `${what} is visible`);
      assert.ok(m.opacity > 0.9, `${what} is opaque (${m.opacity})`);
      assert.ok(m.fontSize >= 12, `${what} is readable with a 10px root font (${m.fontSize}px)`);
      if (what !== 'name') assert.ok(m.height >= 24 && m.width >= 24, `${what} can be hit (${m.width}×${m.height})`);
    }
  });

  it('still works: search suggestions, add to cart, the mini cart and the quick order', async () => {
    const search = page.locator('kontor-search-box [role=combobox]');
    await search.fill('bohrer');
    await page.locator('kontor-search-box [role=option]').first().waitFor({ timeout: 30_000 });
    await search.press('Escape');
    await page.locator('kontor-product-listing li.card').first().locator('kontor-add-to-cart button[type=submit]').click();
    // Logged out, the cart asks to log in, or it counts the line: either way the click was handled.
    await page.waitForFunction(
      () => {
        const count = document.querySelector('kontor-mini-cart')?.shadowRoot?.querySelector('.count')?.textContent?.trim();
        const note = document.querySelector('kontor-product-listing')?.shadowRoot?.querySelector('kontor-add-to-cart')?.shadowRoot?.querySelector('[role=alert], [role=status]')?.textContent?.trim();
        return count === '1' || Boolean(note);
      },
      null,
      { timeout: 30_000 },
    );
    const paste = page.locator('kontor-quick-order textarea');
    await paste.fill('KT-100001\t2');
    await page.locator('kontor-quick-order').getByRole('button', { name: 'Add pasted lines' }).click();
    await page.waitForFunction(() => (document.querySelector('kontor-quick-order')?.shadowRoot?.querySelectorAll('input').length ?? 0) >= 2, null, { timeout: 30_000 });
    assert.equal(await page.evaluate(() => customElements.get('kontor-product-listing') !== undefined), true);
    assert.deepEqual(problems, []);
  });
});
