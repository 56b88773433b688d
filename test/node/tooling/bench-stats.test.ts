import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { medianDifferenceInterval, summarize } from '../../../bench/lib/stats.js';

describe('medianDifferenceInterval', () => {
  it('is a single point when neither sample set varies', () => {
    assert.deepEqual(medianDifferenceInterval([300, 300, 300], [200, 200]), { low: 100, high: 100 });
  });

  it('holds the difference of medians and widens with the spread of the samples', () => {
    const tight = Array.from({ length: 20 }, (_, i) => 300 + (i % 5));
    const loose = Array.from({ length: 20 }, (_, i) => 300 + (i % 5) * 40);
    const base = Array.from({ length: 20 }, (_, i) => 200 + (i % 5));
    const narrow = medianDifferenceInterval(tight, base);
    const wide = medianDifferenceInterval(loose, base);
    const difference = summarize(tight).median - summarize(base).median;
    assert.ok(narrow.low <= difference && difference <= narrow.high, `${difference} in ${narrow.low}..${narrow.high}`);
    assert.ok(wide.high - wide.low > narrow.high - narrow.low, 'more spread, a wider interval');
    assert.ok(wide.low >= 0 && wide.high <= 300, 'within what any resample can give');
  });

  it('gives the same interval for the same samples', () => {
    const a = [310, 290, 350, 330, 280, 400, 305];
    const b = [200, 180, 230, 210, 190];
    assert.deepEqual(medianDifferenceInterval(a, b), medianDifferenceInterval(a, b));
  });

  it('refuses an empty sample set', () => {
    assert.throws(() => medianDifferenceInterval([], [1]), /no samples/);
  });
});
