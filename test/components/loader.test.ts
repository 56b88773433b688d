import { expect } from '@open-wc/testing';
import { pageCommerce, whenConfigured } from '../../src/index.js';
import { until } from './helpers/storefront.js';

describe('CDN loader (components/kontor.ts)', () => {
  before(async () => {
    // The loader reads the page-level configuration from its script tag's data attributes.
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.kontor = '';
    script.dataset.backend = 'local';
    script.dataset.catalogSize = '2000';
    document.head.append(script);
    document.body.insertAdjacentHTML('beforeend', '<kontor-product-listing id="on-load" category="tools" page-size="2"></kontor-product-listing>');
    await import('../../components/kontor.js');
  });

  it('defines the tags on the page, and only those', async () => {
    await until(() => customElements.get('kontor-product-listing'), 'the listing definition');
    expect(customElements.get('kontor-cart'), 'a tag that is not on the page').to.equal(undefined);
    expect(customElements.get('kontor-login')).to.equal(undefined);
  });

  it('defines a tag added later, on first use', async () => {
    expect(customElements.get('kontor-login')).to.equal(undefined);
    const login = document.createElement('kontor-login');
    document.body.append(login);
    await until(() => customElements.get('kontor-login'), 'the login definition');
    await until(() => login.shadowRoot?.querySelector('form, button'), 'the login element rendered');
    login.remove();
  });

  it('configures the page-level storefront from the script tag and serves tags with no storefront around them', async () => {
    const commerce = await whenConfigured();
    expect(pageCommerce()).to.equal(commerce);
    const listing = document.getElementById('on-load')!;
    await until(() => listing.shadowRoot?.querySelectorAll('li.card:not(.skeleton)').length === 2, 'listing results');
  });

  it('warns about an unknown kontor- tag instead of failing', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      document.body.insertAdjacentHTML('beforeend', '<kontor-no-such-thing></kontor-no-such-thing>');
      await until(() => warnings.length > 0, 'the warning');
    } finally {
      console.warn = original;
    }
    expect(warnings[0]).to.contain('kontor-no-such-thing');
  });
});

describe('<kontor-storefront> lifetime', () => {
  it('releases the backend it built when removed, and builds a fresh one when put back', async () => {
    await import('../../components/storefront/storefront.js');
    const storefront = document.createElement('kontor-storefront');
    storefront.setAttribute('catalog-size', '200');
    document.body.append(storefront);
    const first = await until(() => storefront.commerce, 'the storefront’s commerce');
    await first.ready();
    storefront.remove();
    expect(storefront.commerce).to.equal(undefined);
    // The worker is gone: its adapter can no longer answer.
    const answer = await Promise.race([
      first.adapter.info().then(() => 'answered', () => 'failed'),
      new Promise((resolve) => setTimeout(() => resolve('no answer'), 500)),
    ]);
    expect(answer).not.to.equal('answered');
    document.body.append(storefront);
    const second = await until(() => storefront.commerce, 'a new commerce');
    expect(second).not.to.equal(first);
    await second.ready();
    expect(second.$info.get()?.contractVersion).to.be.a('string');
    storefront.remove();
  });
});
