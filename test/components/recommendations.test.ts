import { expect, html } from '@open-wc/testing';
import { UnavailableError, withFaults, type Commerce } from '../../src/index.js';
import '../../components/recommendations/recommendations.js';
import type { KontorRecommendations } from '../../components/recommendations/recommendations.js';
import { consent } from '../../sdk/consent/index.js';
import { emit } from '../../components/shared/events.js';
import { profileLoaded } from '../../sdk/personalization/index.js';
import { exclusiveStorage } from '../sdk/helpers/personalization.js';
import { mount, orderableProducts, shadowText, testAdapter, testCommerce, until } from './helpers/storefront.js';

const cards = (element: Element) => [...(element.shadowRoot?.querySelectorAll('li:not(.skeleton)') ?? [])];
const skus = (element: Element) => cards(element).map((card) => card.querySelector('[translate=no]')!.textContent);

async function placeOrder(commerce: Commerce, count: number): Promise<string[]> {
  const products = await orderableProducts(commerce, count);
  await commerce.addToCart(products.map((p) => ({ sku: p.sku, quantity: Math.max(p.quantity.minQuantity, p.quantity.packSize) })));
  const session = commerce.$session.get().value!;
  await commerce.placeOrder({ idempotencyKey: crypto.randomUUID(), billToId: session.context!.billToId, shipToId: session.context!.shipToId, partialDelivery: false, paymentMethod: 'invoice' });
  return products.map((p) => p.sku);
}

describe('<kontor-recommendations>', () => {
  exclusiveStorage();

  it('passes an axe check with products', async () => {
    const commerce = await testCommerce({ loggedIn: false });
    const element = await mount<KontorRecommendations>(html`<kontor-recommendations kind="popular" limit="3"></kontor-recommendations>`, commerce);
    await until(() => cards(element).length === 3, 'three cards');
    await expect(element).to.be.accessible();
  });

  it('keeps one height while loading and when filled', async () => {
    const commerce = await testCommerce({ loggedIn: false });
    const element = await mount<KontorRecommendations>(html`<kontor-recommendations kind="popular" limit="4"></kontor-recommendations>`, commerce);
    const loadingHeight = element.getBoundingClientRect().height;
    await until(() => cards(element).length === 4, 'four cards');
    expect(element.getBoundingClientRect().height).to.equal(loadingHeight);
    expect(loadingHeight).to.equal(330);
  });

  it('"popular in your industry" draws from the category mapped to the customer group', async () => {
    const commerce = await testCommerce();
    const group = commerce.$session.get().value!.accounts[0]!.customerGroupId;
    const expected = await commerce.adapter.search({ categoryId: 'cables', sort: 'relevance', limit: 6 });
    const element = await mount<KontorRecommendations>(
      html`<kontor-recommendations kind="popular" limit="2" .industryCategories=${{ [group]: 'cables' }}></kontor-recommendations>`,
      commerce,
    );
    await until(() => cards(element).length === 2, 'two cards');
    expect(skus(element)).to.deep.equal(expected.hits.filter((h) => !h.product.discontinued).slice(0, 2).map((h) => h.product.sku));
    expect(shadowText(element)).to.contain('Popular in your industry');
  });

  it('"reorder" lists what the account ordered before; auto prefers it', async () => {
    const commerce = await testCommerce();
    const ordered = await placeOrder(commerce, 2);
    const element = await mount<KontorRecommendations>(html`<kontor-recommendations limit="6"></kontor-recommendations>`, commerce);
    await until(() => cards(element).length > 0, 'cards');
    expect(shadowText(element)).to.contain('Reorder your usual items');
    expect(skus(element)).to.include.members(ordered);
  });

  it('"recently viewed" needs consent: empty note without it, the viewed products with it', async () => {
    const commerce = await testCommerce({ loggedIn: false });
    const [first, second] = await orderableProducts(commerce, 2);
    const view = (sku: string) => emit(document, 'kontor-product-view', { sku, categoryIds: [] });
    const without = await mount<KontorRecommendations>(html`<kontor-recommendations kind="recently-viewed"></kontor-recommendations>`, commerce);
    view(first!.sku);
    await until(() => shadowText(without).includes('Nothing to recommend yet'), 'the empty note');
    expect(without.matches(':state(empty)')).to.equal(true);

    consent.set({ personalization: true });
    view(first!.sku);
    view(second!.sku);
    expect((await profileLoaded())?.recentlyViewed).to.deep.equal([second!.sku, first!.sku]);
    const withConsent = await mount<KontorRecommendations>(html`<kontor-recommendations kind="recently-viewed"></kontor-recommendations>`, commerce);
    await until(() => cards(withConsent).length === 2, 'two cards');
    expect(skus(withConsent)).to.deep.equal([second!.sku, first!.sku]);
  });

  it('shows a failure with a retry that recovers', async () => {
    let failing = true;
    const adapter = withFaults(testAdapter(), (method) => (method === 'search' && failing ? { failBefore: new UnavailableError('Search is down') } : undefined));
    const commerce = await testCommerce({ adapter, loggedIn: false });
    const element = await mount<KontorRecommendations>(html`<kontor-recommendations kind="popular" limit="2"></kontor-recommendations>`, commerce);
    const alert = await until(() => element.shadowRoot!.querySelector('[role=alert]'), 'the error');
    expect(alert.textContent).to.contain('Search is down');
    expect(element.matches(':state(error)')).to.equal(true);
    failing = false;
    alert.querySelector('button')!.click();
    await until(() => cards(element).length === 2, 'cards after retry');
  });
});
