import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import type { Cart, LoginReply, Order, Session } from '../../../src/commerce/index.js';
import { findItem, muellerCheckout } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Starts the CLI and resolves with its URL once it prints the ready line. */
function startCli(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/reference/node/cli.ts', '--port', '0', '--data-dir', dataDir, '--catalog-size', '2000'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^Kontor API listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out);
      if (match?.[1]) done({ child, url: match[1] });
    });
    child.once('exit', (code) => fail(new Error(`CLI exited early with ${code}: ${out}`)));
  });
}

const killed = (child: ChildProcess): Promise<void> =>
  new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });

describe('CLI server restart', () => {
  it('keeps sessions, carts and orders across a SIGKILL', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kontor-kill-'));
    const bolt = findItem((i) => i.family.categoryId === 'bolts');
    const nut = findItem((i) => i.family.categoryId === 'nuts');
    try {
      const first = await startCli(dir);
      const json = async (method: string, path: string, token: string, body?: unknown, headers: Record<string, string> = {}) => {
        const response = await fetch(first.url + path, {
          method,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
          ...(body !== undefined && { body: JSON.stringify(body) }),
        });
        return (await response.json()) as unknown;
      };
      const { token } = (await json('POST', '/v1/session/login', '', { email: 'einkauf@mueller.example', password: 'demo' })) as LoginReply;
      await json('POST', '/v1/cart/lines', token, { lines: [{ sku: bolt.sku, quantity: bolt.quantity.packSize }] });
      const order = (await json('POST', '/v1/orders', token, muellerCheckout('kill-1'), { 'idempotency-key': 'kill-1' })) as Order;
      assert.equal(order.status, 'confirmed');
      await json('POST', '/v1/cart/lines', token, { lines: [{ sku: nut.sku, quantity: nut.quantity.packSize }] });
      await killed(first.child);

      const second = await startCli(dir);
      try {
        const get = async (path: string) =>
          (await (await fetch(second.url + path, { headers: { authorization: `Bearer ${token}` } })).json()) as unknown;
        assert.equal(((await get('/v1/session')) as Session).user?.email, 'einkauf@mueller.example');
        const cart = (await get('/v1/cart')) as Cart;
        assert.deepEqual(cart.lines.map((l) => [l.sku, l.quantity]), [[nut.sku, nut.quantity.packSize]]);
        const orders = (await get('/v1/orders')) as Order[];
        assert.deepEqual(orders.map((o) => o.id), [order.id]);
        assert.deepEqual(await get(`/v1/orders/${order.id}`), order);
      } finally {
        await killed(second.child);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
