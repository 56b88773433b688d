import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createCheckout, createCommerce, createDurableStore, createHttpAdapter, type Commerce } from '../../src/index.js';
import '../../components/login/login.js';
import '../../components/price/price.js';
import type { KontorLogin } from '../../components/login/login.js';
import { demoUser, demoUsers, mount, shadowText, testCommerce, until } from './helpers/storefront.js';

/**
 * Every value this page keeps in localStorage, sessionStorage and IndexedDB, as text. The
 * embedded reference backend's own database is left out: it plays the server, whose job is
 * to keep carts for the next login.
 */
async function storedOnDevice(): Promise<string[]> {
  const found: string[] = [];
  for (const storage of [localStorage, sessionStorage]) {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i) ?? '';
      found.push(`${key}=${storage.getItem(key) ?? ''}`);
    }
  }
  for (const info of await indexedDB.databases()) {
    if (!info.name || info.name === 'kontor-reference') continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(info.name!);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    for (const storeName of db.objectStoreNames) {
      const values = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
      found.push(...values.map((v) => `${info.name}/${storeName}:${JSON.stringify(v)}`));
    }
    db.close();
  }
  return found;
}

/** Waits until an asynchronous check holds (storage writes settle after the action). */
async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** A storefront on the Node reference server, keeping its token where a real page does. */
async function serverCommerce(options: { onDevice?: boolean } = {}): Promise<Commerce> {
  const baseUrl = window.KONTOR_TEST_API_URL;
  if (!baseUrl) throw new Error('The test runner did not start the API server.');
  const commerce = createCommerce(createHttpAdapter({ baseUrl }), options.onDevice ? { storage: createDurableStore() } : {});
  await commerce.ready();
  return commerce;
}

async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  await sendKeys({ type: text });
}

describe('<kontor-login>', () => {
  it('passes an axe check', async () => {
    const commerce = await testCommerce({ loggedIn: false });
    const element = await mount<KontorLogin>(html`<kontor-login></kontor-login>`, commerce);
    await expect(element).to.be.accessible();
  });

  it('refuses a wrong password, keeps the e-mail and says so', async () => {
    const commerce = await testCommerce({ loggedIn: false });
    const user = await demoUser('buyer');
    const element = await mount<KontorLogin>(html`<kontor-login></kontor-login>`, commerce);
    const [email, password] = [...element.shadowRoot!.querySelectorAll('input')];
    await typeInto(email!, user.email);
    await typeInto(password!, 'not-the-password');
    await sendKeys({ press: 'Enter' });
    await until(() => element.shadowRoot!.querySelector('[role=alert]')?.textContent?.trim(), 'the error');
    expect(email!.value).to.equal(user.email);
    expect(commerce.$session.get().value?.user).to.equal(null);
  });

  it('logs in with the keyboard and out again, clearing the cart', async () => {
    const commerce = await testCommerce({ loggedIn: false });
    const user = await demoUser('buyer');
    const element = await mount<KontorLogin>(html`<kontor-login></kontor-login>`, commerce);
    const [email, password] = [...element.shadowRoot!.querySelectorAll('input')];
    await typeInto(email!, user.email);
    await typeInto(password!, user.password);
    await sendKeys({ press: 'Enter' });
    await until(() => shadowText(element).includes(user.name), 'the logged-in state');
    element.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await until(() => element.shadowRoot!.querySelector('form'), 'the login form again');
    expect(commerce.$cart.get().value).to.equal(null);
  });

  it('leaves nothing of the user on the device after logout; the next user sees only their own cart', async () => {
    const commerce = await serverCommerce();
    const users = await demoUsers();
    const first = users.find((u) => u.email === 'einkauf@mueller.example')!;
    const next = users.find((u) => u.email === 'buyer@hansen.example')!;
    const page = await mount<HTMLElement>(html`<div><kontor-login></kontor-login><kontor-price sku="KT-100000"></kontor-price></div>`, commerce);
    const element = page.querySelector('kontor-login')!;
    const price = page.querySelector('kontor-price')!;
    const [email, password] = [...element.shadowRoot!.querySelectorAll('input')];
    await typeInto(email!, first.email);
    await typeInto(password!, first.password);
    await sendKeys({ press: 'Enter' });
    await until(() => shadowText(element).includes(first.name), 'the logged-in state');
    await until(() => shadowText(price).includes('contract'), 'the contract price');
    const cart = await commerce.addToCart([{ sku: 'KT-100000', quantity: 1000 }]);
    const token = (await storedOnDevice()).find((entry) => entry.startsWith('kontor.token:'))?.split('=')[1];
    expect(token, 'the session token is kept on the device while logged in').to.be.a('string').and.not.equal('');

    element.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await until(() => element.shadowRoot!.querySelector('form'), 'the login form again');
    await until(() => !shadowText(price).includes('contract'), 'the anonymous price');

    const left = (await storedOnDevice()).join('\n');
    for (const secret of [token!, cart.id, first.email, first.name, 'acc-mueller']) expect(left, `storage still holds ${secret}`).not.to.contain(secret);
    expect(commerce.$cart.get().value).to.equal(null);
    expect(commerce.$session.get().value?.user).to.equal(null);
    expect(shadowText(price)).not.to.contain('contract');

    await commerce.login({ email: next.email, password: next.password });
    await until(() => commerce.$cart.get().status === 'ready', 'the next user’s cart');
    expect(commerce.$cart.get().value?.lines.some((l) => l.sku === 'KT-100000' && l.quantity === 1000)).to.equal(false);
    await commerce.logout();

    await commerce.login({ email: first.email, password: first.password });
    const kept = await commerce.refreshCart();
    expect(kept?.lines.some((l) => l.sku === 'KT-100000'), 'the first user’s cart waited on the server').to.equal(true);
    for (const line of kept?.lines ?? []) await commerce.removeCartLine(line.id);
    await commerce.logout();
  });

  it('removes the carts and checkout drafts of every account it kept on the device', async () => {
    const commerce = await serverCommerce({ onDevice: true });
    const user = (await demoUsers()).find((u) => u.email === 'einkauf@mueller.example')!;
    const session = await commerce.login({ email: user.email, password: user.password });
    const checkout = createCheckout(commerce);
    const stopDraft = checkout.$draft.listen(() => undefined);
    const [first, second] = session.accounts;
    const carts: string[] = [];
    try {
      for (const account of [first!, second!]) {
        await commerce.setContext({ accountId: account.id });
        const cart = await commerce.addToCart([{ sku: 'KT-100001', quantity: 100 }]);
        carts.push(cart.id);
        checkout.updateDraft({ poNumber: `PO-SECRET-${account.id}` });
      }
      await eventually(async () => {
        const kept = (await storedOnDevice()).join('\n');
        return carts.every((id) => kept.includes(id)) && kept.includes('PO-SECRET');
      }, 'both carts and drafts kept on the device');
      await commerce.logout();
      await eventually(async () => {
        const left = (await storedOnDevice()).join('\n');
        return !carts.some((id) => left.includes(id)) && !left.includes('PO-SECRET');
      }, 'nothing of the user left on the device');
    } finally {
      stopDraft();
      commerce.dispose();
    }
    await commerce.login({ email: user.email, password: user.password });
    for (const account of [first!, second!]) {
      await commerce.setContext({ accountId: account.id });
      const kept = await commerce.refreshCart();
      expect(kept?.lines.some((l) => l.sku === 'KT-100001'), `the cart of ${account.id} waited on the server`).to.equal(true);
      for (const line of kept?.lines ?? []) await commerce.removeCartLine(line.id);
    }
    await commerce.logout();
  });
});
