/** Partial sorting: the first `k` of many positions without sorting all of them. */

/**
 * Sorts the `k` smallest entries of `items` (by `compare`) into the front and returns them.
 * Typeahead wants 10 of 100,000 hits; a bounded insertion buffer is linear in practice,
 * where a full sort costs tens of milliseconds.
 */
export function topK(items: Uint32Array, k: number, compare: (a: number, b: number) => number): Uint32Array {
  if (k >= items.length / 4) return items.sort(compare).subarray(0, Math.min(k, items.length));
  const best = new Uint32Array(k);
  let size = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (size === k && compare(item, best[k - 1]!) >= 0) continue;
    let at = size < k ? size++ : k - 1;
    while (at > 0 && compare(item, best[at - 1]!) < 0) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = item;
  }
  return best.subarray(0, size);
}
