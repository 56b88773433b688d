// `npm run size`: budgets on the minified, gzipped output of `npm run build:lib`.
//
// Budgets measure what a page downloads, so they read the CDN build (dist/cdn), which is
// what a CMS page loads through the script tag:
// - the loader alone (dist/cdn/kontor.js): what every page pays up front;
// - the page-level storefront (the chunk the loader imports for the first tag, with what it
//   imports): paid once per page;
// - each element: the chunk the loader imports for its tag, with everything that chunk
//   imports statically (Lit, stores, the element), less what the page-level storefront
//   already brought: that is what one more tag on the page costs. Read from Vite's manifest.
// SDK modules are measured as library entries (dist/lib/sdk/*.js) with their static imports.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importClosure } from './scripts/lib/import-graph.mjs';

const LOADER_LIMIT = '6 KB';
const STOREFRONT_LIMIT = '15 KB';
const ELEMENT_LIMIT = '25 KB';
const PWA_LIMIT = '6 KB';
const SERVICE_WORKER_LIMIT = '12 KB';

/**
 * Elements that carry a library of their own get a budget of their own: the product page
 * renders backend HTML and so includes DOMPurify (about 9 KB gzipped); quick order and the
 * order history read and write CSV with papaparse (about 7 KB gzipped).
 */
const ELEMENT_LIMITS = {
  // Variant picker, questions and ratings on top of DOMPurify.
  'components/product/product.ts': '45 KB',
  // Facets (lists, ranges, tree, drawer), chips, three views and URL state. 33 KB since the
  // panel and the chips hold their places until the category tree and the results are in
  // (no layout shift when the tree comes last): 32.04 KB, 41 B over the 32 KB before.
  'components/product-listing/product-listing.ts': '33 KB',
  'components/quick-order/quick-order.ts': '35 KB',
  'components/order-history/order-history.ts': '30 KB',
  // The three-step checkout with saved carts and settling of lost replies.
  'components/cart/cart.ts': '30 KB',
  // Product cards with prices and add-to-cart, plus the personalization profile.
  'components/recommendations/recommendations.ts': '30 KB',
};

/**
 * SDK modules with a budget, together with their static imports. The personalization core
 * is loaded render-blocking by pages with `<kontor-slot>`, so every byte delays the first paint.
 * Its target is 5 KiB gzipped; size-limit gzips each of its chunks on its own, which counts a
 * few bytes of gzip framing per file that a single download would not pay.
 */
const SDK_LIMITS = {
  'sdk/personalization.js': '5120 B',
  // Telemetry: its own code (consent included) at most 4 KiB, plus web-vitals' attribution
  // build (about 5.4 KiB), which it imports statically.
  'sdk/telemetry.js': '9728 B',
};

const root = import.meta.dirname;

/** @typedef {{ file: string, src?: string, name?: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[] }} ManifestChunk */

/** @param {string} dir @returns {Record<string, ManifestChunk> | null} */
function manifestOf(dir) {
  const path = join(root, 'dist', dir, '.vite', 'manifest.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

/**
 * The chunk's file and every chunk it imports statically, transitively.
 * @param {Record<string, ManifestChunk>} manifest
 * @param {string} dir
 * @param {string} key
 * @returns {string[]}
 */
function staticClosure(manifest, dir, key) {
  const ids = importClosure([key], (id) => manifest[id]?.imports);
  return [...ids].flatMap((id) => (manifest[id] ? [join('dist', dir, manifest[id].file)] : []));
}

const checks = [];

const cdn = manifestOf('cdn');
if (existsSync(join(root, 'components', 'kontor.ts'))) {
  checks.push({ name: 'CDN loader (dist/cdn/kontor.js)', path: 'dist/cdn/kontor.js', limit: LOADER_LIMIT, gzip: true });
}
if (cdn) {
  // The CDN build has two entries (the loader and sdk/pwa.js): budget the loader's tags.
  const loader = Object.entries(cdn).find(([, chunk]) => chunk.isEntry && chunk.name === 'kontor');
  const storefrontKey = (loader?.[1].dynamicImports ?? []).find((key) => (cdn[key]?.src ?? cdn[key]?.name ?? key).includes('page-provider'));
  const storefront = new Set(storefrontKey ? staticClosure(cdn, 'cdn', storefrontKey) : []);
  for (const key of loader?.[1].dynamicImports ?? []) {
    const chunk = cdn[key];
    if (!chunk) continue;
    // An element shared by others (price, add-to-cart) sits in a named chunk without `src`.
    const base = chunk.src ? chunk.src.split('/').at(-1)?.replace(/\.ts$/, '') : (chunk.name ?? key);
    const isElement = base !== 'page-provider';
    const source = `components/${base}/${base}.ts`;
    const name = isElement ? `<kontor-${base}> from the CDN, beyond the page-level storefront` : 'page-level storefront from the CDN, with its imports';
    const closure = staticClosure(cdn, 'cdn', key);
    checks.push({
      name,
      path: isElement ? closure.filter((file) => !storefront.has(file)) : closure,
      limit: isElement ? (ELEMENT_LIMITS[source] ?? ELEMENT_LIMIT) : STOREFRONT_LIMIT,
      gzip: true,
    });
  }
}

if (cdn) {
  // What a CMS page imports to register the service worker (workbox-window, the update flow).
  const pwa = Object.entries(cdn).find(([, chunk]) => chunk.isEntry && chunk.name === 'sdk/pwa');
  if (pwa) checks.push({ name: 'sdk/pwa.js from the CDN, with its static imports', path: staticClosure(cdn, 'cdn', pwa[0]), limit: PWA_LIMIT, gzip: true });
}
if (existsSync(join(root, 'dist', 'cdn', 'sw.js'))) {
  // Not on any page's path (the browser fetches it in the background), but every buyer's
  // device downloads it on each release: Workbox, the runtime routes and the precache list.
  checks.push({ name: 'service worker (dist/cdn/sw.js)', path: 'dist/cdn/sw.js', limit: SERVICE_WORKER_LIMIT, gzip: true });
}

const lib = manifestOf('lib');
if (lib) {
  for (const [key, chunk] of Object.entries(lib)) {
    const limit = chunk.isEntry ? SDK_LIMITS[chunk.file] : undefined;
    if (limit) checks.push({ name: `${chunk.file} with its static imports`, path: staticClosure(lib, 'lib', key), limit, gzip: true });
  }
}

if (checks.length === 0) {
  // size-limit needs at least one check; with nothing built there is nothing to budget yet.
  checks.push({ name: 'commerce contract (dist/lib/commerce.js)', path: 'dist/lib/commerce.js', limit: '10 KB', gzip: true });
}

export default checks;
