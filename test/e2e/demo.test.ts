import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { demoDist, siteSession, watchProblems } from './helpers/browser.js';


async function listingCards(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => (document.querySelector('kontor-product-listing')?.shadowRoot?.querySelectorAll('li.card:not(.skeleton)').length ?? 0) >= n,
    count,
    { timeout: 60_000 },
  );
}

describe('the demo shop (built)', () => {
  const session = siteSession({ dir: demoDist });

  it('shows products with prices on the home page, and add to cart updates the mini cart', async () => {
    const page = await session.browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${session.site.url}/index.html`);
    await listingCards(page, 8);
    // The demo toolbar logs the first visitor in as a buyer.
    await page.waitForFunction(() => document.querySelector('.demo-toolbar select')?.querySelector('option:checked')?.textContent?.includes('buyer'), null, { timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('kontor-product-listing')?.shadowRoot?.querySelector('kontor-price')?.shadowRoot?.querySelector('[part=net]'), null, { timeout: 30_000 });
    await page.locator('kontor-product-listing li.card').first().locator('kontor-add-to-cart button[type=submit]').click();
    await page.waitForFunction(() => document.querySelector('kontor-mini-cart')?.shadowRoot?.querySelector('.count')?.textContent?.trim() === '1', null, { timeout: 30_000 });
    assert.deepEqual(problems, []);
    await page.close();
  });

  for (const path of ['category.html?category=cables', 'product.html', 'cart.html', 'account.html', 'quick-order.html', 'approvals.html', 'configurator.html']) {
    it(`loads ${path} without console errors or uncaught errors`, async () => {
      const page = await session.browser.newPage();
      const problems = watchProblems(page);
      await page.goto(`${session.site.url}/${path}`);
      await page.waitForFunction(() => document.querySelector('.demo-toolbar'), null, { timeout: 60_000 });
      if (path.startsWith('category')) await listingCards(page, 10);
      await page.waitForTimeout(300);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('shows a product page from a listing link, with its price', async () => {
    const page = await session.browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${session.site.url}/category.html?category=fasteners`);
    await listingCards(page, 1);
    await page.locator('kontor-product-listing li.card a.name').first().click();
    await page.waitForFunction(() => document.querySelector('kontor-product')?.shadowRoot?.querySelector('[part=title]'), null, { timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('kontor-product')?.shadowRoot?.querySelector('kontor-price')?.shadowRoot?.querySelector('[part=net]'), null, { timeout: 30_000 });
    assert.match(page.url(), /product\.html\?sku=/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
