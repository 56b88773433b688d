import { expect, html } from '@open-wc/testing';
import { withFaults } from '../../src/index.js';
import '../../components/product/product.js';
import type { KontorProduct } from '../../components/product/product.js';
import { mount, orderableProducts, shadowText, testAdapter, testCommerce, until } from './helpers/storefront.js';

describe('<kontor-product>', () => {
  it('passes an axe check', async () => {
    const commerce = await testCommerce();
    const [summary] = await orderableProducts(commerce);
    const element = await mount<KontorProduct>(html`<kontor-product sku=${summary!.sku}></kontor-product>`, commerce);
    await until(() => element.shadowRoot?.querySelector('[part=title]'), 'the product');
    await expect(element).to.be.accessible();
  });

  it('shows identifiers, technical data with units and stock per warehouse, and fires kontor-product-view', async () => {
    const commerce = await testCommerce();
    const [summary] = await orderableProducts(commerce);
    const product = await commerce.adapter.getProduct(summary!.sku);
    const views: string[] = [];
    document.addEventListener('kontor-product-view', (e) => views.push(e.detail.sku), { once: true });
    const element = await mount<KontorProduct>(html`<kontor-product sku=${product.sku}></kontor-product>`, commerce);
    await until(() => element.shadowRoot?.querySelector('[part=title]'), 'the product');
    const text = shadowText(element);
    expect(text).to.contain(product.name).and.contain(product.sku).and.contain(product.mpn);
    for (const level of product.stock) expect(text).to.contain(level.warehouseName);
    const numeric = product.attributes.find((a) => a.type === 'number' && a.unit);
    if (numeric && numeric.type === 'number') expect(text).to.contain(`${numeric.unit}`);
    expect(views).to.deep.equal([product.sku]);
  });

  it('says when a SKU does not exist', async () => {
    const commerce = await testCommerce();
    const element = await mount<KontorProduct>(html`<kontor-product sku="NO-SUCH-1"></kontor-product>`, commerce);
    await until(() => shadowText(element).includes('was not found'), 'the not-found message');
  });

  it('renders a hostile description without running it', async () => {
    const adapter = withFaults(testAdapter(), (method) =>
      method === 'getProduct'
        ? { transform: (p) => ({ ...(p as object), descriptionHtml: '<p>Safe text</p><img src=x onerror="window.__kontorPwned=1"><script>window.__kontorPwned=2</script><a href="javascript:window.__kontorPwned=3">link</a>' }) }
        : undefined,
    );
    const commerce = await testCommerce({ adapter, loggedIn: false });
    const [summary] = await orderableProducts(commerce);
    const element = await mount<KontorProduct>(html`<kontor-product sku=${summary!.sku}></kontor-product>`, commerce);
    const description = await until(() => element.shadowRoot?.querySelector('.description'), 'the description');
    expect(description.textContent).to.contain('Safe text');
    expect(description.querySelector('script, [onerror]')).to.equal(null);
    expect(description.querySelector('a')?.getAttribute('href') ?? '').not.to.contain('javascript:');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __kontorPwned?: number }).__kontorPwned).to.equal(undefined);
  });
});
