import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CommerceError, NotFoundError, ValidationError } from '../../../src/commerce/index.js';
import { reorderLines } from '../../../src/orders/reorder.js';
import { as, createTestBackend, findItem, loginAs, muellerCheckout } from '../reference/helpers.js';

const cable = findItem((i) => i.family.id === 'fam-mto-cable-assembly');
const kit = findItem((i) => i.configurable && i.family.categoryId === 'power-tools');
const bolt = findItem((i) => !i.configurable && i.family.categoryId === 'bolts');

async function buyer() {
  const setup = createTestBackend('2026-06-15T10:00:00Z');
  const token = await loginAs(setup.backend, 'einkauf@mueller.example');
  return { ...setup, token };
}

async function rejects(promise: Promise<unknown>, type: new (...args: never[]) => CommerceError): Promise<CommerceError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof type, `expected ${type.name}, got ${String(error)}`);
    return error;
  }
  assert.fail(`expected ${type.name}`);
}

const fiveCore = { cores: '5g', section: '4', length: 25, plug: 'cee32', coupler: 'cee32', extras: ['test'] };

describe('configurations in the reference backend', () => {
  it('serves a model for configurable products only', async () => {
    const { backend, token } = await buyer();
    const model = await backend.getConfigurationModel(as(token), cable.sku);
    assert.equal(model.sku, cable.sku);
    assert.ok(model.steps.length >= 3);
    assert.ok((await backend.getConfigurationModel(as(token), kit.sku)).groups.some((g) => g.id === 'batteries'));
    await rejects(backend.getConfigurationModel(as(token), bolt.sku), NotFoundError);
  });

  it('prices a configuration exactly as its cart line and its order line', async () => {
    const { backend, token } = await buyer();
    const priced = await backend.priceConfiguration(as(token), { sku: cable.sku, configuration: fiveCore, quantity: 3 });
    assert.ok(priced.quote.unitNet.amountMinor > cable.listPriceMinor, 'options and length add to the base price');
    assert.match(priced.summary.code, /^KA-5G-4-L25-AC32-BC32-P$/);
    const cart = await backend.addToCart(as(token), [{ sku: cable.sku, quantity: 3, configuration: fiveCore }]);
    const line = cart.lines.find((l) => l.sku === cable.sku);
    assert.deepEqual(line?.price, priced.quote);
    assert.deepEqual(line?.configurationSummary, priced.summary);
    const { order } = await backend.placeOrder(as(token), muellerCheckout('cfg-1'));
    const ordered = order.lines.find((l) => l.sku === cable.sku);
    assert.deepEqual(ordered?.price, priced.quote);
    assert.deepEqual(ordered?.configuration, priced.configuration);

    // Reorder brings the same configuration, at the same price.
    const again = await backend.addToCart(as(token), reorderLines(order));
    assert.deepEqual(again.lines[0]?.configuration, priced.configuration);
    assert.deepEqual(again.lines[0]?.price, priced.quote);
  });

  it('keeps different configurations of one product apart and merges equal ones', async () => {
    const { backend, token } = await buyer();
    await backend.addToCart(as(token), [{ sku: cable.sku, quantity: 1, configuration: fiveCore }]);
    await backend.addToCart(as(token), [{ sku: cable.sku, quantity: 2, configuration: { ...fiveCore, length: 12 } }]);
    const cart = await backend.addToCart(as(token), [{ sku: cable.sku, quantity: 1, configuration: { extras: ['test'], coupler: 'cee32', plug: 'cee32', length: 25, section: '4', cores: '5g' } }]);
    assert.deepEqual(cart.lines.map((l) => l.quantity), [2, 2]);
  });

  it('refuses configurations its rules do not allow, saying why', async () => {
    const { backend, token } = await buyer();
    const tooLong = await rejects(backend.priceConfiguration(as(token), { sku: cable.sku, configuration: { ...fiveCore, length: 80 }, quantity: 1 }), ValidationError);
    assert.match(tooLong.message, /nicht möglich/, 'German by default');
    assert.ok((tooLong as ValidationError).fields.some((f) => /50 m/.test(f.message)));
    await rejects(backend.addToCart(as(token), [{ sku: cable.sku, quantity: 1, configuration: { ...fiveCore, cores: '3g' } }]), ValidationError);
    await rejects(backend.addToCart(as(token), [{ sku: cable.sku, quantity: 1 }]), ValidationError);
    await rejects(backend.addToCart(as(token), [{ sku: bolt.sku, quantity: bolt.quantity.minQuantity, configuration: { cores: '3g' } }]), ValidationError);
    const marked = await rejects(backend.addToCart(as(token), [{ sku: cable.sku, quantity: 2, configuration: { ...fiveCore, label: 'HALLE 3' } }]), ValidationError);
    assert.ok((marked as ValidationError).fields.some((f) => /5 Stück/.test(f.message)));
    assert.equal((await backend.getCart(as(token))).lines.length, 0);
  });

  it('edits a configured cart line, validating the new choices', async () => {
    const { backend, token } = await buyer();
    const cart = await backend.addToCart(as(token), [{ sku: cable.sku, quantity: 1, configuration: fiveCore }]);
    const id = cart.lines[0]?.id ?? '';
    const edited = await backend.updateCartLine(as(token), id, { configuration: { ...fiveCore, length: 40 } });
    const priced = await backend.priceConfiguration(as(token), { sku: cable.sku, configuration: { ...fiveCore, length: 40 }, quantity: 1 });
    assert.deepEqual(edited.lines[0]?.price, priced.quote);
    await rejects(backend.updateCartLine(as(token), id, { configuration: { ...fiveCore, length: 60 } }), ValidationError);
    assert.equal((await backend.getCart(as(token))).lines[0]?.configuration?.['length'], 40);
  });
});
