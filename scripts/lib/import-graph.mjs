// Walks a build's import graph: the size budgets (.size-limit.mjs), the CDN build's chunk
// preloading (scripts/preload-chunk-graph.ts) and the CDN test read a chunk's static imports
// the same way.

/**
 * The ids in `roots` and every id they import, directly or not.
 * @param {Iterable<string>} roots
 * @param {(id: string) => readonly string[] | undefined} importsOf what one id imports
 * @returns {Set<string>}
 */
export function importClosure(roots, importsOf) {
  const seen = new Set();
  const pending = [...roots];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    pending.push(...(importsOf(next) ?? []));
  }
  return seen;
}
