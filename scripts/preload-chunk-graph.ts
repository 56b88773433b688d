/**
 * A build plugin for the CDN bundle: every dynamic import also fetches, at once, the chunks
 * its target imports statically, all the way down.
 *
 * Without it a browser learns a chunk's imports only once it has that chunk, so an element
 * arrives in as many round trips as its import graph is deep: the loader's
 * `import('./chunks/product-listing-….js')`, then the 17 chunks the listing imports, then the
 * 6 those import, three round trips to a CDN after the page's first paint. With it the loader
 * asks for all 24 at once.
 *
 * Vite does this for application builds (its preload helper appends a
 * `<link rel="modulepreload">` per chunk), not for library builds such as the CDN bundle, and
 * appending the links cost the demo build's pages main-thread time. Here the dependencies are
 * started with `import()` instead, which adds no elements to the host page: each one is
 * fetched, and run once its own imports have run, as it would be as part of the target's
 * graph. Their failures are left to the target's import, which reports them.
 */
import MagicString from 'magic-string';
import { dirname, posix } from 'node:path';
import type { Plugin } from 'vite';
import { importClosure } from './lib/import-graph.mjs';

/** `import("./x.js")`, `import('./x.js')` or import(`./x.js`) with a relative, literal specifier. */
const DYNAMIC_IMPORT = /\bimport\(\s*(["'`])(\.{1,2}\/[^"'`$]+\.js)\1\s*\)/g;

/** A specifier for `target` as written in a chunk at `from` (both relative to the output folder). */
function relativeSpecifier(from: string, target: string): string {
  const path = posix.relative(dirname(from), target);
  return path.startsWith('.') ? path : `./${path}`;
}

/** See the module's comment. For the CDN build only: bundlers of the npm package preload on their own. */
export function preloadChunkGraph(): Plugin {
  return {
    name: 'kontor:preload-chunk-graph',
    apply: 'build',
    renderChunk(code, chunk, _options, meta) {
      const importsOf = new Map(Object.values(meta.chunks).map((each) => [each.fileName, each.imports] as const));
      const staticImports = (file: string) => importClosure(importsOf.get(file) ?? [], (id) => importsOf.get(id));
      const alreadyLoaded = staticImports(chunk.fileName);
      const edited = new MagicString(code);
      for (const match of code.matchAll(DYNAMIC_IMPORT)) {
        const specifier = match[2] ?? '';
        const target = posix.join(dirname(chunk.fileName), specifier);
        if (!importsOf.has(target)) continue;
        const dependencies = [...staticImports(target)].filter((file) => !alreadyLoaded.has(file) && file !== chunk.fileName && file !== target);
        if (dependencies.length === 0) continue;
        const started = JSON.stringify(dependencies.map((file) => relativeSpecifier(chunk.fileName, file)));
        // The target first (over HTTP/1.1 the browser queues what does not fit its six
        // connections, in order), then its dependencies; the expression's value stays the target's.
        edited.overwrite(match.index, match.index + match[0].length, `((target) => (${started}.forEach((d) => import(d).catch(() => {})), target))(${match[0]})`);
      }
      if (!edited.hasChanged()) return null;
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}
