// A node:test reporter that writes `{"passed","failed","skipped"}` as JSON to its
// destination (`--test-reporter-destination=.test-results/node.json`). It runs beside the
// spec reporter, which prints for people; this one is read by scripts/test.mjs.
//
// Counted: every test that is not a suite. A file that fails outside any test (a syntax
// error, an unhandled rejection) is reported by node:test as a failing test named after
// the file, so it counts as one failure. Skipped and todo tests count as skipped.

/**
 * @param {AsyncIterable<{ type: string, data: { skip?: unknown, todo?: unknown, details?: { type?: string, error?: { failureType?: string } } } }>} source
 */
export default async function* nodeTestCounts(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    if (data.details?.type === 'suite') continue;
    if (data.skip || data.todo) counts.skipped += 1;
    else if (event.type === 'test:pass') counts.passed += 1;
    // A test whose only failure is its subtests' failures was counted through them.
    else if (data.details?.error?.failureType !== 'subtestsFailed') counts.failed += 1;
  }
  yield `${JSON.stringify(counts)}\n`;
}
