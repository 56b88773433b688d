// `npm run demo:vendure` in a real browser: the demo's Vite dev server configured for the
// running Vendure (as the script starts it), every demo page opened in Chromium, and each
// checked for console errors, uncaught errors, and what it must show of Vendure's shop.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { launchBrowser } from '../e2e/helpers/browser.js';
import { startDemoDevServer } from '../e2e/helpers/dev-server.js';
import { fixtures, shopApiUrl, vendureAdapter } from './helpers.js';

/** Each demo page with what it must show once Vendure answered (text of all shadow roots). */
const PAGES: readonly { readonly path: string; readonly shows: readonly string[]; readonly hides?: readonly string[] }[] = [
  // The first visit logs in the fixture buyer; the home page's listing shows Vendure's electronics.
  { path: 'index.html', shows: ['Laptop 13 inch 8GB', '$1,299.00'] },
  { path: 'category.html?category=computers', shows: ['Laptop 13 inch 8GB', 'Laptop 15 inch 8GB', '$1,299.00'] },
  { path: 'product.html?sku=L2201308', shows: ['Laptop 13 inch 8GB', '$1,299.00', '4 variants', 'seventh-generation Intel Core'], hides: ['Ask a question', 'Ratings from business customers'] },
  { path: 'cart.html', shows: ['Laptop 15 inch 8GB', 'L2201508', 'Continue to order details'], hides: ['Saved carts and requisition lists'] },
  { path: 'quick-order.html', shows: ['Item number'] },
  { path: 'account.html', shows: ['Berta Buyer', 'Kontor Test Industries GmbH', 'Hafenstraße 12'] },
  { path: 'approvals.html', shows: ['This shop does not use approvals: orders are placed directly.'] },
  { path: 'configurator.html', shows: ['This shop cannot configure products.'], hides: ['Something went wrong'] },
];

/** The text of the page with every shadow root's text, whitespace collapsed (a string: it runs in the page). */
const DEEP_TEXT = `(() => {
  const parts = [document.body.innerText];
  const walk = (scope) => {
    for (const element of scope.querySelectorAll('*')) {
      if (!element.shadowRoot) continue;
      parts.push(element.shadowRoot.textContent ?? '');
      walk(element.shadowRoot);
    }
  };
  walk(document);
  return parts.join(' ').replace(/\\s+/g, ' ');
})()`;

async function waitForText(page: Page, expected: readonly string[], timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await page.evaluate<string>(DEEP_TEXT);
    if (expected.every((part) => text.includes(part))) return text;
    await page.waitForTimeout(200);
  }
  const missing = expected.filter((part) => !text.includes(part));
  assert.fail(`${page.url()} does not show ${missing.map((m) => `"${m}"`).join(', ')}; it shows: ${text.slice(0, 600)}`);
}

describe('the Vendure demo in Chromium', () => {
  let vite: ViteDevServer;
  let browser: Browser;
  let context: BrowserContext;
  let base = '';

  before(async () => {
    process.env['KONTOR_VENDURE_URL'] = shopApiUrl();
    // The demo logs in the fixture buyer, whose cart Vendure keeps across sessions: one known line.
    const buyer = vendureAdapter();
    await buyer.login(fixtures.buyer);
    for (const line of (await buyer.getCart()).lines) await buyer.removeCartLine(line.id);
    await buyer.addToCart([{ sku: 'L2201508', quantity: 2 }]);
    // The demo's own config adds demo/vendure.ts to every page when KONTOR_VENDURE_URL is set.
    ({ vite, base } = await startDemoDevServer());
    browser = await launchBrowser();
    context = await browser.newContext();
  });

  after(async () => {
    await browser?.close();
    await vite?.close();
  });

  for (const [index, { path, shows, hides = [] }] of PAGES.entries()) {
    it(`${path} shows Vendure's shop without console or uncaught errors`, async () => {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? ''})`));
      try {
        await page.goto(`${base}/${path}`, { waitUntil: 'load', timeout: 120_000 });
        // The first page compiles the demo's modules on demand: slow on a busy machine.
        const text = await waitForText(page, shows, index === 0 ? 120_000 : 30_000);
        for (const hidden of hides) assert.ok(!text.includes(hidden), `${path} shows "${hidden}"`);
        // Vendure has no demo users: the toolbar names the logged-in customer all the same.
        await page.waitForFunction(`document.querySelector('.demo-toolbar select')?.selectedOptions[0]?.textContent === 'Berta Buyer'`, undefined, { timeout: 30_000 }).catch(() => assert.fail(`${path}: the demo toolbar does not name the logged-in customer Berta Buyer`));
        // Late answers (prices, stock, the session) must not log errors either.
        await page.waitForTimeout(1_000);
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  }
});
