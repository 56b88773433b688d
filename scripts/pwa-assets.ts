/**
 * Draws the demo's app icons, and takes its manifest screenshots from a built demo, in
 * headless Chromium; writes PNG files under demo/public/ (commit them):
 *
 *   npx tsx scripts/pwa-assets.ts                 icons only
 *   npx tsx scripts/pwa-assets.ts <built demo>    icons and screenshots of that build
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, serveDirectory } from '../test/e2e/helpers/browser.js';

const publicDir = fileURLToPath(new URL('../demo/public/', import.meta.url));
/** The demo's accent (demo/site.css and the manifest's theme colour). */
const ACCENT = '#0b57d0';

/** The mark: a white "R" on the accent colour; `inset` is the share kept clear for maskable crops. */
function iconHtml(size: number, inset: number): string {
  const glyph = Math.round(size * (1 - 2 * inset) * 0.62);
  return `<!doctype html><html><body style="margin:0">
<div style="width:${size}px;height:${size}px;background:${ACCENT};display:grid;place-items:center;border-radius:${inset ? 0 : size * 0.18}px">
<span style="font:700 ${glyph}px/1 system-ui,sans-serif;color:#fff;letter-spacing:-0.04em">R</span></div></body></html>`;
}

const browser = await launchBrowser();
try {
  mkdirSync(join(publicDir, 'icons'), { recursive: true });
  const icons: [string, number, number][] = [['icon-192.png', 192, 0], ['icon-512.png', 512, 0], ['maskable-512.png', 512, 0.1]];
  for (const [file, size, inset] of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(iconHtml(size, inset));
    // Rounded icons keep transparent corners; a maskable icon must fill its square.
    await page.screenshot({ path: join(publicDir, 'icons', file), omitBackground: !inset });
    await page.close();
  }
  const built = process.argv[2];
  if (built) {
    const site = await serveDirectory(built);
    mkdirSync(join(publicDir, 'screenshots'), { recursive: true });
    const shots: [string, number, number][] = [['wide.png', 1280, 720], ['narrow.png', 540, 960]];
    for (const [file, width, height] of shots) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(`${site.url}/index.html`);
      await page.waitForFunction(() => document.querySelector('kontor-product-listing')?.shadowRoot?.querySelector('kontor-price')?.shadowRoot?.querySelector('[part=net]'), null, { timeout: 90_000 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(publicDir, 'screenshots', file) });
      await page.close();
    }
    await site.close();
  }
} finally {
  await browser.close();
}
