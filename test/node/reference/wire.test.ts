import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LoginReply } from '../../../src/commerce/index.js';
import { createReferenceApp } from '../../../src/reference/create.js';
import { handleWire } from '../../../src/reference/rest/wire-handler.js';
import { MemoryStateStore } from '../../../src/reference/state/store.js';

describe('wire handler (the worker host’s transport)', () => {
  it('serves wire requests through the same REST app', async () => {
    const { app } = createReferenceApp({ store: new MemoryStateStore(), catalogSize: 300 });
    const info = await handleWire(app, { method: 'GET', path: '/v1/info', headers: {}, body: null });
    assert.equal(info.status, 200);
    assert.equal((JSON.parse(info.body) as { capabilities: { approvals: boolean } }).capabilities.approvals, true);
    const login = await handleWire(app, {
      method: 'POST',
      path: '/v1/session/login',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'labor@labnord.example', password: 'demo' }),
    });
    assert.equal(login.status, 200);
    const { token } = JSON.parse(login.body) as LoginReply;
    const cart = await handleWire(app, { method: 'GET', path: '/v1/cart', headers: { authorization: `Bearer ${token}` }, body: 'ignored' });
    assert.equal(cart.status, 200);
    assert.match(cart.headers['content-type'] ?? '', /application\/json/);
    const missing = await handleWire(app, { method: 'GET', path: '/v1/products/none', headers: {}, body: null });
    assert.equal(missing.status, 404);
  });
});
