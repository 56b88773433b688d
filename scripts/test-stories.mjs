// The story test stage of `npm test`: builds Storybook into a temporary directory (so a
// running `npm run storybook` or an existing storybook-static/ is left alone), then renders
// every story in Chromium with axe (test/stories/), writing counts to
// .test-results/stories.json like the other node:test stages.
//
//   node scripts/test-stories.mjs     (extra arguments go to node, e.g. --test-name-pattern=Price)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findFiles } from './lib/files.mjs';
import { root, run } from './lib/run.mjs';

const resultsFile = join(root, '.test-results', 'stories.json');
mkdirSync(dirname(resultsFile), { recursive: true });
const buildDir = mkdtempSync(join(tmpdir(), 'kontor-storybook-'));

/** @param {string} what */
function failStage(what) {
  // Nothing rendered is one failure, never a silent zero.
  writeFileSync(resultsFile, `${JSON.stringify({ passed: 0, failed: 1, skipped: 0 })}\n`);
  console.error(`Story test: ${what} failed.`);
  rmSync(buildDir, { recursive: true, force: true });
  process.exit(1);
}

try {
  // custom-elements.json feeds the docs pages; the preview imports it.
  if ((await run('cem', ['analyze', '--litelement', '--quiet'])) !== 0) failStage('npm run analyze');
  if ((await run('storybook', ['build', '--quiet', '--output-dir', buildDir])) !== 0) failStage('storybook build');

  const files = findFiles(join(root, 'test', 'stories'), '.test.ts', root);
  const code = await run(
    'node',
    [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      `--test-reporter=${join(root, 'scripts', 'node-test-counts.mjs')}`,
      `--test-reporter-destination=${resultsFile}`,
      ...process.argv.slice(2),
      ...files,
    ],
    { env: { KONTOR_STORYBOOK_DIR: buildDir } },
  );
  process.exitCode = code;
} finally {
  rmSync(buildDir, { recursive: true, force: true });
}
