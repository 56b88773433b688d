// Browser tests: real Chromium through playwright, TypeScript through esbuild.
//
// Conventions for test authors:
// - files: test/src/**/*.test.ts, test/components/**/*.test.ts, test/sdk/**/*.test.ts
// - the Node reference API (src/reference/node/cli.ts) is started once per run and its
//   base URL is available to every test page as `window.KONTOR_TEST_API_URL`
//   (undefined when the CLI does not exist yet).
// - module workers may be started from TS source with
//   `new Worker(new URL('…/worker.ts', import.meta.url), { type: 'module' })`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';

const root = dirname(fileURLToPath(import.meta.url));
const resultsFile = join(root, '.test-results', 'browser.json');
const apiCli = join(root, 'src', 'reference', 'node', 'cli.ts');

/** Chromium from Debian; other machines point CHROME_PATH at their own binary. */
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * Without the networking flags Chromium keeps trying to reach Google services, which on a
 * closed network slows every start; --no-sandbox because CI runs as root.
 */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

// ---------------------------------------------------------------------------------------
// The reference API server for the http adapter's contract tests.

/** @type {{ url: string | undefined, child: import('node:child_process').ChildProcess | undefined, dataDir: string | undefined }} */
const api = { url: undefined, child: undefined, dataDir: undefined };

const API_READY = /Kontor API listening on (http:\/\/\S+)/;
const API_START_TIMEOUT_MS = 60_000;

function stopApi() {
  if (api.child && api.child.exitCode === null && api.child.signalCode === null) {
    api.child.kill('SIGTERM');
  }
  api.child = undefined;
  if (api.dataDir) {
    rmSync(api.dataDir, { recursive: true, force: true });
    api.dataDir = undefined;
  }
}

async function startApi() {
  // Until the CLI is written the browser tests still run; tests that need the API see
  // `window.KONTOR_TEST_API_URL === undefined`. Any other start failure is an error.
  if (!existsSync(apiCli)) {
    console.warn(`[kontor-api] ${apiCli} not found; KONTOR_TEST_API_URL stays undefined`);
    return;
  }
  api.dataDir = mkdtempSync(join(tmpdir(), 'kontor-api-'));
  // node --import tsx instead of `npx tsx`: one process, so one kill stops the server.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', apiCli, '--port', '0', '--data-dir', api.dataDir, '--catalog-size', '2000', '--demo'],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  api.child = child;
  process.once('exit', stopApi);

  api.url = await new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`[kontor-api] not ready after ${API_START_TIMEOUT_MS} ms`));
    }, API_START_TIMEOUT_MS);
    const lines = createInterface({ input: /** @type {import('node:stream').Readable} */ (child.stdout) });
    lines.on('line', (line) => {
      const match = API_READY.exec(line);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      } else {
        console.log(`[kontor-api] ${line}`);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`[kontor-api] exited before ready (code ${code}, signal ${signal})`));
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
  console.log(`[kontor-api] ready at ${api.url}`);
}

/** @type {import('@web/test-runner').TestRunnerPlugin} */
const apiServerPlugin = {
  name: 'kontor-api-server',
  async serverStart() {
    try {
      await startApi();
    } catch (error) {
      stopApi();
      throw error;
    }
  },
  async serverStop() {
    stopApi();
  },
};

// ---------------------------------------------------------------------------------------
// process.env.NODE_ENV for browser code.

/**
 * nanostores (and other packages) read `process.env.NODE_ENV` unguarded, as bundlers
 * replace it. The test server does the same on every served module, so it also works in
 * module workers, where a page-level `window.process` shim would not exist.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const nodeEnvPlugin = {
  name: 'kontor-node-env',
  transform(context) {
    if (!context.response.is('js') || typeof context.body !== 'string') return undefined;
    if (!context.body.includes('process.env.NODE_ENV')) return undefined;
    return { body: context.body.replaceAll('process.env.NODE_ENV', '"development"') };
  },
};

/**
 * papaparse ships only a UMD file, which bundlers convert and the test server does not:
 * serve it as an ES module with a default export, as Vite does in the build.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const papaparseEsmPlugin = {
  name: 'kontor-papaparse-esm',
  transform(context) {
    if (!/\/node_modules\/papaparse\/papaparse(\.min)?\.js$/.test(context.path) || typeof context.body !== 'string') return undefined;
    return { body: `const module = { exports: {} };\nconst exports = module.exports;\n${context.body}\nexport default module.exports;\n` };
  },
};

// ---------------------------------------------------------------------------------------
// Counts for scripts/test.mjs.

/**
 * @param {import('@web/test-runner').TestSuiteResult | undefined} suite
 * @param {{ passed: number, failed: number, skipped: number }} counts
 */
function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, counts);
}

/**
 * Writes passed/failed/skipped to `file` (.test-results/browser.json unless told) after
 * each run; the Vendure suite's config writes its own file with it.
 * @param {string} [file]
 */
export function countsReporter(file = resultsFile) {
  return {
    /** @param {{ sessions: Iterable<import('@web/test-runner').TestSession> }} args */
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = counts.failed;
        countSuite(session.testResults, counts);
        // A file that failed to load or threw outside a test reports no failing test;
        // count it once so a broken file can never look green.
        if (!session.passed && counts.failed === before) counts.failed += 1;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(counts)}\n`);
    },
  };
}

const ci = Boolean(process.env.CI);

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: root,
  files: ['test/src/**/*.test.ts', 'test/components/**/*.test.ts', 'test/sdk/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // Two cores: one page at a time in CI keeps timing-sensitive tests steady.
  concurrency: ci ? 1 : 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  // Lit's dev-mode notice appears once per test file and buries the logs that matter.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  testFramework: {
    config: { timeout: 10_000 },
  },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: chromiumArgs },
    }),
  ],
  plugins: [
    esbuildPlugin({
      ts: true,
      // esbuild's default target keeps nothing from being lowered, and the legacy
      // decorators in tsconfig.json need an explicit modern target to compile cleanly.
      target: 'es2022',
      tsconfig: resolve(root, 'tsconfig.json'),
    }),
    nodeEnvPlugin,
    papaparseEsmPlugin,
    apiServerPlugin,
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"></head>
  <body>
    <script>window.KONTOR_TEST_API_URL = ${JSON.stringify(api.url ?? null)} ?? undefined;</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countsReporter()],
};
