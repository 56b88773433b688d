// Browser tests of the elements on a live Vendure: the project's test runner setup with
// only test/vendure's browser files, the Shop API URL on every test page, and no reference
// API server (these tests talk to Vendure only). Started by scripts/test-vendure.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import base from '../../web-test-runner.config.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shopApiUrl = process.env.KONTOR_VENDURE_URL;
if (!shopApiUrl) throw new Error('KONTOR_VENDURE_URL is not set: run `npm run test:vendure`, which starts Vendure.');

function count(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) count(child, counts);
}

/** Writes this run's counts to .test-results/vendure-browser.json for the summary line. */
function countsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = counts.failed;
        count(session.testResults, counts);
        if (!session.passed && counts.failed === before) counts.failed += 1;
      }
      const file = join(root, '.test-results', 'vendure-browser.json');
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(counts)}\n`);
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...base,
  files: [process.env.KONTOR_VENDURE_FILES ?? 'test/vendure/**/*.browser.test.ts'],
  concurrency: 1,
  plugins: base.plugins.filter((plugin) => plugin.name !== 'kontor-api-server'),
  testFramework: { config: { timeout: 20_000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"></head>
  <body>
    <script>window.KONTOR_VENDURE_URL = ${JSON.stringify(shopApiUrl)};</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countsReporter()],
};
