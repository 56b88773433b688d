import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { demoDist, siteSession } from './helpers/browser.js';

/** The code of a built page's module scripts and everything they import statically. */
function firstPaintCode(pageFile: string): string {
  const html = readFileSync(join(demoDist, pageFile), 'utf8');
  const pending = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="\.\/([^"]+)"/g)].map((match) => match[1]!);
  const seen = new Set<string>();
  let code = '';
  for (let file = pending.shift(); file !== undefined; file = pending.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(join(demoDist, file), 'utf8');
    code += source;
    // Static imports only (`from"./x.js"`, `import"./x.js"`); `import("./x.js")` waits.
    for (const [, target] of source.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) pending.push(join(dirname(file), target!));
  }
  return code;
}

/**
 * What the demo build must keep from the pages' script tags for the page's vitals: the
 * slot's `blocking="render"` (the hero's variant is in the first paint) and the loader's
 * data attributes (the page-level storefront is configured from them).
 */
describe('the built demo keeps its script tags’ attributes', () => {
  const session = siteSession({ dir: demoDist });

  it('decides the hero slot before the first frame is painted', async () => {
    const page = await session.browser.newPage();
    // Recorded in the first frame's rendering step, which a render-blocking script holds back.
    await page.addInitScript({
      // The default hero is the page's own content, so count what shows and whether it was decided.
      content: `requestAnimationFrame(() => { const slot = document.querySelector('kontor-slot'); window.__firstFrame = slot ? { shown: slot.querySelectorAll(':scope > :not(template)').length, decided: slot.decision !== null && slot.decision !== undefined } : null; });`,
    });
    await page.goto(`${session.site.url}/index.html`);
    await page.waitForFunction(() => (window as { __firstFrame?: unknown }).__firstFrame !== undefined, null, { timeout: 30_000 });
    assert.deepEqual(await page.evaluate(() => (window as { __firstFrame?: unknown }).__firstFrame), { shown: 1, decided: true }, 'the chosen variant is placed in the first frame');
    await page.close();
  });

  it('keeps the personalization core out of the first-paint scripts of a page without a slot', () => {
    // Before, the page's script shared a chunk with the slot's render-blocking graph, so every
    // page evaluated the personalization core before its first paint. The slot fires
    // `kontor-personalize`; the index page, which has a slot, shows the check can see it.
    assert.equal(firstPaintCode('category.html').includes('kontor-personalize'), false, 'category.html');
    assert.equal(firstPaintCode('index.html').includes('kontor-personalize'), true, 'index.html');
  });

  it('writes the render-blocking slot script before the page’s other module scripts', () => {
    // Module scripts run in document order and the first paint waits for the slot's: any
    // module script before it runs before the first paint as well.
    const tags = [...readFileSync(join(demoDist, 'index.html'), 'utf8').matchAll(/<script\b[^>]*\btype="module"[^>]*>/g)].map(([tag]) => tag);
    assert.ok(tags.length > 1);
    assert.match(tags[0]!, /\sblocking="render"/);
    assert.equal(tags.filter((tag) => tag.includes('blocking="render"')).length, 1);
  });

  it('shows the default hero as page content without any script', async () => {
    const page = await session.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${session.site.url}/index.html`);
    assert.equal((await page.locator('kontor-slot h1').textContent())?.trim(), 'Everything your production needs, at your prices');
    assert.equal(await page.locator('h1').count(), 1);
    await page.close();
  });

  it('configures the page-level storefront from the loader tag’s data attributes', async () => {
    const page = await session.browser.newPage();
    const asked: string[] = [];
    // The same page, its loader tag pointed at a REST server: the storefront must call it.
    await page.route('**/category.html*', async (route) => {
      const reply = await route.fetch();
      const body = (await reply.text()).replace(/\sdata-backend="local"/, ' data-backend="http" data-api-url="http://kontor-api.test/v1"');
      await route.fulfill({ response: reply, body });
    });
    await page.route('http://kontor-api.test/**', async (route) => {
      asked.push(new URL(route.request().url()).pathname);
      await route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"unavailable","message":"test"}}' });
    });
    await page.goto(`${session.site.url}/category.html?category=cables`);
    await page.waitForFunction(() => document.querySelector('script[data-kontor][data-backend="http"]'), null, { timeout: 30_000 });
    for (let i = 0; i < 300 && asked.length === 0; i++) await page.waitForTimeout(100);
    assert.ok(asked.length > 0, 'the storefront called the API address of the loader tag');
    await page.close();
  });
});
