// `npm test`: every check in one command, for people and for CI.
//
// Stages, in order: lint, typecheck, node tests, browser tests, stories, demo build, e2e tests.
// Each stage's output streams through; a failing stage does not stop the later ones. At the
// very end one line `N passed, N failed` (plus `, N skipped` when nonzero) stands alone,
// and the exit code is non-zero when anything failed.
//
// Counting: lint, typecheck and the demo build are one check each. Test stages write
// {passed, failed, skipped} to .test-results/<stage>.json (node:test through
// scripts/node-test-counts.mjs, web-test-runner through its reporter in
// web-test-runner.config.mjs). A stage that exits non-zero without reporting a failed
// test (a crash, a config error) counts as one failure, so nothing fails silently.
//
//   npm test                      all stages
//   npm test -- --only=node,e2e   some stages (lint, typecheck, node, browser, stories, build, e2e)
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findFiles } from './lib/files.mjs';
import { root, run } from './lib/run.mjs';

const resultsDir = join(root, '.test-results');

/** Where web-test-runner.config.mjs looks for browser tests. */
const browserTestDirs = ['test/src', 'test/components', 'test/sdk'];

/**
 * @typedef {{ passed: number, failed: number, skipped: number }} Counts
 * @typedef {{
 *   id: string,
 *   title: string,
 *   command: string,
 *   args: string[],
 *   results?: string,
 *   skipUnless?: () => string | undefined,
 * }} Stage
 */

/** @type {Stage[]} */
const stages = [
  { id: 'lint', title: 'Lint (eslint)', command: 'eslint', args: ['.'] },
  { id: 'typecheck', title: 'Type check (tsc -p .)', command: 'tsc', args: ['-p', '.'] },
  {
    id: 'node',
    title: 'Node tests (test/node)',
    command: 'node',
    args: ['scripts/run-node-tests.mjs', 'node'],
    results: 'node.json',
  },
  {
    id: 'browser',
    title: 'Browser tests (web-test-runner, Chromium)',
    command: 'wtr',
    // The progress bar redraws lines; logs and CI want plain, appended output.
    args: process.stdout.isTTY ? [] : ['--static-logging'],
    results: 'browser.json',
    skipUnless: () =>
      browserTestDirs.some((dir) => findFiles(join(root, dir), '.test.ts', root).length > 0)
        ? undefined
        : `no test files under ${browserTestDirs.join(', ')}`,
  },
  {
    id: 'stories',
    title: 'Stories (Storybook build, every story in Chromium with axe)',
    command: 'node',
    args: ['scripts/test-stories.mjs'],
    results: 'stories.json',
  },
  { id: 'build', title: 'Build the demo (vite build --mode demo)', command: 'vite', args: ['build', '--mode', 'demo'] },
  {
    id: 'e2e',
    title: 'End-to-end tests (test/e2e, built demo)',
    command: 'node',
    args: ['scripts/run-node-tests.mjs', 'e2e'],
    results: 'e2e.json',
  },
];

const onlyArg = process.argv.slice(2).find((arg) => arg.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : undefined;

/**
 * @param {string} file
 * @returns {Counts | undefined}
 */
function readCounts(file) {
  try {
    /** @type {Partial<Counts>} */
    const data = JSON.parse(readFileSync(file, 'utf8'));
    return { passed: data.passed ?? 0, failed: data.failed ?? 0, skipped: data.skipped ?? 0 };
  } catch {
    return undefined;
  }
}

/** @type {Array<{ stage: Stage, counts: Counts, note: string }>} */
const report = [];

for (const stage of stages) {
  if (only && !only.has(stage.id)) continue;
  const skipReason = stage.skipUnless?.();
  if (skipReason) {
    console.log(`\n━━ ${stage.title}: nothing to run (${skipReason})`);
    report.push({ stage, counts: { passed: 0, failed: 0, skipped: 0 }, note: 'no tests' });
    continue;
  }

  console.log(`\n━━ ${stage.title}`);
  const started = Date.now();
  const resultsFile = stage.results ? join(resultsDir, stage.results) : undefined;
  // A stale file from an earlier run must not stand in for this one.
  if (resultsFile) rmSync(resultsFile, { force: true });

  const code = await run(stage.command, stage.args);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  /** @type {Counts} */
  let counts;
  let note = `exit ${code}, ${seconds}s`;
  if (!resultsFile) {
    counts = code === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
  } else {
    counts = (existsSync(resultsFile) && readCounts(resultsFile)) || { passed: 0, failed: 0, skipped: 0 };
    if (code !== 0 && counts.failed === 0) {
      counts.failed = 1;
      note += ', failed without a failing test: counted as 1 failure';
    }
  }
  report.push({ stage, counts, note });
}

const total = { passed: 0, failed: 0, skipped: 0 };
console.log('\n━━ Summary');
for (const { stage, counts, note } of report) {
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  const mark = counts.failed > 0 ? '✗' : '✓';
  console.log(
    `  ${mark} ${stage.id.padEnd(10)} ${String(counts.passed).padStart(5)} passed ${String(counts.failed).padStart(4)} failed ${String(counts.skipped).padStart(4)} skipped  (${note})`,
  );
}

// The closing line CI reads: alone on its line, last.
const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
process.stdout.write(`\n${total.passed} passed, ${total.failed} failed${skipped}\n`);
process.exitCode = total.failed > 0 ? 1 : 0;
