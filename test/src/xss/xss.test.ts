/**
 * Hostile data everywhere Kontor renders it: 124 known XSS payloads (test/fixtures) in every
 * piece of backend data the elements show (product names, descriptions, attribute values,
 * brands, categories, addresses, order notes, approval comments), in search queries, URL
 * parameters and pasted CSV cells. Each payload calls `kontorXss(<its number>)` if it ever
 * runs; the test watches for that, for event handler attributes, for active elements and for
 * URLs that would run script when followed, through every shadow root.
 */
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { withFaults, type Commerce, type CommerceAdapter } from '../../../src/index.js';
import { sanitizedHtml } from '../../../components/shared/sanitize.js';
import '../../../components/product-listing/product-listing.js';
import '../../../components/product/product.js';
import '../../../components/cart/cart.js';
import '../../../components/mini-cart/mini-cart.js';
import '../../../components/order-history/order-history.js';
import '../../../components/approval-inbox/approval-inbox.js';
import '../../../components/account-switcher/account-switcher.js';
import '../../../components/search-box/search-box.js';
import '../../../components/quick-order/quick-order.js';
import { mount, orderableProducts, testAdapter, testCommerce, until } from '../../components/helpers/storefront.js';
import { XSS_PAYLOADS, armedPayloads } from '../../fixtures/xss-payloads.js';

declare global {
  interface Window {
    kontorXss?: (n: number) => void;
  }
}

const PAYLOADS = armedPayloads('kontorXss');

/** Strings of backend data that elements render as text or (descriptions) as sanitized HTML. */
const RENDERED_FIELDS = new Set([
  'name', 'description', 'brand', 'label', 'title', 'comment', 'note', 'street', 'city', 'company', 'companyName',
  'text', 'userName', 'sourceLabel', 'intro', 'warranty', 'alt', 'costCenterName', 'categoryName', 'value', 'poNumber',
]);

/** Every rendered string of every reply becomes the next payload, round the corpus. */
function poisoned(adapter: CommerceAdapter, next: () => string): CommerceAdapter {
  const poison = (value: unknown, key: string | null): unknown => {
    if (typeof value === 'string') return key !== null && RENDERED_FIELDS.has(key) ? next() : value;
    if (Array.isArray(value)) return value.map((item) => poison(item, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
    }
    return value;
  };
  return withFaults(adapter, (method) => (method === 'login' || method === 'listDemoUsers' ? undefined : { transform: (result) => poison(result, null) }));
}

/** Everything active found under `root`, through shadow roots. */
function dangers(root: Node): string[] {
  const found: string[] = [];
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'background', 'poster'];
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      const tag = node.localName;
      const dataScript = tag === 'script' && node.getAttribute('type') === 'application/ld+json';
      if (!dataScript && ['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'applet'].includes(tag)) found.push(`<${tag}>`);
      for (const attribute of node.attributes) {
        const value = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (attribute.name.startsWith('on')) found.push(`<${tag} ${attribute.name}>`);
        if (urlAttributes.includes(attribute.name) && /^(javascript|vbscript|data:text\/html)/.test(value)) found.push(`<${tag} ${attribute.name}=${value.slice(0, 40)}>`);
        if (attribute.name === 'style' && /expression|javascript:|behavior|binding/.test(value)) found.push(`<${tag} style=${value.slice(0, 40)}>`);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
      if (node instanceof HTMLTemplateElement) visit(node.content);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}

/** Lets error events of broken images and autofocus handlers fire, if anything attached them. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 150));

describe('XSS corpus', function () {
  this.timeout(120_000);
  const executed: number[] = [];
  let cursor = 0;
  const nextPayload = (): string => PAYLOADS[cursor++ % PAYLOADS.length]!;
  const startUrl = location.href;

  before(() => {
    window.kontorXss = (n) => executed.push(n);
  });
  afterEach(() => {
    expect(executed, 'payloads that ran').to.deep.equal([]);
    expect(location.href, 'no payload navigated').to.equal(startUrl);
  });

  it('has at least 100 payloads, each one armed', () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(100);
    // The detector works: a payload that runs is seen.
    const probe = document.createElement('img');
    probe.setAttribute('onerror', 'kontorXss(-1)');
    probe.src = 'data:,not-an-image';
    return until(() => executed.length > 0, 'the probe to run').then(() => {
      expect(executed).to.deep.equal([-1]);
      executed.length = 0;
    });
  });

  it('sanitizes every payload in a product description (the one HTML door)', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    for (const payload of PAYLOADS) {
      render(html`<div>${sanitizedHtml(payload)}</div>`, host);
      expect(dangers(host), payload).to.deep.equal([]);
    }
    await settle();
    host.remove();
  });

  describe('in backend data rendered by the elements', () => {
    let commerce: Commerce;

    before(async function () {
      this.timeout(120_000);
      // Orders with notes and a comment exist before the data turns hostile.
      const clean = await testCommerce();
      const [product] = await orderableProducts(clean, 1);
      await clean.addToCart([{ sku: product!.sku, quantity: Math.max(product!.quantity.minQuantity, product!.quantity.packSize) }]);
      const context = clean.$session.get().value!.context!;
      await clean.placeOrder({ idempotencyKey: crypto.randomUUID(), billToId: context.billToId, shipToId: context.shipToId, partialDelivery: true, paymentMethod: 'card', comment: PAYLOADS[0]!, poNumber: PAYLOADS[1]!.slice(0, 100) });
      commerce = await testCommerce({ adapter: poisoned(testAdapter(), nextPayload) });
      const products = await orderableProducts(commerce, 3);
      for (const p of products) await commerce.addToCart([{ sku: p.sku, quantity: Math.max(p.quantity.minQuantity, p.quantity.packSize) }]);
    });

    // Several rounds, so that every payload lands in every kind of element.
    for (let round = 0; round < 4; round++) {
      it(`round ${round + 1}: listing, product, cart, mini cart, order history, inbox and account switcher stay inert`, async () => {
        const page = await mount<HTMLElement>(
          html`<div>
            <kontor-product-listing category="fasteners" page-size="24"></kontor-product-listing>
            <kontor-product sku="KT-100001"></kontor-product>
            <kontor-cart></kontor-cart>
            <kontor-mini-cart></kontor-mini-cart>
            <kontor-order-history></kontor-order-history>
            <kontor-approval-inbox></kontor-approval-inbox>
            <kontor-account-switcher></kontor-account-switcher>
          </div>`,
          commerce,
        );
        await until(() => page.querySelector('kontor-product-listing')?.shadowRoot?.querySelector('li.card:not(.skeleton)'), 'the listing');
        await until(() => page.querySelector('kontor-product')?.shadowRoot?.querySelector('[part=title]'), 'the product');
        await until(() => page.querySelector('kontor-order-history')?.shadowRoot?.querySelector('tr.order'), 'the order history');
        await settle();
        expect(dangers(page)).to.deep.equal([]);
        expect(cursor, 'payloads used so far').to.be.greaterThan(round * 50);
      });
    }

    it('used the whole corpus', () => {
      expect(cursor).to.be.at.least(PAYLOADS.length);
    });
  });

  it('keeps search queries inert in the search box and its suggestions', async () => {
    const commerce = await testCommerce({ loggedIn: false });
    const box = await mount<HTMLElement>(html`<kontor-search-box></kontor-search-box>`, commerce);
    const input = box.shadowRoot!.querySelector('input')!;
    for (const payload of PAYLOADS) {
      input.value = payload;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    input.value = `schraube ${PAYLOADS[0]}`;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle();
    await settle();
    expect(dangers(box)).to.deep.equal([]);
  });

  it('keeps URL parameters and query attributes inert', async () => {
    const commerce = await testCommerce({ loggedIn: false });
    for (const payload of PAYLOADS.slice(0, 40)) {
      history.replaceState(null, '', `?sku=${encodeURIComponent(payload)}`);
      const page = await mount<HTMLElement>(
        html`<div><kontor-product url-param="sku"></kontor-product><kontor-product-listing query=${payload} page-size="3"></kontor-product-listing></div>`,
        commerce,
      );
      await until(() => page.querySelector('kontor-product')?.shadowRoot?.querySelector('.notice, [part=title]'), 'the product page to answer');
      expect(dangers(page), payload).to.deep.equal([]);
    }
    history.replaceState(null, '', startUrl);
    await settle();
  });

  it('keeps pasted CSV cells inert in the quick order', async () => {
    const commerce = await testCommerce();
    const quick = await mount<HTMLElement>(html`<kontor-quick-order></kontor-quick-order>`, commerce);
    const textarea = await until(() => quick.shadowRoot?.querySelector('textarea'), 'the paste area');
    textarea.value = PAYLOADS.map((p, i) => (i % 2 ? `${p};${p}` : `KT-100001\t${p}`)).join('\n');
    const add = [...quick.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('Add pasted lines'))!;
    add.click();
    await until(() => (quick.shadowRoot?.querySelectorAll('input').length ?? 0) > 10, 'the pasted rows');
    await settle();
    expect(dangers(quick)).to.deep.equal([]);
  });
});
