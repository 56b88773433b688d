import { expect } from '@open-wc/testing';
import { createCommerce, withFaults } from '../../../src/index.js';
import { demoUser, orderableProducts, testAdapter, testCommerce, until } from '../../components/helpers/storefront.js';

describe('createCommerce stores', () => {
  it('loads capabilities and an anonymous session on ready()', async () => {
    const commerce = createCommerce(testAdapter());
    await commerce.ready();
    expect(commerce.$info.get()?.capabilities.demoUsers).to.equal(true);
    expect(commerce.$session.get()).to.include({ status: 'ready' });
    expect(commerce.$session.get().value?.user).to.equal(null);
    expect(commerce.$cart.get().value).to.equal(null);
  });

  it('never lets a cart that was loading at logout reach the next visitor', async () => {
    let slowCart = false;
    // The backend answers at once, but the reply arrives late: after the logout.
    const lateReply = (result: unknown) => new Promise((resolve) => setTimeout(() => resolve(result), 200));
    const adapter = withFaults(testAdapter(), (method) => (method === 'getCart' && slowCart ? { transform: lateReply } : undefined));
    const commerce = createCommerce(adapter);
    await commerce.ready();
    const buyer = await demoUser('buyer');
    slowCart = true;
    const login = commerce.login({ email: buyer.email, password: buyer.password });
    await until(() => commerce.$session.get().value?.user, 'the logged-in session');
    await commerce.logout();
    await login;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(commerce.$cart.get().value).to.equal(null);
    expect(commerce.$session.get().value?.user).to.equal(null);
  });

  it('batches the prices asked for in one task into one request and caches them per context', async () => {
    let requests = 0;
    const adapter = withFaults(testAdapter(), (method) => {
      if (method === 'getPrices') requests++;
      return undefined;
    });
    const commerce = await testCommerce({ adapter });
    const products = await orderableProducts(commerce, 3);
    requests = 0;
    const quotes = await Promise.all(products.map((p) => commerce.prices.get(p.sku, 1)));
    expect(requests).to.equal(1);
    expect(quotes.map((q) => q.sku)).to.deep.equal(products.map((p) => p.sku));
    await commerce.prices.get(products[0]!.sku, 1);
    expect(requests).to.equal(1);
  });
});
