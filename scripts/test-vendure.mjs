// `npm run test:vendure`: the Vendure suite. Starts the test-only Vendure server, runs the
// node tests (contract suite, typed errors, orders, the bundle check) and the browser tests
// of the elements against it, stops it, and ends with `vendure: N passed, N failed, N skipped`.
// Install Vendure first with `npm ci --prefix tools/vendure-backend`.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findFiles } from './lib/files.mjs';
import { root, run } from './lib/run.mjs';
import { startVendure } from './lib/vendure-server.mjs';

const results = join(root, '.test-results');
// A fresh clone has no results folder yet: the reporters write into it.
mkdirSync(results, { recursive: true });
const nodeCounts = join(results, 'vendure-node.json');
const browserCounts = join(results, 'vendure-browser.json');
for (const file of [nodeCounts, browserCounts]) rmSync(file, { force: true });

let vendure;
try {
  vendure = await startVendure();
} catch (error) {
  console.error(`\nThe Vendure suite could not start its backend: ${error instanceof Error ? error.message : String(error)}`);
  console.log('vendure: 0 passed, 1 failed');
  process.exit(1);
}

const env = { KONTOR_VENDURE_URL: vendure.url };
let nodeCode = 1;
let browserCode = 1;
try {
  console.log(`\n— Vendure node tests against ${vendure.url}`);
  const files = findFiles(join(root, 'test', 'vendure'), '.test.ts', root).filter((f) => !f.endsWith('.browser.test.ts'));
  nodeCode = await run(
    'node',
    [
      '--import', 'tsx', '--test', '--test-concurrency=1', '--test-timeout=120000',
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      `--test-reporter=${join(root, 'scripts', 'node-test-counts.mjs')}`, `--test-reporter-destination=${nodeCounts}`,
      ...files,
    ],
    { env },
  );
  console.log('\n— Vendure browser tests');
  browserCode = await run('wtr', ['--config', 'test/vendure/web-test-runner.config.mjs', '--static-logging'], { env });
} finally {
  await vendure.stop();
}

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 1, skipped: 0 });
const total = [read(nodeCounts), read(browserCounts)].reduce(
  (sum, c) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed, skipped: sum.skipped + c.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
// A runner that failed without a failing test (a file that did not load) still fails the suite.
if (total.failed === 0 && (nodeCode !== 0 || browserCode !== 0)) total.failed = 1;
console.log(`vendure: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
