/**
 * A CMS page loading Kontor from a CDN over a slow network: how long until the product
 * listing is defined and shows its first results, with the CDN bundle as built (each dynamic
 * import fetches its chunk's whole static graph at once, scripts/preload-chunk-graph.ts) and
 * with the same bundle left to load its chunks level by level, side by side.
 *
 * The page is on one origin, the bundle on another, served over HTTPS with HTTP/2 as CDNs
 * serve (one connection, all requests at once; needs the openssl command for a throwaway
 * certificate), the commerce API (the reference backend over HTTP) on a third. Chromium adds
 * the round-trip time to every request (DevTools network emulation); each visit is a new
 * profile, so nothing is cached. A first visit has no session token; a returning buyer's
 * visit starts with one in storage (logged in beforehand through the HTTP adapter), so the
 * session is a request of its own, which the listing's first search does not wait for.
 *
 *   npm run bench -- cdn-latency [runs]      (default 7 runs per bundle and round-trip time)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createHttpAdapter, memoryTokenStorage } from '../src/index.js';
import { startApiServer } from '../src/reference/node/server.js';
import { launchBrowser, serveDirectory, type StaticServer } from '../test/e2e/helpers/browser.js';
import { buildCdn } from '../test/e2e/helpers/build.js';
import { selfSignedCertificate } from './lib/self-signed.js';
import { medianDifferenceInterval, printTable, summarize } from './lib/stats.js';

const runs = Number(process.argv.slice(2).find((option) => /^\d+$/.test(option)) ?? 7);
const ROUND_TRIPS_MS = [50, 150] as const;

interface Visit {
  /** From navigation start to `customElements.whenDefined('kontor-product-listing')`. */
  defined: number;
  /** From navigation start to the listing's first results (`kontor-results`). */
  results: number;
}

const PROBE = `
window.__visit = {};
customElements.whenDefined('kontor-product-listing').then(() => { window.__visit.defined = performance.now(); });
document.addEventListener('kontor-results', () => { window.__visit.results ??= performance.now(); });
`;

/** A token for a demo buyer, as a returning buyer's browser keeps it. */
async function buyerToken(apiUrl: string): Promise<string> {
  const tokens = memoryTokenStorage();
  const adapter = createHttpAdapter({ baseUrl: apiUrl, tokenStorage: tokens });
  const buyer = (await adapter.listDemoUsers()).find((user) => user.roles.includes('buyer'));
  if (!buyer) throw new Error('The reference backend has no demo buyer');
  await adapter.login({ email: buyer.email, password: buyer.password });
  const token = tokens.get();
  if (!token) throw new Error('The login gave no token');
  return token;
}

async function visit(browser: Browser, pageUrl: string, roundTripMs: number, token: { apiUrl: string; value: string } | null): Promise<Visit> {
  // The CDN's certificate is self-signed.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ignoreHTTPSErrors: true });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: PROBE });
    // Where the HTTP adapter keeps its token (src/adapters/http/http-adapter.ts).
    if (token) await page.addInitScript({ content: `localStorage.setItem(${JSON.stringify(`kontor.token:${token.apiUrl}`)}, ${JSON.stringify(token.value)});` });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: roundTripMs, downloadThroughput: -1, uploadThroughput: -1 });
    await page.goto(pageUrl);
    await page.waitForFunction('window.__visit.results !== undefined', null, { timeout: 60_000 });
    return (await page.evaluate('window.__visit')) as Visit;
  } finally {
    await context.close();
  }
}

const work = mkdtempSync(join(tmpdir(), 'kontor-cdn-latency-'));
const servers: StaticServer[] = [];
const api = await startApiServer({ port: 0, dataDir: join(work, 'api-data'), catalogSize: 20_000, demo: true });
const browser = await launchBrowser();
try {
  const bundles: { label: string; env: Record<string, string> }[] = [
    { label: 'graph at once (as built)', env: {} },
    { label: 'level by level', env: { KONTOR_CDN_LEVEL_BY_LEVEL: '1' } },
  ];
  const tls = selfSignedCertificate();
  const pages: string[] = [];
  for (const [index, bundle] of bundles.entries()) {
    const dir = join(work, `cdn-${index}`);
    await buildCdn(dir, bundle.env);
    const cdn = await serveDirectory(dir, { cors: true, tls });
    const siteDir = join(work, `site-${index}`);
    mkdirSync(siteDir);
    writeFileSync(
      join(siteDir, 'category.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cables</title><link rel="icon" href="data:,">
<script type="module" src="${cdn.url}/kontor.js" data-backend="http" data-api-url="${api.url}"></script></head>
<body><h1>Cables</h1><kontor-product-listing category="cables" page-size="24"></kontor-product-listing></body></html>`,
    );
    const site = await serveDirectory(siteDir);
    servers.push(cdn, site);
    pages.push(`${site.url}/category.html`);
  }

  const token = { apiUrl: api.url, value: await buyerToken(api.url) };
  const rows: string[][] = [];
  for (const roundTripMs of ROUND_TRIPS_MS) for (const visitor of ['first visit', 'returning buyer'] as const) {
    const samples = bundles.map(() => ({ defined: [] as number[], results: [] as number[] }));
    for (let run = 0; run < runs; run++) {
      // Alternating order, so that neither bundle always goes first.
      for (const index of run % 2 === 0 ? [0, 1] : [1, 0]) {
        const measured = await visit(browser, pages[index]!, roundTripMs, visitor === 'returning buyer' ? token : null);
        samples[index]!.defined.push(measured.defined);
        samples[index]!.results.push(measured.results);
      }
    }
    for (const metric of ['defined', 'results'] as const) {
      const [asBuilt, levelByLevel] = [summarize(samples[0]![metric]), summarize(samples[1]![metric])];
      const saved = medianDifferenceInterval(samples[1]![metric], samples[0]![metric]);
      rows.push([
        `${roundTripMs} ms`,
        visitor,
        metric === 'defined' ? 'listing defined' : 'first results',
        `${Math.round(asBuilt.median)} ms (p95 ${Math.round(asBuilt.p95)})`,
        `${Math.round(levelByLevel.median)} ms (p95 ${Math.round(levelByLevel.p95)})`,
        `${Math.round(levelByLevel.median - asBuilt.median)} ms`,
        `${Math.round(saved.low)} to ${Math.round(saved.high)} ms`,
        (levelByLevel.median / asBuilt.median).toFixed(2),
      ]);
    }
  }
  console.log(`CDN bundle over a slow network, Chromium, ${runs} visits per bundle and round-trip time, medians from navigation start`);
  printTable(['round trip', 'visitor', 'moment', 'graph at once (as built)', 'level by level', 'saved', '90% interval', 'ratio'], rows);
} finally {
  await browser.close();
  await api.close();
  for (const server of servers) await server.close();
  rmSync(work, { recursive: true, force: true });
}
