// `npm run size`: budgets on minified, gzipped output of `npm run build:lib`.
//
// - The CDN loader alone (dist/cdn/kontor.js): what every page that embeds Kontor pays up front.
// - Each element entry in dist/lib/components together with the shared chunks it imports
//   statically (Lit, stores, the core), read from Vite's build manifest: that is what a
//   page downloads to show that one element. The entry file alone would hide Lit.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LOADER_LIMIT = '6 KB';
const ELEMENT_LIMIT = '25 KB';

/**
 * Elements that carry a library of their own get a budget of their own: the product page
 * renders backend HTML and so includes DOMPurify (about 9 KB gzipped) on top of Lit and the
 * core.
 */
const ELEMENT_LIMITS = { 'components/product.js': '40 KB' };

/**
 * SDK modules with a budget, together with their static imports. The personalization core
 * is loaded render-blocking by pages with `<kontor-slot>`, so every byte delays the first paint.
 */
const SDK_LIMITS = { 'sdk/personalization.js': '5 KB' };

const root = import.meta.dirname;
const manifestPath = join(root, 'dist', 'lib', '.vite', 'manifest.json');

/** @typedef {{ file: string, isEntry?: boolean, imports?: string[] }} ManifestChunk */

/**
 * The entry's file and every chunk it imports statically, transitively.
 * @param {Record<string, ManifestChunk>} manifest
 * @param {string} key
 * @returns {string[]}
 */
function staticClosure(manifest, key) {
  const seen = new Set();
  const files = [];
  const visit = (id) => {
    if (seen.has(id)) return;
    seen.add(id);
    const chunk = manifest[id];
    if (!chunk) return;
    files.push(join('dist', 'lib', chunk.file));
    for (const child of chunk.imports ?? []) visit(child);
  };
  visit(key);
  return files;
}

const checks = [];

// The loader is checked once its source exists, so a build that skipped it fails here.
if (existsSync(join(root, 'components', 'kontor.ts'))) {
  checks.push({ name: 'CDN loader (dist/cdn/kontor.js)', path: 'dist/cdn/kontor.js', limit: LOADER_LIMIT, gzip: true });
}

if (existsSync(manifestPath)) {
  /** @type {Record<string, ManifestChunk>} */
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  for (const [key, chunk] of Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b))) {
    const sdkLimit = chunk.isEntry ? SDK_LIMITS[chunk.file] : undefined;
    if (sdkLimit) checks.push({ name: `${chunk.file} with its static imports`, path: staticClosure(manifest, key), limit: sdkLimit, gzip: true });
    if (!chunk.isEntry || !chunk.file.startsWith('components/')) continue;
    checks.push({
      name: `${chunk.file} with its static imports`,
      path: staticClosure(manifest, key),
      limit: ELEMENT_LIMITS[chunk.file] ?? ELEMENT_LIMIT,
      gzip: true,
    });
  }
}

if (checks.length === 0) {
  // size-limit needs at least one check; with nothing built there is nothing to budget yet.
  checks.push({ name: 'commerce contract (dist/lib/commerce.js)', path: 'dist/lib/commerce.js', limit: '10 KB', gzip: true });
}

export default checks;
