import { expect, html } from '@open-wc/testing';
import { UnavailableError, withFaults } from '../../src/index.js';
import '../../components/product/product.js';
import type { KontorProduct } from '../../components/product/product.js';
import type { KontorProductRatings } from '../../components/product/product-ratings.js';
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

describe('<kontor-product> content', () => {
  it('lists documents with kind and language, and accessories by name linking to their pages', async () => {
    const commerce = await testCommerce();
    const result = await commerce.adapter.search({ categoryId: 'bolts', limit: 40 });
    const products = await Promise.all(result.hits.map((h) => commerce.adapter.getProduct(h.product.sku)));
    const product = products.find((p) => p.accessories.length > 0 && p.documents.length > 0)!;
    const accessory = await commerce.adapter.getProduct(product.accessories[0]!);
    const element = await mount<KontorProduct>(html`<kontor-product sku=${product.sku}></kontor-product>`, commerce);
    const links = await until(() => (element.shadowRoot?.querySelectorAll('ul.documents a').length ? element.shadowRoot.querySelectorAll('ul.documents a') : null), 'the documents');
    expect([...links].map((a) => a.getAttribute('href'))).to.deep.equal(product.documents.map((d) => d.url));
    const link = await until(() => [...element.shadowRoot!.querySelectorAll('ul.accessories a')].find((a) => a.textContent === accessory.name), 'the accessory by name');
    expect(link.getAttribute('href')).to.equal(`product.html?sku=${encodeURIComponent(accessory.sku)}`);
    expect(element.shadowRoot!.querySelector('ul.accessories kontor-price')).to.not.equal(null);
  });

  it('sends a question that the account then sees, keeping the text when sending fails', async () => {
    let failing = true;
    const adapter = withFaults(testAdapter(), (method) => (method === 'askQuestion' && failing ? { failBefore: new UnavailableError('Sales desk offline') } : undefined));
    const commerce = await testCommerce({ adapter });
    const [summary] = await orderableProducts(commerce);
    const element = await mount<KontorProduct>(html`<kontor-product sku=${summary!.sku}></kontor-product>`, commerce);
    const questions = await until(() => element.shadowRoot?.querySelector('kontor-product-questions')?.shadowRoot?.querySelector('form') ? element.shadowRoot!.querySelector('kontor-product-questions')! : null, 'the question form');
    const root = questions.shadowRoot!;
    const textarea = root.querySelector('textarea')!;
    const submit = root.querySelector<HTMLButtonElement>('button[type=submit]')!;
    submit.click();
    await until(() => root.querySelector('[role=alert]')?.textContent?.includes('at least 3'), 'the too-short message');
    const text = `Does it fit a DIN 125 washer? ${Date.now()}`;
    textarea.value = text;
    textarea.dispatchEvent(new Event('input'));
    await questions.updateComplete;
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => root.querySelector('[role=alert]')?.textContent?.includes('Sales desk offline'), 'the failure');
    expect(root.querySelector('textarea')!.value).to.equal(text);
    failing = false;
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => root.querySelector('ul li p')?.textContent === text, 'the question in the list');
    expect(root.querySelector('textarea')!.value).to.equal('');
    const listed = await commerce.adapter.listQuestions!({ sku: summary!.sku });
    expect(listed.map((q) => q.text)).to.include(text);
  });

  it('shows when the account last ordered the product', async () => {
    const commerce = await testCommerce();
    const [summary] = await orderableProducts(commerce);
    const session = commerce.$session.get().value!;
    await commerce.addToCart([{ sku: summary!.sku, quantity: Math.max(summary!.quantity.minQuantity, summary!.quantity.packSize) }]);
    await commerce.adapter.placeOrder({ idempotencyKey: crypto.randomUUID(), billToId: session.context!.billToId, shipToId: session.context!.shipToId, partialDelivery: true, paymentMethod: 'invoice' });
    const element = await mount<KontorProduct>(html`<kontor-product sku=${summary!.sku}></kontor-product>`, commerce);
    const note = await until(() => element.shadowRoot?.querySelector('[part=ordered-before]'), 'the ordered-before note');
    expect(note.textContent).to.contain('Last ordered on');
  });

  it('writes schema.org JSON-LD into the light DOM that a hostile name cannot break out of', async () => {
    const hostile = '</script><script>window.__kontorPwned=4</script>';
    const adapter = withFaults(testAdapter(), (method) => (method === 'getProduct' ? { transform: (p) => ({ ...(p as object), name: hostile }) } : undefined));
    const commerce = await testCommerce({ adapter, loggedIn: false });
    const [summary] = await orderableProducts(commerce);
    const element = await mount<KontorProduct>(html`<kontor-product sku=${summary!.sku}></kontor-product>`, commerce);
    const script = await until(() => element.querySelector<HTMLScriptElement>('script[type="application/ld+json"]'), 'the JSON-LD');
    expect(script.textContent).not.to.contain('</script');
    const data = JSON.parse(script.textContent!) as { '@type': string; name: string; sku: string; offers: { '@type': string; priceCurrency: string } };
    expect(data['@type']).to.equal('Product');
    expect(data.name).to.equal(hostile);
    expect(data.sku).to.equal(summary!.sku);
    expect(data.offers['@type']).to.equal('Offer');
    expect(element.querySelectorAll('script')).to.have.length(1);
    expect((window as { __kontorPwned?: number }).__kontorPwned).to.equal(undefined);
  });
});

describe('<kontor-product-ratings>', () => {
  it('lets an account that ordered the product rate it, and explains the rule to others', async () => {
    const commerce = await testCommerce();
    const products = await orderableProducts(commerce, 8);
    const orders = await commerce.adapter.listOrders({ limit: 200 });
    const [ordered, other] = products.filter((p) => !orders.some((o) => o.lines.some((l) => l.sku === p.sku)));
    const session = commerce.$session.get().value!;
    await commerce.addToCart([{ sku: ordered!.sku, quantity: Math.max(ordered!.quantity.minQuantity, ordered!.quantity.packSize) }]);
    await commerce.adapter.placeOrder({ idempotencyKey: crypto.randomUUID(), billToId: session.context!.billToId, shipToId: session.context!.shipToId, partialDelivery: true, paymentMethod: 'invoice' });

    const notOrdered = await mount<KontorProductRatings>(html`<kontor-product-ratings sku=${other!.sku}></kontor-product-ratings>`, commerce);
    await until(() => shadowText(notOrdered).includes('once your company has ordered it'), 'the rule');
    expect(notOrdered.shadowRoot!.querySelector('form')).to.equal(null);

    const element = await mount<KontorProductRatings>(html`<kontor-product-ratings sku=${ordered!.sku}></kontor-product-ratings>`, commerce);
    const form = await until(() => element.shadowRoot?.querySelector('form'), 'the rating form');
    await expect(element).to.be.accessible();
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => element.shadowRoot!.querySelector('[role=alert]')?.textContent?.includes('1 to 5 stars'), 'the missing stars');
    form.querySelectorAll<HTMLInputElement>('input[name=stars]')[3]!.click();
    const comment = form.querySelector('textarea')!;
    comment.value = 'Threads clean, packed well.';
    comment.dispatchEvent(new Event('input'));
    await element.updateComplete;
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => shadowText(element).includes('Threads clean, packed well.'), 'the review in the list');
    const ratings = await commerce.adapter.getRatings!(ordered!.sku);
    expect(ratings.mine?.stars).to.equal(4);
    expect(shadowText(element)).to.contain('Change your rating');
  });
});
