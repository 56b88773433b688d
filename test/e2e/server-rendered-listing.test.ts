/**
 * A category page whose listing a server drew into the HTML (docs/server-rendering.md): the
 * products show without any script, and the element, once defined, replaces the drawing with
 * its live results in place: nothing moves, nothing is doubled, nothing throws.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drawingStyleSources } from '../../components/product-listing/snapshot-style-sources.js';
import { startSnapshotRenderer } from '../../demo/snapshot-renderer.js';
import { demoDist, pricedCards, serveDirectory, siteSession, watchProblems } from './helpers/browser.js';
import { STRICT_CSP, violations, watch } from './helpers/csp.js';

const PAGE = 'category.html?category=cables';
const DRAWING_ONLY = 'category-drawn.html';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const dir = mkdtempSync(join(tmpdir(), 'kontor-rendered-'));

describe('server-rendered listing', () => {
  before(async () => {
    cpSync(demoDist, dir, { recursive: true });
    const renderer = startSnapshotRenderer();
    try {
      const file = join(dir, 'category.html');
      const drawn = await renderer.renderInto(readFileSync(file, 'utf8'), new URL(PAGE, 'http://localhost/'));
      writeFileSync(file, drawn);
      // The drawing alone, as it shows before Kontor's modules run: no module script.
      writeFileSync(join(dir, DRAWING_ONLY), drawn.replace(/<script\b[^>]*type="module"[^>]*>\s*<\/script>/g, ''));
    } finally {
      await renderer.close();
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const session = siteSession({ dir });

  it('passes an axe check as drawn, before the element runs', async () => {
    const page = await session.browser.newPage();
    try {
      await page.goto(`${session.site.url}/${DRAWING_ONLY}?category=cables`);
      assert.equal(await page.locator('kontor-product-listing li.card a.name').count(), 8, 'the drawing is there');
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
        return (await axe.run(document)).violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      assert.deepEqual(violations, []);
    } finally {
      await page.close();
    }
  });

  it('shows the products in view without JavaScript', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${session.site.url}/${PAGE}`);
      // Locators reach into open shadow roots, declarative ones included. The cards in view
      // at load are drawn, the rest of the page's 24 hold their places.
      assert.equal(await page.locator('kontor-product-listing li.card').count(), 24);
      assert.equal(await page.locator('kontor-product-listing li.card a.name').count(), 8);
      assert.match((await page.locator('kontor-product-listing .status').textContent()) ?? '', /[\d,]+ products/);
      assert.equal(await page.locator('kontor-product-listing li.card img').first().isVisible(), true);
    } finally {
      await context.close();
    }
  });

  it('keeps the drawing on screen when the element starts, while its results load', async () => {
    const page = await session.browser.newPage();
    try {
      // Read as the element is defined: its upgrade has run, its search cannot have answered.
      await page.addInitScript(() => {
        void customElements.whenDefined('kontor-product-listing').then(() => {
          const root = document.querySelector('kontor-product-listing')?.shadowRoot;
          (window as unknown as { __atStart: unknown }).__atStart = {
            drawings: root?.querySelectorAll('.snapshot').length,
            drawnCards: root?.querySelectorAll('.snapshot li.card a.name').length,
          };
        });
      });
      await page.goto(`${session.site.url}/${PAGE}`);
      await page.waitForFunction(() => (window as unknown as { __atStart?: unknown }).__atStart !== undefined, null, { timeout: 60_000 });
      assert.deepEqual(await page.evaluate(() => (window as unknown as { __atStart: unknown }).__atStart), { drawings: 1, drawnCards: 8 });
    } finally {
      await page.close();
    }
  });

  it('replaces the drawing with live results in place, without a shift', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { __shifts: number[] }).__shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${session.site.url}/${PAGE}`);
      await pricedCards(page, 24);
      const after = await page.evaluate(async () => {
        const root = document.querySelector('kontor-product-listing')!.shadowRoot!;
        // Two frames on, the live cards have painted; a buffered observer reports every
        // largest-paint candidate so far at once.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const largestPaints = await new Promise<number[]>((resolve) =>
          new PerformanceObserver((list, observer) => {
            observer.disconnect();
            resolve(list.getEntries().map((entry) => entry.startTime));
          }).observe({ type: 'largest-contentful-paint', buffered: true }),
        );
        return {
          drawings: root.querySelectorAll('.snapshot').length,
          toolbars: root.querySelectorAll('.toolbar:not([inert])').length,
          cards: root.querySelectorAll('li.card').length,
          firstName: root.querySelector('li.card a.name')?.textContent ?? '',
          shifts: (window as unknown as { __shifts: number[] }).__shifts,
          largestPaints,
          firstPaint: performance.getEntriesByType('paint')[0]?.startTime ?? Number.NaN,
        };
      });
      // One toolbar, the live one, which is not inert as the drawn one was.
      assert.deepEqual({ drawings: after.drawings, toolbars: after.toolbars, cards: after.cards }, { drawings: 0, toolbars: 1, cards: 24 });
      const drawn = readFileSync(join(dir, 'category.html'), 'utf8');
      assert.ok(after.firstName.length > 0 && drawn.includes(after.firstName), 'the live first product is the drawn one');
      assert.deepEqual(after.shifts, [], 'no layout shift');
      // The page's largest paint is the drawing's, in its first frame: the live cards that
      // replace it are no larger, so their paint is not a new, later candidate.
      assert.deepEqual(after.largestPaints, [after.firstPaint], 'one largest paint, at the first paint');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('shows the drawing styled under a strict policy that lists its style’s hash', async () => {
    const sources = drawingStyleSources(readFileSync(join(dir, DRAWING_ONLY), 'utf8'));
    assert.equal(sources.length, 1, 'one style element in the drawing');
    const withHashes = STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${sources.join(' ')}`);
    // Without the hash the policy refuses the drawing's styles: the check can fail.
    for (const [policy, refused] of [[withHashes, false], [STRICT_CSP, true]] as const) {
      const site = await serveDirectory(dir, { headers: { 'content-security-policy': policy } });
      const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        await watch(page);
        await page.goto(`${site.url}/${DRAWING_ONLY}`);
        const cardsLayout = await page.evaluate(() => {
          const cards = document.querySelector('kontor-product-listing')?.shadowRoot?.querySelector('ol.cards');
          return cards ? getComputedStyle(cards).display : 'missing';
        });
        const refusals = (await violations(page)).filter((v) => v.startsWith('style-src'));
        assert.equal(cardsLayout, refused ? 'block' : 'grid');
        assert.equal(refusals.length > 0, refused, refusals.join('\n'));
      } finally {
        await context.close();
        await site.close();
      }
    }
  });

  it('drops a drawing of other results before its first paint as an element', async () => {
    const context = await session.browser.newContext();
    try {
      const page = await context.newPage();
      const problems = watchProblems(page);
      // The same HTML (drawn for cables) at an address that asks for tools.
      await page.goto(`${session.site.url}/category.html?category=tools`);
      await pricedCards(page, 24);
      const state = await page.evaluate(() => {
        const root = document.querySelector('kontor-product-listing')!.shadowRoot!;
        return { drawings: root.querySelectorAll('.snapshot').length, chip: root.querySelector('.chips')?.textContent ?? '' };
      });
      assert.equal(state.drawings, 0);
      assert.match(state.chip, /Tools/);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
