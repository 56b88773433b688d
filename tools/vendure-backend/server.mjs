#!/usr/bin/env node
// Starts the test-only Vendure server on 127.0.0.1: seeds a new database from Vendure's own
// sample data on first start, starts the job queue, creates the fixture customers, waits
// until the search index is built and then prints one line `ready <shop-api url>`.
// Stops cleanly on SIGTERM or SIGINT.
//
//   node server.mjs [--port 3100] [--data-dir .data] [--reset] [--template file]
//
// --template keeps a copy of the freshly seeded database: later starts with an empty data
// directory copy it instead of seeding again (seeding takes about a minute).
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
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
    template: { type: 'string' },
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

const template = values.template ? resolve(values.template) : null;
if (!existsSync(dbFile) && template && existsSync(template)) {
  copyFileSync(template, dbFile);
  log(`copied the seeded database from ${template}`);
} else if (!existsSync(dbFile)) {
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
  if (template && !existsSync(template)) {
    // Kept only once the index and the collections are built, so copies start ready.
    mkdirSync(dirname(template), { recursive: true });
    copyFileSync(dbFile, template);
    log(`kept the seeded database as ${template}`);
  }
  process.stdout.write(`ready ${shopApi}\n`);
} catch (error) {
  process.stderr.write(`[vendure] not ready: ${error instanceof Error ? error.message : String(error)}\n`);
  await stop(1);
}

/** Waits, bounded, until no job is open and the search index answers with its collections. */
async function waitUntilReady() {
  const deadline = Date.now() + readyTimeoutMs;
  const strategy = app.get(require('@vendure/core').ConfigService).jobQueueOptions.jobQueueStrategy;
  let lastState = '';
  let reindexed = false;
  while (Date.now() < deadline) {
    // The in-memory queue filters by equality only: count the open states one by one.
    let open = 0;
    for (const state of ['PENDING', 'RUNNING', 'RETRYING']) {
      open += (await strategy.findMany({ filter: { state: { eq: state } }, take: 1 })).totalItems;
    }
    const { indexed, collections } = await searchCount();
    lastState = `${open} jobs open, ${indexed} variants indexed, ${collections} collections filled`;
    if (open === 0 && indexed > 0 && collections > 0) {
      log(`search index ready: ${indexed} variants in ${collections} collections`);
      return;
    }
    if (open === 0 && !reindexed) {
      // A database copied from the seeded template has no index yet: build it once.
      reindexed = true;
      await reindex();
      log('search index rebuild requested');
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the search index was not built within ${readyTimeoutMs / 1000} s (${lastState})`);
}

/** Asks the Admin API (as the local superadmin) to rebuild the search index. */
async function reindex() {
  const adminApi = `http://127.0.0.1:${port}/admin-api`;
  const post = (query, token) =>
    fetch(adminApi, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
  const login = await post('mutation { login(username: "superadmin", password: "superadmin") { __typename } }');
  const token = login.headers.get('vendure-auth-token');
  const body = await (await post('mutation { reindex { id } }', token)).json();
  if (body.errors?.length) throw new Error(`reindex refused: ${body.errors[0].message}`);
}

async function searchCount() {
  try {
    const response = await fetch(shopApi, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(input: { take: 0, groupByProduct: false }) { totalItems collections { count } } }' }),
    });
    const body = await response.json();
    return { indexed: body?.data?.search?.totalItems ?? 0, collections: body?.data?.search?.collections?.length ?? 0 };
  } catch {
    return { indexed: 0, collections: 0 };
  }
}
