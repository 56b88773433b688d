import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MAX_BODY_BYTES, type Cart, type ErrorBody, type LoginReply, type Order } from '../../../src/commerce/index.js';
import { startApiServer, type ApiServer } from '../../../src/reference/node/server.js';
import { findItem, muellerCheckout } from './helpers.js';

const bolt = findItem((i) => i.family.categoryId === 'bolts');

describe('Node server', () => {
  let server: ApiServer;
  let dir: string;
  let token: string;

  const call = async (method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}) => {
    const response = await fetch(server.url + path, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
      ...(init.body !== undefined && { body: init.body }),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: text ? (JSON.parse(text) as unknown) : null };
  };
  const stateOnDisk = async () => readFile(join(dir, 'state.json'), 'utf8');
  const assertError = (reply: { text: string; json: unknown }, code: string): ErrorBody => {
    const body = reply.json as ErrorBody;
    assert.equal(body.error.code, code);
    assert.ok(body.error.message.length > 0);
    assert.doesNotMatch(reply.text, /\.ts:\d+|\n\s+at /, 'no stack trace in replies');
    return body;
  };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kontor-api-'));
    server = await startApiServer({ port: 0, dataDir: dir, catalogSize: 2000 });
    token = '';
    const login = await call('POST', '/v1/session/login', { body: JSON.stringify({ email: 'einkauf@mueller.example', password: 'demo' }) });
    token = (login.json as LoginReply).token;
    const added = await call('POST', '/v1/cart/lines', { body: JSON.stringify({ lines: [{ sku: bolt.sku, quantity: bolt.quantity.packSize }] }) });
    assert.equal(added.status, 200);
  });
  after(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('rejects bad input with a clear 4xx and changes nothing', async () => {
    const before = await stateOnDisk();
    const malformed = await call('POST', '/v1/cart/lines', { body: '{"lines": [' });
    assert.equal(malformed.status, 400);
    assert.deepEqual(assertError(malformed, 'validation').error.fields, [{ path: 'body', message: 'Malformed JSON.' }]);

    const wrongTypes = await call('POST', '/v1/cart/lines', { body: JSON.stringify({ lines: [{ sku: 42, quantity: 'many' }] }) });
    assert.equal(wrongTypes.status, 400);
    const paths = assertError(wrongTypes, 'validation').error.fields?.map((f) => f.path);
    assert.deepEqual(paths, ['lines.0.sku', 'lines.0.quantity']);

    const unknown = await call('POST', '/v1/cart/lines', { body: JSON.stringify({ lines: [{ sku: bolt.sku, quantity: 1, colour: 'red' }] }) });
    assert.equal(unknown.status, 400);
    const field = assertError(unknown, 'validation').error.fields?.[0];
    assert.equal(field?.path, 'lines.0.colour');
    assert.match(field?.message ?? '', /Unknown field "colour"/);

    const huge = await call('POST', '/v1/cart/lines', { body: JSON.stringify({ lines: [{ sku: bolt.sku, quantity: 1, note: 'x'.repeat(MAX_BODY_BYTES) }] }) });
    assert.equal(huge.status, 413);
    assertError(huge, 'validation');

    const negative = await call('PATCH', '/v1/cart/lines/line-1', { body: JSON.stringify({ quantity: -5 }) });
    assert.equal(negative.status, 400);
    assert.equal(assertError(negative, 'validation').error.fields?.[0]?.path, 'quantity');

    const badQuery = await call('GET', '/v1/search?q=m8&bogus=1');
    assert.equal(badQuery.status, 400);
    assert.equal(assertError(badQuery, 'validation').error.fields?.[0]?.path, 'bogus');
    const badFilters = await call('GET', `/v1/search?filters=${encodeURIComponent('[{"facet":1}]')}`);
    assert.equal(badFilters.status, 400);
    const badLimit = await call('GET', '/v1/search?limit=-3');
    assert.equal(badLimit.status, 400);

    const noRoute = await call('GET', '/v1/nothing-here');
    assert.equal(noRoute.status, 404);
    assertError(noRoute, 'not-found');

    const unknownSku = await call('GET', '/v1/products/KT-1');
    assert.equal(unknownSku.status, 404);

    const noKey = await call('POST', '/v1/orders', { body: JSON.stringify({ ...muellerCheckout('x'), idempotencyKey: undefined }) });
    assert.equal(noKey.status, 400);

    const cart = (await call('GET', '/v1/cart')).json as Cart;
    assert.equal(cart.lines.length, 1);
    assert.equal(cart.version, 1);
    assert.equal(await stateOnDisk(), before, 'the stored state is unchanged');
  });

  it('answers 401 without a session and allows browser callers through CORS', async () => {
    const cart = await fetch(`${server.url}/v1/cart`);
    assert.equal(cart.status, 401);
    const preflight = await fetch(`${server.url}/v1/orders`, {
      method: 'OPTIONS',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, idempotency-key' },
    });
    assert.ok(preflight.status < 300);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /idempotency-key/);
  });

  it('searches with query parameters and answers in the requested language', async () => {
    const filters = encodeURIComponent(JSON.stringify([{ facet: 'thread-diameter', min: 8, max: 8 }]));
    const reply = await fetch(`${server.url}/v1/search?q=hex%20bolt&filters=${filters}&facets=brand,thread-diameter&limit=5&sort=price-asc`, {
      headers: { 'accept-language': 'en-US' },
    });
    assert.equal(reply.status, 200);
    const result = (await reply.json()) as { total: number; hits: { product: { name: string } }[]; facets: { key: string }[] };
    assert.ok(result.total > 0);
    assert.ok(result.hits.every((h) => /M8x/.test(h.product.name) && /[a-z]/.test(h.product.name) && !/Schraube/.test(h.product.name)));
    assert.deepEqual(result.facets.map((f) => f.key), ['brand', 'thread-diameter']);
  });

  it('places an order with 201 and replays it with 200 for the same Idempotency-Key', async () => {
    const body = JSON.stringify({ ...muellerCheckout('unused'), idempotencyKey: undefined });
    const first = await call('POST', '/v1/orders', { body, headers: { 'idempotency-key': 'order-1' } });
    assert.equal(first.status, 201, first.text);
    const second = await call('POST', '/v1/orders', { body, headers: { 'idempotency-key': 'order-1' } });
    assert.equal(second.status, 200);
    assert.equal((second.json as Order).id, (first.json as Order).id);
    const orders = (await call('GET', '/v1/orders')).json as Order[];
    assert.equal(orders.length, 1);
  });
});
