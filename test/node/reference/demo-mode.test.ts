/**
 * The demo routes over HTTP: they exist only on a server started in demo mode, where the
 * demo-user list stays public (the demo toolbar's one-click logins) and the clock needs a
 * session. A server without demo mode serves every other route of ROUTES, refusing callers
 * without a session wherever ROUTE_ACCESS says so, and never leaks a stack trace.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { AdapterInfo, DemoUser, LoginReply } from '../../../src/commerce/index.js';
import { DEMO_ROUTES, ROUTES, ROUTE_ACCESS, fillPath, routeParts, type RouteName } from '../../../src/commerce/rest-routes.js';
import { startApiServer, type ApiServer } from '../../../src/reference/node/server.js';

/** What only a stack trace or an internal message would put into a reply. */
const LEAKS = /\n\s+at |\.ts:\d+|\.js:\d+|node_modules|file:\/\/|TypeError|ReferenceError/;
const PARAMS = { sku: 'KT-100000', lineId: 'line-x', orderId: 'ord-x', approvalId: 'ap-x', familyId: 'fam-x', savedCartId: 'sc-x' };

interface Reply {
  readonly status: number;
  readonly text: string;
}

/** Calls one route of a running server, with a session token or without. */
type Caller = (name: RouteName, token: string | null, body?: unknown) => Promise<Reply>;

/**
 * Starts a server (in demo mode or not) before the tests of the enclosing describe block and
 * stops it after them; returns a caller for its routes, to use inside the tests.
 */
function serverFor(demo: boolean): Caller {
  let running: { server: ApiServer; dir: string } | undefined;
  before(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kontor-demo-mode-'));
    running = { server: await startApiServer({ port: 0, dataDir: dir, catalogSize: 300, demo }), dir };
  });
  after(async () => {
    await running?.server.close();
    if (running) await rm(running.dir, { recursive: true, force: true });
  });
  return async (name, token, body) => {
    if (!running) throw new Error('serverFor: the server is not started yet (call it inside a test)');
    const { method, path } = routeParts(name);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token !== null) headers.authorization = `Bearer ${token}`;
    const hasBody = method !== 'GET' && method !== 'DELETE';
    const response = await fetch(running.server.url + fillPath(path, PARAMS), { method, headers, ...(hasBody && { body: JSON.stringify(body ?? {}) }) });
    return { status: response.status, text: await response.text() };
  };
}

async function loginOn(call: Caller): Promise<string> {
  const reply = await call('login', null, { email: 'einkauf@mueller.example', password: 'demo' });
  assert.equal(reply.status, 200, reply.text);
  return (JSON.parse(reply.text) as LoginReply).token;
}

describe('a server started without demo mode', () => {
  const call = serverFor(false);

  it('has no demo routes, for anonymous and logged-in callers alike, and says so in its capabilities', async () => {
    const token = await loginOn(call);
    for (const name of DEMO_ROUTES) {
      for (const who of [null, token]) {
        const reply = await call(name, who, name === 'demoClock' ? { advanceHours: 24 } : undefined);
        assert.equal(reply.status, 404, `${ROUTES[name]} (${who ? 'logged in' : 'anonymous'}): ${reply.text}`);
        assert.doesNotMatch(reply.text, /@|password/, 'no user data in the reply');
      }
    }
    const info = JSON.parse((await call('info', null)).text) as AdapterInfo;
    assert.equal(info.capabilities.demoUsers, false);
  });

  it('answers 401 on every route that needs a session when called without a token or with a forged one, and never a stack trace', async () => {
    for (const name of Object.keys(ROUTES) as RouteName[]) {
      if (DEMO_ROUTES.includes(name)) continue;
      for (const token of [null, 'forged-token']) {
        const reply = await call(name, token);
        assert.doesNotMatch(reply.text, LEAKS, `${ROUTES[name]} leaks internals: ${reply.text.slice(0, 200)}`);
        assert.ok(reply.status < 500, `${ROUTES[name]}: ${reply.status} ${reply.text}`);
        if (ROUTE_ACCESS[name] === 'session') {
          assert.equal(reply.status, 401, `${ROUTES[name]} with token ${token}: ${reply.text}`);
          assert.equal((JSON.parse(reply.text) as { error: { code: string } }).error.code, 'unauthorized');
        } else {
          assert.notEqual(reply.status, 401, `${ROUTES[name]} is public`);
        }
      }
    }
  });
});

describe('a server started in demo mode', () => {
  const call = serverFor(true);

  it('lists the demo users without a session, for the demo toolbar', async () => {
    const reply = await call('demoUsers', null);
    assert.equal(reply.status, 200, reply.text);
    const users = JSON.parse(reply.text) as DemoUser[];
    assert.ok(users.some((u) => u.email === 'einkauf@mueller.example'));
    assert.equal((JSON.parse((await call('info', null)).text) as AdapterInfo).capabilities.demoUsers, true);
  });

  it('moves the clock only for a logged-in caller', async () => {
    for (const token of [null, 'forged-token']) {
      const refused = await call('demoClock', token, { advanceHours: 24 });
      assert.equal(refused.status, 401, refused.text);
    }
    const read = JSON.parse((await call('demoClock', await loginOn(call), { advanceHours: 0 })).text) as { offsetHours: number };
    assert.equal(read.offsetHours, 0, 'the refused calls moved nothing');
    const moved = await call('demoClock', await loginOn(call), { advanceHours: 24 });
    assert.equal(moved.status, 200, moved.text);
    assert.equal((JSON.parse(moved.text) as { offsetHours: number }).offsetHours, 24);
  });
});
