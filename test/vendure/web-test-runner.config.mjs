// Browser tests of the elements on a live Vendure: the project's test runner setup with
// only test/vendure's browser files, the Shop API URL on every test page, and no reference
// API server (these tests talk to Vendure only). Started by scripts/test-vendure.mjs.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import base, { countsReporter } from '../../web-test-runner.config.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shopApiUrl = process.env.KONTOR_VENDURE_URL;
if (!shopApiUrl) throw new Error('KONTOR_VENDURE_URL is not set: run `npm run test:vendure`, which starts Vendure.');

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
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countsReporter(join(root, '.test-results', 'vendure-browser.json'))],
};
