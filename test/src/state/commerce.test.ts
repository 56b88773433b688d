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

  it('asks for the backend’s info and the session at once, and starts without the info if it fails', async () => {
    let releaseInfo: () => void = () => undefined;
    const infoHeld = new Promise<void>((resolve) => (releaseInfo = resolve));
    const calls: string[] = [];
    const adapter = withFaults(testAdapter(), (method) => {
      if (method === 'info' || method === 'getSession') calls.push(method);
      return method === 'info' ? { transform: async (result: unknown) => (await infoHeld, result) } : undefined;
    });
    const commerce = createCommerce(adapter);
    const ready = commerce.ready();
    await until(() => commerce.$session.get().status === 'ready', 'the session, while the info is held back');
    expect(calls).to.deep.equal(['info', 'getSession']);
    expect(commerce.$info.get()).to.equal(null);
    releaseInfo();
    await ready;
    expect(commerce.$info.get()?.capabilities.demoUsers).to.equal(true);

    const withoutInfo = createCommerce(withFaults(testAdapter(), (method) => (method === 'info' ? { failBefore: new Error('No info here') } : undefined)));
    await withoutInfo.ready();
    expect(withoutInfo.$info.get()).to.equal(null);
    expect(withoutInfo.$session.get()).to.include({ status: 'ready' });
  });

  it('names the caller before the first session, and keeps the name for that caller once the session comes', async () => {
    const adapter = testAdapter();
    // A returning buyer: the adapter holds the buyer's token before the page's storefront starts.
    await testCommerce({ adapter });
    const commerce = createCommerce(adapter);
    const first = commerce.callerKey();
    await commerce.ready();
    expect(commerce.$session.get().value?.user).to.not.equal(null);
    expect(commerce.callerKey()).to.equal(first);
    await commerce.logout();
    const anonymous = commerce.callerKey();
    expect(anonymous).to.not.equal(first);
    const buyer = await demoUser('buyer');
    await commerce.login({ email: buyer.email, password: buyer.password });
    expect(commerce.callerKey()).to.not.equal(anonymous);
  });

  it('names the first session anew when a login came before it', async () => {
    const adapter = withFaults(testAdapter(), (method) => (method === 'getSession' ? { delayMs: 200 } : undefined));
    const commerce = createCommerce(adapter);
    const first = commerce.callerKey();
    const ready = commerce.ready();
    const buyer = await demoUser('buyer');
    await commerce.login({ email: buyer.email, password: buyer.password });
    await ready;
    // Answers given to the caller before the login were for nobody: they are not the buyer's.
    expect(commerce.callerKey()).to.not.equal(first);
  });

  it('keeps a login’s session when the first session’s answer arrives after it', async () => {
    // The backend answers at once (anonymous), but the reply arrives late: after the login.
    const lateReply = (result: unknown) => new Promise((resolve) => setTimeout(() => resolve(result), 300));
    const adapter = withFaults(testAdapter(), (method) => (method === 'getSession' ? { transform: lateReply } : undefined));
    const commerce = createCommerce(adapter);
    const ready = commerce.ready();
    const buyer = await demoUser('buyer');
    await commerce.login({ email: buyer.email, password: buyer.password });
    await ready;
    expect(commerce.$session.get().value?.user?.email).to.equal(buyer.email);
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
