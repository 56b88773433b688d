/** Bounded edit distance for typo tolerance. */

/** Edits a word of this length may contain and still match: 0 below 4, 1 below 8, else 2. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * Optimal-string-alignment distance (insert, delete, replace, swap of neighbours) between
 * `a` and `b`, or of `a` to the closest prefix of `b` when `prefix` is set (so a typo in
 * a half-typed word still matches). Returns `max + 1` as soon as `max` cannot be met.
 */
export function editDistance(a: string, b: string, max: number, prefix: boolean): number {
  if (!prefix && Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  let before = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < width; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] as number) + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  const distance = prefix ? Math.min(...previous) : (previous[b.length] as number);
  return Math.min(distance, max + 1);
}
