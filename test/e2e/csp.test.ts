/**
 * Kontor as a guest of a strict page: the built demo served with a Content Security Policy
 * that allows only the site's own scripts and styles (no 'unsafe-inline', no 'unsafe-eval')
 * and requires Trusted Types, with a named allow-list: Lit's policy, DOMPurify's and
 * Kontor's (src/trusted-types.ts). A journey through every element records no
 * `securitypolicyviolation` event, no console error and no uncaught error.
 *
 * `KONTOR_DEMO_DIR` points at another build of the demo than dist/demo.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { siteSession } from './helpers/browser.js';
import { STRICT_CSP, violations, watch } from './helpers/csp.js';

async function shadowReady(page: Page, tag: string, selector: string): Promise<void> {
  await page.waitForFunction(
    ([t, s]) => document.querySelector(t!)?.shadowRoot?.querySelector(s!),
    [tag, selector],
    { timeout: 60_000 },
  );
}

describe('the demo under a strict CSP with Trusted Types (built)', () => {
  const session = siteSession({ headers: { 'content-security-policy': STRICT_CSP } });

  it('walks through every element without a single policy violation', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const problems = await watch(page);
    const seen: string[] = [];
    const check = async (where: string) => {
      seen.push(where);
      assert.deepEqual(await violations(page), [], `violations on ${where}`);
      assert.deepEqual(problems, [], `errors on ${where}`);
    };

    // Home: slot, recommendations, listing with prices, add to cart, mini cart, search box.
    await page.goto(`${session.site.url}/index.html`);
    await page.waitForFunction(() => document.querySelector('.demo-toolbar select option:checked')?.textContent?.includes('buyer'), null, { timeout: 60_000 });
    await shadowReady(page, 'kontor-product-listing', 'li.card:not(.skeleton) kontor-price');
    await page.waitForFunction(() => document.querySelector('kontor-product-listing')?.shadowRoot?.querySelector('kontor-price')?.shadowRoot?.querySelector('[part=net]'), null, { timeout: 30_000 });
    await page.locator('kontor-product-listing li.card').first().locator('kontor-add-to-cart button[type=submit]').click();
    await page.waitForFunction(() => document.querySelector('kontor-mini-cart')?.shadowRoot?.querySelector('.count')?.textContent?.trim() === '1', null, { timeout: 30_000 });
    const search = page.locator('kontor-search-box [role=combobox]');
    await search.fill('schraube');
    await page.locator('kontor-search-box [role=option]').first().waitFor({ timeout: 30_000 });
    await check('home');

    // Search results, re-sorted (the demo's listing shows no facet panel).
    await search.press('Escape');
    await search.press('Enter');
    await page.waitForURL(/category\.html/, { timeout: 30_000 });
    await shadowReady(page, 'kontor-product-listing', 'li.card:not(.skeleton)');
    await page.locator('kontor-product-listing .toolbar select').selectOption('price-asc');
    await shadowReady(page, 'kontor-product-listing', 'li.card:not(.skeleton) kontor-price');
    await check('search results');

    // Product page: description through DOMPurify, variants, ratings, questions, JSON-LD.
    await page.locator('kontor-product-listing li.card a.name').first().click();
    await shadowReady(page, 'kontor-product', '[part=title]');
    await page.waitForFunction(() => document.querySelector('kontor-product script[type="application/ld+json"]')?.textContent?.includes('schema.org'), null, { timeout: 30_000 });
    await check('product');

    // Quick order: paste lines, add them to the cart.
    await page.goto(`${session.site.url}/quick-order.html`);
    const paste = page.locator('kontor-quick-order textarea');
    await paste.waitFor({ timeout: 60_000 });
    await paste.fill('KT-100001\t2\nKT-100002\t1');
    await page.locator('kontor-quick-order').getByRole('button', { name: 'Add pasted lines' }).click();
    await check('quick order');

    // Cart and checkout to an order.
    await page.goto(`${session.site.url}/cart.html`);
    await page.getByRole('button', { name: 'Continue to order details' }).click({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Continue to review' }).click();
    await page.locator('kontor-cart button.place').click({ timeout: 60_000 });
    await page.locator('kontor-cart').getByText(/Order K-\d{4}-\d{6} received/).waitFor({ timeout: 60_000 });
    await check('cart and checkout');

    // Account: login, account switcher, order history with the new order.
    await page.goto(`${session.site.url}/account.html`);
    await page.locator('kontor-order-history tr.order').first().waitFor({ timeout: 60_000 });
    await page.locator('kontor-account-switcher').waitFor();
    await check('account');

    // Approvals: the inbox (empty or not, it renders).
    await page.goto(`${session.site.url}/approvals.html`);
    await shadowReady(page, 'kontor-approval-inbox', '*');
    await page.waitForTimeout(500);
    await check('approvals');
    assert.equal(seen.length, 7);
    await context.close();
  });

  it('would notice a violation: an inline handler and an untrusted HTML sink are reported', async () => {
    const page = await session.browser.newPage();
    await watch(page);
    await page.goto(`${session.site.url}/cart.html`);
    await page.evaluate(() => {
      const div = document.createElement('div');
      try {
        div.innerHTML = '<img src=x onerror="window.kontorPwned = 1">';
      } catch {
        // Trusted Types refused the assignment: the violation event is what counts.
      }
    });
    await page.waitForFunction(() => (window.kontorViolations?.length ?? 0) > 0, null, { timeout: 10_000 });
    assert.match((await violations(page)).join('\n'), /require-trusted-types-for/);
    assert.equal(await page.evaluate(() => (window as { kontorPwned?: number }).kontorPwned), undefined);
    await page.close();
  });
});
