import { expect, html } from '@open-wc/testing';
import { createCommerce, UnavailableError, withFaults } from '../../src/index.js';
import '../../components/product-listing/product-listing.js';
import type { KontorProductListing } from '../../components/product-listing/product-listing.js';
import { demoUser, mount, shadowText, testAdapter, testCommerce, until } from './helpers/storefront.js';

const cards = (element: Element) => [...(element.shadowRoot?.querySelectorAll('li.card:not(.skeleton)') ?? [])];

describe('<kontor-product-listing>', () => {
  it('passes an axe check with results', async () => {
    const commerce = await testCommerce();
    const element = await mount<KontorProductListing>(html`<kontor-product-listing category="fasteners" page-size="4"></kontor-product-listing>`, commerce);
    await until(() => cards(element).length === 4, 'four cards');
    await expect(element).to.be.accessible();
  });

  it('lists a category’s products with names linking to the product page', async () => {
    const commerce = await testCommerce();
    const expected = await commerce.adapter.search({ categoryId: 'cables', limit: 6, sort: 'relevance' });
    const element = await mount<KontorProductListing>(html`<kontor-product-listing category="cables" page-size="6"></kontor-product-listing>`, commerce);
    await until(() => cards(element).length === 6, 'six cards');
    const links = cards(element).map((card) => card.querySelector('a.name')!.getAttribute('href'));
    expect(links).to.deep.equal(expected.hits.map((hit) => `product.html?sku=${encodeURIComponent(hit.product.sku)}`));
    expect(shadowText(element)).to.contain(new Intl.NumberFormat('en').format(expected.total));
  });

  it('pages forward and fires kontor-results for each rendered page', async () => {
    const commerce = await testCommerce();
    const results: number[] = [];
    const element = await mount<KontorProductListing>(html`<kontor-product-listing category="fasteners" page-size="3" @kontor-results=${(e: CustomEvent<{ total: number }>) => results.push(e.detail.total)}></kontor-product-listing>`, commerce);
    await until(() => cards(element).length === 3, 'the first page');
    const firstPage = cards(element).map((card) => card.querySelector('a.name')!.textContent);
    const next = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.pager button')].at(-1)!;
    next.click();
    await until(() => shadowText(element).includes('Page 2 of'), 'the second page');
    await until(() => cards(element).length === 3 && cards(element)[0]!.querySelector('a.name')!.textContent !== firstPage[0], 'new cards');
    expect(results.length).to.equal(2);
  });

  it('renders the first results’ cards in view first, and the rest after that frame', async () => {
    const commerce = await testCommerce();
    let first: { real: number; held: number; busy: string | null } | null = null;
    const element = await mount<KontorProductListing>(
      html`<kontor-product-listing
        category="cables"
        page-size="12"
        @kontor-results=${(e: Event) => {
          // Sent once the results are rendered, before the next frame.
          const root = (e.target as Element).shadowRoot!;
          first ??= { real: cards(e.target as Element).length, held: root.querySelectorAll('li.card.skeleton').length, busy: root.querySelector('ol.cards')!.getAttribute('aria-busy') };
        }}
      ></kontor-product-listing>`,
      commerce,
    );
    await until(() => cards(element).length === 12, 'all twelve cards');
    expect(first).to.deep.equal({ real: 8, held: 4, busy: 'true' });
    expect(element.shadowRoot!.querySelectorAll('li.card.skeleton').length).to.equal(0);
    expect(element.shadowRoot!.querySelector('ol.cards')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('shows an empty state for a query that finds nothing', async () => {
    const commerce = await testCommerce();
    const element = await mount<KontorProductListing>(html`<kontor-product-listing query="qqqxxyyzz"></kontor-product-listing>`, commerce);
    await until(() => shadowText(element).includes('No products found'), 'the empty state');
  });

  it('shows the error with a retry that recovers', async () => {
    let failing = true;
    const adapter = withFaults(testAdapter(), (method) => (method === 'search' && failing ? { failBefore: new UnavailableError('Search is down') } : undefined));
    const commerce = await testCommerce({ adapter, loggedIn: false });
    const element = await mount<KontorProductListing>(html`<kontor-product-listing category="tools" page-size="2"></kontor-product-listing>`, commerce);
    const alert = await until(() => element.shadowRoot!.querySelector('[role=alert]'), 'the error');
    expect(alert.textContent).to.contain('Search is down');
    failing = false;
    alert.querySelector('button')!.click();
    await until(() => cards(element).length === 2, 'results after retry');
  });

  it('renders hostile product names as text', async () => {
    const hostile = '<img src=x onerror="window.__kontorPwned=1">';
    const adapter = withFaults(testAdapter(), (method) =>
      method === 'search'
        ? { transform: (r) => ({ ...(r as object), hits: (r as { hits: { product: object }[] }).hits.map((h) => ({ ...h, product: { ...h.product, name: hostile } })) }) }
        : undefined,
    );
    const commerce = await testCommerce({ adapter, loggedIn: false });
    const element = await mount<KontorProductListing>(html`<kontor-product-listing category="tools" page-size="2"></kontor-product-listing>`, commerce);
    await until(() => cards(element).length === 2, 'cards');
    expect(cards(element)[0]!.querySelector('a.name')!.textContent).to.equal(hostile);
    expect(element.shadowRoot!.querySelector('img[onerror]')).to.equal(null);
    expect((window as { __kontorPwned?: number }).__kontorPwned).to.equal(undefined);
  });

  it('searches once, with the buyer’s session, when it renders before the storefront asked for the session', async () => {
    let searches = 0;
    const adapter = withFaults(testAdapter(), (method) => {
      if (method === 'search') searches++;
      return undefined;
    });
    // Signs the buyer in on this adapter; a second storefront on it starts as a page load does.
    await testCommerce({ adapter });
    searches = 0;
    const commerce = createCommerce(adapter);
    const element = await mount<KontorProductListing>(html`<kontor-product-listing category="tools" page-size="2"></kontor-product-listing>`, commerce);
    await until(() => cards(element).length === 2, 'cards');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(searches).to.equal(1);
  });

  it('sends its first search while the session is on its way, and keeps it and its prices when the session comes', async () => {
    const calls: string[] = [];
    const adapter = withFaults(testAdapter(), (method) => {
      if (method === 'search' || method === 'getPrices') calls.push(method);
      // A slow session answer: the search must not wait for it.
      return method === 'getSession' ? { delayMs: 300, transform: (session) => (calls.push('session'), session) } : undefined;
    });
    // Signs the buyer in on this adapter; a second storefront on it starts as a page load does.
    await testCommerce({ adapter });
    calls.length = 0;
    const commerce = createCommerce(adapter);
    const element = await mount<KontorProductListing>(html`<kontor-product-listing category="tools" page-size="2"></kontor-product-listing>`, commerce);
    await until(() => cards(element).length === 2, 'cards');
    await until(() => commerce.$session.get().value?.user, 'the buyer’s session');
    await until(() => [...element.shadowRoot!.querySelectorAll('kontor-price')].every((price) => price.shadowRoot?.textContent?.includes('€')), 'the cards’ prices');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The search's prices serve the cards: no price request, before the session or after it.
    expect(calls).to.deep.equal(['search', 'session']);
  });

  it('searches again when a login comes before the first session', async () => {
    const calls: string[] = [];
    const adapter = withFaults(testAdapter(), (method) => {
      if (method === 'search') calls.push('search');
      if (method === 'login') calls.push('login');
      return method === 'getSession' ? { delayMs: 300, transform: (session) => (calls.push('session'), session) } : undefined;
    });
    const commerce = createCommerce(adapter);
    const element = await mount<KontorProductListing>(html`<kontor-product-listing category="tools" page-size="2"></kontor-product-listing>`, commerce);
    await until(() => calls.includes('search'), 'the first search');
    const buyer = await demoUser('buyer');
    await commerce.login({ email: buyer.email, password: buyer.password });
    await until(() => calls.filter((call) => call === 'search').length === 2, 'a search for the buyer');
    await until(() => cards(element).length === 2 && calls.includes('session'), 'cards and the first session');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The first search spoke for nobody; the buyer's results come from a search after the login.
    expect(calls).to.deep.equal(['search', 'login', 'search', 'session']);
  });
});
