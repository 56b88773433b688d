import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ANONYMOUS_SESSION, UnauthorizedError } from '../../../src/commerce/index.js';
import { RestCommerceAdapter } from '../../../src/adapters/rest/rest-adapter.js';
import { memoryTokenStorage } from '../../../src/adapters/rest/token-storage.js';
import type { Transport } from '../../../src/adapters/rest/wire.js';
import { createReferenceApp } from '../../../src/reference/create.js';
import { handleWire } from '../../../src/reference/rest/wire-handler.js';
import { MemoryStateStore } from '../../../src/reference/state/store.js';

/** The REST adapter on the reference backend's own wire handler, with the paths it asked for. */
function adapterOnReference(token: string | null = null): { adapter: RestCommerceAdapter; asked: string[]; send: Transport } {
  const { app } = createReferenceApp({ store: new MemoryStateStore(), catalogSize: 300 });
  const asked: string[] = [];
  const send: Transport = (request) => handleWire(app, request);
  const tokenStorage = memoryTokenStorage();
  tokenStorage.set(token);
  const adapter = new RestCommerceAdapter({
    tokenStorage,
    transport: (request) => {
      asked.push(request.path);
      return send(request);
    },
  });
  return { adapter, asked, send };
}

describe('REST adapter session', () => {
  it('answers the anonymous session without a round trip while it holds no token, as the backend would', async () => {
    const { adapter, asked, send } = adapterOnReference();
    const session = await adapter.getSession();
    assert.deepEqual(asked, []);
    const fromBackend = await send({ method: 'GET', path: '/v1/session', headers: {}, body: null });
    assert.equal(fromBackend.status, 200);
    assert.deepEqual(session, JSON.parse(fromBackend.body));
    assert.deepEqual(session, ANONYMOUS_SESSION);
  });

  it('asks the backend once logged in, and stops asking after the logout', async () => {
    const { adapter, asked } = adapterOnReference();
    await adapter.login({ email: 'labor@labnord.example', password: 'demo' });
    asked.length = 0;
    const session = await adapter.getSession();
    assert.deepEqual(asked, ['/v1/session']);
    assert.equal(session.user?.email, 'labor@labnord.example');
    assert.ok(session.context, 'a logged-in session has its context');

    await adapter.logout();
    asked.length = 0;
    assert.equal((await adapter.getSession()).user, null);
    assert.deepEqual(asked, []);
  });

  it('asks the backend about a token it holds even when the backend no longer knows it', async () => {
    const { adapter, asked } = adapterOnReference('a-token-from-another-backend');
    const first = await adapter.getSession().then(
      (session) => ({ session, error: null }),
      (error: unknown) => ({ session: null, error }),
    );
    assert.deepEqual(asked, ['/v1/session']);
    // Whatever the backend says of a stale token (anonymous or refused), the adapter then
    // holds none and answers the anonymous session itself.
    if (first.session) assert.equal(first.session.user, null);
    else assert.ok(first.error instanceof UnauthorizedError, `refused as unauthorized, not ${String(first.error)}`);
    asked.length = 0;
    assert.deepEqual(await adapter.getSession(), ANONYMOUS_SESSION);
    assert.deepEqual(asked, []);
  });
});
