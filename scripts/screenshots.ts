/**
 * Regenerates the README's screenshots from the built demo:
 *   npm run build:demo && npx tsx scripts/screenshots.ts
 */
import { demoDist, launchBrowser, serveDirectory } from '../test/e2e/helpers/browser.js';

const site = await serveDirectory(demoDist);
const browser = await launchBrowser();
try {
  const shots: { file: string; path: string; width: number; height: number; ready: string }[] = [
    { file: 'home.png', path: 'index.html', width: 1280, height: 900, ready: 'kontor-product-listing' },
    { file: 'category-mobile.png', path: 'category.html?category=cables', width: 390, height: 844, ready: 'kontor-product-listing' },
  ];
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${site.url}/${shot.path}`);
    await page.waitForFunction(
      (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('kontor-price')?.shadowRoot?.querySelector('[part=net]'),
      shot.ready,
      { timeout: 60_000 },
    );
    await page.waitForFunction(() => document.querySelector('.demo-toolbar select option:checked')?.textContent?.includes('buyer'), null, { timeout: 30_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `docs/images/${shot.file}` });
    await context.close();
  }
  const product = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await product.newPage();
  await page.goto(`${site.url}/category.html?category=fasteners`);
  await page.locator('kontor-product-listing li.card a.name').first().click();
  await page.waitForFunction(() => document.querySelector('kontor-product')?.shadowRoot?.querySelector('kontor-price')?.shadowRoot?.querySelector('[part=net]'), null, { timeout: 60_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/images/product.png' });
  await product.close();
} finally {
  await browser.close();
  await site.close();
}
console.log('Screenshots written to docs/images/');
