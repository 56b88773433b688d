// Runs node:test files under test/<suite>/ with tsx, printing the spec reporter's output and
// writing counts to .test-results/<suite>.json.
//   node scripts/run-node-tests.mjs node   →  test/node/**/*.test.ts
//   node scripts/run-node-tests.mjs e2e    →  test/e2e/**/*.test.ts, one file at a time
// Extra arguments go to node (e.g. --test-name-pattern=cart).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFiles } from './lib/files.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [suite, ...extra] = process.argv.slice(2);
if (suite !== 'node' && suite !== 'e2e') {
  console.error('usage: node scripts/run-node-tests.mjs <node|e2e> [node options]');
  process.exit(2);
}

const resultsFile = join(root, '.test-results', `${suite}.json`);
mkdirSync(dirname(resultsFile), { recursive: true });
const files = findFiles(join(root, 'test', suite), '.test.ts', root);

if (files.length === 0) {
  // No tests yet is not a failure: the stage reports zero.
  writeFileSync(resultsFile, `${JSON.stringify({ passed: 0, failed: 0, skipped: 0 })}\n`);
  console.log(`No test files under test/${suite}/.`);
  process.exit(0);
}

const args = [
  '--import',
  'tsx',
  '--test',
  // e2e files each start a browser and a server: one at a time keeps two cores responsive.
  ...(suite === 'e2e' ? ['--test-concurrency=1'] : []),
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  `--test-reporter=${join(root, 'scripts', 'node-test-counts.mjs')}`,
  `--test-reporter-destination=${resultsFile}`,
  ...extra,
  ...files,
];
const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
