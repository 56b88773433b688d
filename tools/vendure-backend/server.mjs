#!/usr/bin/env node
// Starts the test-only Vendure server on 127.0.0.1: seeds a new database from Vendure's own
// sample data on first start, starts the job queue, creates the fixture customers, waits
// until the search index is built and then prints one line `ready <shop-api url>`.
// Stops cleanly on SIGTERM or SIGINT.
//
//   node server.mjs [--port 3100] [--data-dir .data] [--reset]
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { vendureConfig } from './config.mjs';
import { createFixtures, FIXTURE_CUSTOMERS } from './fixtures.mjs';

process.env.VENDURE_DISABLE_TELEMETRY = 'true';
const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { bootstrap, JobQueueService, Logger, LogLevel, DefaultLogger, mergeConfig, defaultConfig } = require('@vendure/core');
const { populate } = require('@vendure/core/cli');

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.KONTOR_VENDURE_PORT ?? '3100' },
    'data-dir': { type: 'string', default: join(here, '.data') },
    reset: { type: 'boolean', default: false },
    'ready-timeout': { type: 'string', default: '240' },
  },
});
const port = Number(values.port);
const dataDir = resolve(values['data-dir']);
const dbFile = join(dataDir, 'vendure.sqlite');
const readyTimeoutMs = Number(values['ready-timeout']) * 1000;
const shopApi = `http://127.0.0.1:${port}/shop-api`;
const logger = new DefaultLogger({ level: process.env.VENDURE_LOG === 'verbose' ? LogLevel.Verbose : LogLevel.Error });

if (values.reset) rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });

function config(synchronize) {
  return mergeConfig(defaultConfig, {
    ...vendureConfig({ port, dbFile, synchronize }),
    logger,
    importExportOptions: { importAssetsDir: join(here, 'node_modules/@vendure/create/assets/images') },
  });
}

/** Builds the database from @vendure/create's sample data (initial data and products CSV). */
async function seed() {
  const assets = join(here, 'node_modules/@vendure/create/assets');
  const initialData = require(join(assets, 'initial-data.json'));
  // Kontor's contract has no freight line: its B2B checkout books freight on the invoice. A
  // free method keeps Vendure's order total equal to the cart total the buyer reviewed.
  const shippingMethods = [{ name: 'Freight on invoice', price: 0 }, ...initialData.shippingMethods];
  const app = await populate(
    () => bootstrap(config(true)),
    { ...initialData, shippingMethods },
    join(assets, 'products.csv'),
  );
  await app.close();
}

const started = Date.now();
function log(message) {
  process.stderr.write(`[vendure] ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

if (!existsSync(dbFile)) {
  log(`seeding ${dbFile} from the sample data`);
  await seed();
  log('seeded');
}

Logger.useLogger(logger);
// Synchronize on every start: a test database follows the custom fields without migrations.
const app = await bootstrap(config(true));
// Without this the search index never builds: jobs are only processed once the queue runs.
await app.get(JobQueueService).start();
log(`listening on ${shopApi}`);

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  log('stopping');
  await app.close().catch(() => undefined);
  process.exit(code);
}
process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));

try {
  await waitUntilReady();
  await createFixtures(shopApi);
  log(`fixtures: ${FIXTURE_CUSTOMERS.map((c) => c.emailAddress).join(', ')}`);
  process.stdout.write(`ready ${shopApi}\n`);
} catch (error) {
  process.stderr.write(`[vendure] not ready: ${error instanceof Error ? error.message : String(error)}\n`);
  await stop(1);
}

/** Waits, bounded, until no job is pending or running and the search index answers. */
async function waitUntilReady() {
  const deadline = Date.now() + readyTimeoutMs;
  const strategy = app.get(require('@vendure/core').ConfigService).jobQueueOptions.jobQueueStrategy;
  let lastState = '';
  while (Date.now() < deadline) {
    // The in-memory queue filters by equality only: count the open states one by one.
    let open = 0;
    for (const state of ['PENDING', 'RUNNING', 'RETRYING']) {
      open += (await strategy.findMany({ filter: { state: { eq: state } }, take: 1 })).totalItems;
    }
    const indexed = await searchCount();
    lastState = `${open} jobs open, ${indexed} variants indexed`;
    if (open === 0 && indexed > 0) {
      log(`search index ready: ${indexed} variants`);
      return;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the search index was not built within ${readyTimeoutMs / 1000} s (${lastState})`);
}

async function searchCount() {
  try {
    const response = await fetch(shopApi, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(input: { take: 1, groupByProduct: false }) { totalItems } }' }),
    });
    const body = await response.json();
    return body?.data?.search?.totalItems ?? 0;
  } catch {
    return 0;
  }
}
