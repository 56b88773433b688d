/**
 * Prices across a whole page: the listing, the product element and loose price tags show
 * the same figure as search suggestions, the cart and the placed order, for random SKUs,
 * quantities and contexts; a ship-to switch re-prices all of them with one request.
 */
import { expect, html } from '@open-wc/testing';
import fc from 'fast-check';
import {
  formatMoney,
  nextAccepted,
  withFaults,
  type Commerce,
  type CommerceAdapter,
  type PriceQuote,
  type ProductSummary,
} from '../../src/index.js';
import '../../components/price/price.js';
import '../../components/product/product.js';
import '../../components/product-listing/product-listing.js';
import type { KontorProduct } from '../../components/product/product.js';
import type { KontorProductListing } from '../../components/product-listing/product-listing.js';
import { mount, testAdapter, testCommerce, until } from './helpers/storefront.js';

/** Every `<kontor-price>` under `root`, inside shadow roots too. */
function pricesIn(root: Element | ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.localName === 'kontor-price') found.push(element as HTMLElement);
    if (element.shadowRoot) found.push(...pricesIn(element.shadowRoot));
  }
  return found;
}

const netText = (price: Element): string | undefined => price.shadowRoot?.querySelector('[part=net]')?.textContent?.trim();
const noteText = (price: Element): string => price.shadowRoot?.querySelector('[part=note]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const shown = (quote: PriceQuote): string => formatMoney(quote.unitNet, 'en');

/** Products past the first SKUs (which carry contract prices, fixed whatever the ship-to). */
async function regionalProducts(commerce: Commerce, count: number): Promise<ProductSummary[]> {
  const result = await commerce.adapter.search({ limit: 200, sort: 'price-desc' });
  return result.hits.map((h) => h.product).filter((p) => p.sku > 'KT-100100' && !p.discontinued && !p.configurable).slice(0, count);
}

function countingAdapter(): { adapter: CommerceAdapter; requests: () => number; reset: () => void } {
  let count = 0;
  const adapter = withFaults(testAdapter(), (method) => {
    if (method === 'getPrices') count++;
    return undefined;
  });
  return { adapter, requests: () => count, reset: () => (count = 0) };
}

describe('prices on a page', () => {
  it('passes an axe check with a listing, a product and loose prices', async () => {
    const commerce = await testCommerce();
    const [product] = await regionalProducts(commerce, 1);
    const page = await mount<HTMLElement>(
      html`<div>
        <kontor-product-listing page-size="3"></kontor-product-listing>
        <kontor-product sku=${product!.sku}></kontor-product>
        <kontor-price sku=${product!.sku}></kontor-price>
      </div>`,
      commerce,
    );
    await until(() => pricesIn(page).length >= 5 && pricesIn(page).every(netText), 'every price');
    await expect(page).to.be.accessible();
  });

  it('re-prices the listing, the product and every price tag in one request when the ship-to changes', async () => {
    const { adapter, requests, reset } = countingAdapter();
    const commerce = await testCommerce({ adapter });
    const products = await regionalProducts(commerce, 4);
    const [main, ...loose] = products;
    const page = await mount<HTMLElement>(
      html`<div>
        <kontor-product-listing sort="price-desc" page-size="6"></kontor-product-listing>
        <kontor-product sku=${main!.sku}></kontor-product>
        ${loose.map((p) => html`<kontor-price sku=${p.sku} .quantity=${p.quantity.minQuantity}></kontor-price>`)}
      </div>`,
      commerce,
    );
    const listing = page.querySelector<KontorProductListing>('kontor-product-listing')!;
    const product = page.querySelector<KontorProduct>('kontor-product')!;
    await until(() => pricesIn(listing.shadowRoot!).length === 6 && pricesIn(product.shadowRoot!).length === 1, 'the listing and the product');
    const all = pricesIn(page);
    await until(() => all.every(netText), 'every price');
    const before = new Map(all.map((p) => [p, netText(p)]));

    const session = commerce.$session.get().value!;
    const account = session.accounts.find((a) => a.id === session.context!.accountId)!;
    const austria = account.shipTo.find((a) => a.country === 'AT');
    expect(austria, 'the demo buyer’s account ships to Austria').not.to.equal(undefined);
    reset();
    await commerce.setContext({ shipToId: austria!.id });
    await until(() => all.every((p) => noteText(p).includes('20%')), 'Austrian VAT on every price');
    // Give any straggling request the chance to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requests(), 'one batched price request for the whole page').to.equal(1);
    const changed = all.filter((p) => netText(p) !== before.get(p));
    expect(changed.filter((p) => pricesIn(listing.shadowRoot!).includes(p)).length, 'listing prices changed').to.be.greaterThan(0);
    expect(changed.filter((p) => pricesIn(product.shadowRoot!).includes(p)).length, 'the product’s price changed').to.equal(1);
    expect(changed.filter((p) => p.parentElement === page).length, 'the loose prices changed').to.equal(loose.length);
    expect(all.every((p) => /surcharge \(Region Austria\)|contract/i.test(noteText(p) + p.shadowRoot!.textContent)), 'each says why').to.equal(true);
  });

  it('shows the same price in suggestions, listing, product, price tag, cart and order, for random SKUs, quantities and contexts', async function () {
    this.timeout(60_000);
    const commerce = await testCommerce();
    const session = commerce.$session.get().value!;
    const contexts = session.accounts.flatMap((account) => account.shipTo.map((shipTo) => ({ accountId: account.id, shipToId: shipTo.id, billToId: account.billTo[0]!.id })));
    const candidates = (await commerce.adapter.search({ limit: 120 })).hits.map((h) => h.product).filter((p) => !p.discontinued && !p.configurable);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...contexts), fc.constantFrom(...candidates), fc.integer({ min: 1, max: 40 }), async (context, product, multiple) => {
        run++;
        await commerce.setContext({ accountId: context.accountId, shipToId: context.shipToId });
        const minimum = product.quantity.minQuantity;
        const quantity = nextAccepted(product.quantity, minimum * multiple);
        const detailQuantity = Math.max(minimum, product.quantity.packSize);
        const [atMinimum, atDetail, atQuantity] = await commerce.adapter.getPrices([
          { sku: product.sku, quantity: minimum },
          { sku: product.sku, quantity: detailQuantity },
          { sku: product.sku, quantity },
        ]);

        const suggestion = (await commerce.adapter.suggest(product.sku, 5)).products.find((h) => h.product.sku === product.sku);
        expect(suggestion, 'the SKU is suggested').not.to.equal(undefined);
        expect(suggestion!.price, 'suggestion').to.deep.equal(atMinimum);

        const page = await mount<HTMLElement>(
          html`<div>
            <kontor-product-listing query=${product.sku} page-size="1"></kontor-product-listing>
            <kontor-product sku=${product.sku}></kontor-product>
            <kontor-price sku=${product.sku} .quantity=${quantity}></kontor-price>
          </div>`,
          commerce,
        );
        const listing = page.querySelector<KontorProductListing>('kontor-product-listing')!;
        const detail = page.querySelector<KontorProduct>('kontor-product')!;
        const listed = await until(() => pricesIn(listing.shadowRoot!)[0], 'the listed price');
        const inDetail = await until(() => pricesIn(detail.shadowRoot!)[0], 'the product’s price');
        const tag = page.querySelector('kontor-price')!;
        await until(() => netText(listed) && netText(inDetail) && netText(tag), 'the shown prices');
        expect(netText(listed), 'listing').to.equal(shown(atMinimum!));
        expect(netText(inDetail), 'product').to.equal(shown(atDetail!));
        expect(netText(tag), 'price tag').to.equal(shown(atQuantity!));

        const cart = await commerce.addToCart([{ sku: product.sku, quantity }]);
        const line = cart.lines.find((l) => l.sku === product.sku);
        expect(line?.price, 'cart').to.deep.equal(atQuantity);
        const order = await commerce.placeOrder({
          idempotencyKey: `consistency-${Date.now()}-${run}`,
          billToId: context.billToId,
          shipToId: context.shipToId,
          partialDelivery: true,
          paymentMethod: 'invoice',
        });
        expect(order.lines.find((l) => l.sku === product.sku)?.price, 'order').to.deep.equal(atQuantity);
      }),
      { numRuns: 6, seed: 5 },
    );
  });
});
