// Helpers for the end-to-end tests: they drive the built demo (dist/demo) in Chromium.
//
//   const site = await serveDirectory(demoDist);
//   const browser = await launchBrowser();
//   const page = await browser.newPage();
//   await page.goto(`${site.url}/product.html`);
//   ...
//   await browser.close();
//   await site.close();
import { createReadStream } from 'node:fs';
import { after, before } from 'node:test';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse, type Http2Session } from 'node:http2';
import { pipeline } from 'node:stream/promises';
import type { AddressInfo, Server as NetServer } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type LaunchOptions, type Page } from 'playwright-core';

/** The built demo site (`npm run build:demo`). */
export const demoDist = fileURLToPath(new URL('../../../dist/demo/', import.meta.url));

/**
 * Without the networking flags Chromium keeps calling Google services, which on a closed
 * network slows every start; --no-sandbox because CI runs as root. Keep in step with
 * web-test-runner.config.mjs.
 */
export const chromiumArgs: readonly string[] = [
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

/** The system Chromium (no browser downloads here); CHROME_PATH points elsewhere. */
export function chromePath(): string {
  return process.env['CHROME_PATH'] || '/usr/bin/chromium';
}

/** Starts headless Chromium; the caller closes it (`after(() => browser.close())`). */
export function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath(),
    headless: true,
    ...options,
    args: [...chromiumArgs, ...(options.args ?? [])],
  });
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  close(): Promise<void>;
}

/** What `serveDirectory` may be asked for. */
export interface ServeOptions {
  /** Any origin may load the files (as from a CDN). */
  readonly cors?: boolean;
  /** Headers for every reply, e.g. a Content-Security-Policy the page must live with. */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * HTTPS with HTTP/2, as a CDN serves (browsers speak HTTP/2 only over TLS), with this key
   * and certificate; the browser context must accept it (`ignoreHTTPSErrors`).
   */
  readonly tls?: { readonly key: string; readonly cert: string };
}

/**
 * Serves `dir` over HTTP (HTTPS with `tls`) on 127.0.0.1 with a free port. `/` and directory paths map to
 * their index.html; anything outside `dir` is refused. No caching, so a rebuilt demo is
 * picked up by the next test run without surprises.
 */
export async function serveDirectory(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = resolve(dir);
  const handle = (request: IncomingMessage | Http2ServerRequest, response: ServerResponse | Http2ServerResponse): void => {
    void (async () => {
      try {
        const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://local').pathname);
        let file = normalize(join(base, pathname));
        if (file !== base && !file.startsWith(base + sep)) {
          response.writeHead(403).end();
          return;
        }
        let info = await stat(file).catch(() => undefined);
        if (info?.isDirectory()) {
          file = join(file, 'index.html');
          info = await stat(file).catch(() => undefined);
        }
        if (!info?.isFile()) {
          response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
          return;
        }
        response.writeHead(200, {
          'content-type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'content-length': info.size,
          'cache-control': 'no-store',
          // A CDN serves scripts to pages of other origins; module scripts need CORS for that.
          ...(options.cors ? { 'access-control-allow-origin': '*' } : {}),
          ...options.headers,
        });
        if (request.method === 'HEAD') {
          response.end();
          return;
        }
        // The file can vanish between stat and read: a suite removes its copy of the demo
        // while a page it closed still loads a module. End that reply; never throw.
        await pipeline(createReadStream(file), response).catch(() => response.destroy());
      } catch {
        if (!response.headersSent) response.writeHead(500);
        response.end();
      }
    })();
  };
  if (options.tls) return listenSecure(options.tls, handle);
  const server = createServer(handle);
  // Keep-alive connections from the browser would hold close() open.
  return listenLocally(server, 'http', () => server.closeAllConnections());
}

async function listenSecure(tls: NonNullable<ServeOptions['tls']>, handle: (request: Http2ServerRequest, response: Http2ServerResponse) => void): Promise<StaticServer> {
  const server = createSecureServer({ ...tls, allowHTTP1: true }, handle);
  const sessions = new Set<Http2Session>();
  server.on('session', (session: Http2Session) => {
    sessions.add(session);
    session.once('close', () => sessions.delete(session));
  });
  // Open sessions from the browser would hold close() open.
  return listenLocally(server, 'https', () => {
    for (const session of sessions) session.destroy();
  });
}

/** Listens on 127.0.0.1 with a free port; closing drops the open connections first. */
async function listenLocally(server: NetServer, scheme: 'http' | 'https', dropConnections: () => void): Promise<StaticServer> {
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `${scheme}://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        dropConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}

/**
 * Collects what went wrong on a page from now on: console errors and uncaught errors
 * (unhandled rejections included). Tests assert the list stays empty.
 */
export function watchProblems(page: Page, problems: string[] = []): string[] {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}

/** A served site and a browser for the tests of one describe block. */
export interface SiteSession {
  readonly site: StaticServer;
  readonly browser: Browser;
}

/**
 * Serves `dir` (the built demo unless `KONTOR_DEMO_DIR` names another build) and launches
 * Chromium before the tests of the enclosing describe block, and closes both after them.
 * Read `site` and `browser` inside the tests, once the block's `before` has run.
 */
export function siteSession(options: { dir?: string; headers?: Readonly<Record<string, string>> } = {}): SiteSession {
  let site: StaticServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    site = await serveDirectory(options.dir ?? process.env['KONTOR_DEMO_DIR'] ?? demoDist, options.headers ? { headers: options.headers } : {});
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`siteSession: the ${what} is not started yet (read it inside a test)`);
    return value;
  };
  return {
    get site() {
      return ready(site, 'site');
    },
    get browser() {
      return ready(browser, 'browser');
    },
  };
}

/** Waits until the page's listing shows `count` product cards, each with its price. */
export async function pricedCards(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const cards = document.querySelector('kontor-product-listing')?.shadowRoot?.querySelectorAll('li.card:not(.skeleton)') ?? [];
      return cards.length === wanted && [...cards].every((card) => card.querySelector('kontor-price')?.shadowRoot?.querySelector('[part=net]'));
    },
    count,
    { timeout: 90_000 },
  );
}
