/**
 * The demo as an installable app, built into a private directory: the service worker
 * activates, the shop opens offline with its cart, an order placed offline against the
 * Node server is sent once when the connection returns (even when that reply is lost), and
 * the manifest passes Chromium's installability checks.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startApiServer, type ApiServer } from '../../src/reference/node/server.js';
import { chromePath, chromiumArgs, launchBrowser, serveDirectory, type StaticServer } from './helpers/browser.js';
import { activeWorker } from './helpers/service-worker.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function loggedInBuyer(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.demo-toolbar select')?.querySelector('option:checked')?.textContent?.includes('buyer'), null, { timeout: 60_000 });
}

async function addFirstProduct(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('kontor-product-listing')?.shadowRoot?.querySelector('kontor-price')?.shadowRoot?.querySelector('[part=net]'), null, { timeout: 90_000 });
  await page.locator('kontor-product-listing li.card').first().locator('kontor-add-to-cart button[type=submit]').click();
  await page.waitForFunction(() => document.querySelector('kontor-mini-cart')?.shadowRoot?.querySelector('.count')?.textContent?.trim() === '1', null, { timeout: 30_000 });
}

const cartRows = (page: Page) => page.evaluate(() => document.querySelector('kontor-cart')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0);

describe('the demo as an installable app (built)', () => {
  let work: string;
  let site: StaticServer;
  let httpSite: StaticServer;
  let api: ApiServer;
  let apiFront: Server;
  let apiUrl: string;
  let browser: Browser;
  // Idempotency keys of the order requests that reached the server, in order.
  const orderKeys: string[] = [];
  let dropNextOrderReply = false;
  // Chromium's offline emulation does not reach requests that pass through a service
  // worker to the network, so while the test cuts the network the server's front refuses too.
  let networkDown = false;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'kontor-pwa-'));
    const demo = join(work, 'demo');
    const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    await promisify(execFile)(process.execPath, [vite, 'build', '--mode', 'demo', '--outDir', demo, '--logLevel', 'warn'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    // Demo mode: the demo toolbar logs in through the demo-user list.
    api = await startApiServer({ port: 0, dataDir: join(work, 'data'), catalogSize: 2000, demo: true });
    // In front of the server, as a flaky network would be: it can lose an order's reply
    // after the server has made the order. (Browser-side routing does not see requests
    // that pass through a service worker.)
    apiFront = createServer((request, response) => {
      if (networkDown) {
        request.socket.destroy();
        return;
      }
      void (async () => {
        const chunks: Buffer[] = [];
        for await (const chunk of request) chunks.push(chunk as Buffer);
        const headers = Object.fromEntries(Object.entries(request.headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'host'));
        const isOrder = request.method === 'POST' && request.url === '/v1/orders';
        if (isOrder) orderKeys.push(headers['idempotency-key'] ?? '');
        const reply = await fetch(`${api.url}${request.url ?? '/'}`, { method: request.method ?? 'GET', headers, ...(chunks.length ? { body: Buffer.concat(chunks) } : {}) });
        const body = Buffer.from(await reply.arrayBuffer());
        if (isOrder && dropNextOrderReply) {
          dropNextOrderReply = false;
          request.socket.destroy();
          return;
        }
        const replyHeaders = Object.fromEntries([...reply.headers].filter(([name]) => name !== 'content-encoding' && name !== 'content-length'));
        response.writeHead(reply.status, replyHeaders).end(body);
      })().catch(() => response.destroy());
    });
    await new Promise<void>((done) => apiFront.listen(0, '127.0.0.1', done));
    apiUrl = `http://127.0.0.1:${(apiFront.address() as AddressInfo).port}`;
    // The same build against the Node server: each page's loader tag points at the REST API.
    const httpDemo = join(work, 'demo-http');
    cpSync(demo, httpDemo, { recursive: true });
    for (const file of readdirSync(httpDemo).filter((name) => name.endsWith('.html'))) {
      const path = join(httpDemo, file);
      // The build merges the loader tag into the page's module chunks; the loader reads its
      // settings from the tag of the chunk it landed in, so every module tag carries them.
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('<script type="module" crossorigin src=', `<script type="module" crossorigin data-kontor data-backend="http" data-api-url="${apiUrl}" src=`));
    }
    site = await serveDirectory(demo);
    httpSite = await serveDirectory(httpDemo);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await httpSite?.close();
    apiFront?.closeAllConnections();
    await new Promise((done) => (apiFront ? apiFront.close(done) : done(undefined)));
    await api?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('activates the service worker, and offline a reload shows the cached pages and the cart', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/index.html`);
    await loggedInBuyer(page);
    await addFirstProduct(page);
    assert.equal(await activeWorker(page), 'activated controlling');
    await page.goto(`${site.url}/cart.html`);
    await page.waitForFunction(() => (document.querySelector('kontor-cart')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) > 0, null, { timeout: 60_000 });

    await context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => (document.querySelector('kontor-cart')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) > 0, null, { timeout: 90_000 });
    assert.equal(await cartRows(page), 1);
    assert.equal(await page.locator('.offline-notice').isVisible(), true);
    // A page with a query it never had is served from the precached shell, with the embedded backend.
    await page.goto(`${site.url}/category.html?category=cables`);
    await page.waitForFunction(() => (document.querySelector('kontor-product-listing')?.shadowRoot?.querySelectorAll('li.card:not(.skeleton)').length ?? 0) > 0, null, { timeout: 90_000 });
    // A page that was never cached: the offline page.
    await page.goto(`${site.url}/no-such-page.html`);
    assert.match(await page.locator('h1').first().textContent() ?? '', /You are offline/);
    await context.close();
  });

  it('sends an order placed offline once when the network returns, even when its reply is lost', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${httpSite.url}/index.html`);
    await loggedInBuyer(page);
    await addFirstProduct(page);
    assert.equal(await activeWorker(page), 'activated controlling');
    await page.goto(`${httpSite.url}/cart.html`);
    const cart = page.locator('kontor-cart');
    await cart.getByRole('button', { name: 'Continue to order details' }).click();
    await cart.getByRole('button', { name: 'Continue to review' }).click();
    await page.waitForFunction(() => document.querySelector('kontor-cart')?.shadowRoot?.querySelector('.shipments'), null, { timeout: 60_000 });

    await context.setOffline(true);
    networkDown = true;
    await cart.getByRole('button', { name: 'Place order' }).click();
    await page.waitForFunction(() => document.querySelector('kontor-cart')?.shadowRoot?.textContent?.includes('You are offline. Your order is kept on this device'), null, { timeout: 30_000 });
    assert.equal(orderKeys.length, 0);

    // Back online: the first order request reaches the server, but its reply is lost.
    dropNextOrderReply = true;
    networkDown = false;
    await context.setOffline(false);
    await page.waitForFunction(() => document.querySelector('kontor-cart')?.shadowRoot?.querySelector('[part=confirmation]'), null, { timeout: 60_000 });
    assert.equal(orderKeys.length, 2);
    assert.ok(orderKeys[0]);
    assert.equal(orderKeys[0], orderKeys[1]);

    // The server holds exactly one order for it.
    const token = await page.evaluate(() => Object.entries(localStorage).find(([key]) => key.includes('token'))?.[1] ?? '');
    assert.ok(token, 'the session token in localStorage');
    const reply = await fetch(`${api.url}/v1/orders`, { headers: { authorization: `Bearer ${token.replaceAll('"', '')}`, accept: 'application/json' } });
    assert.equal(reply.status, 200);
    const body = (await reply.json()) as unknown;
    const orders = Array.isArray(body) ? body : (body as { items?: unknown[]; orders?: unknown[] }).items ?? (body as { orders?: unknown[] }).orders ?? [];
    assert.equal(orders.length, 1);
    await context.close();
  });

  it('passes Chromium\'s installability checks', async () => {
    // Chromium never offers installation in an incognito context, which newContext() is.
    const profile = mkdtempSync(join(work, 'profile-'));
    const context: BrowserContext = await chromium.launchPersistentContext(profile, { executablePath: chromePath(), headless: true, args: [...chromiumArgs] });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${site.url}/index.html`);
    await activeWorker(page);
    const session = await context.newCDPSession(page);
    const { installabilityErrors } = (await session.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    assert.deepEqual(installabilityErrors, []);
    const manifest = (await (await fetch(`${site.url}/manifest.webmanifest`)).json()) as { icons: { sizes: string; purpose?: string }[]; display: string; start_url: string };
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.icons.some((icon) => icon.sizes === '192x192'));
    assert.ok(manifest.icons.some((icon) => icon.sizes === '512x512' && icon.purpose === 'maskable'));
    await context.close();
  });
});
