import { expect, html } from '@open-wc/testing';
import { UnavailableError, withFaults, type SearchRequest, type SearchResult } from '../../src/index.js';
import '../../components/product-listing/product-listing.js';
import type { KontorProductListing } from '../../components/product-listing/product-listing.js';
import { BLOCK_SIZE, MAX_SCROLL_RESULTS } from '../../components/product-listing/result-window.js';
import { mount, shadowText, testAdapter, testCommerce, until } from './helpers/storefront.js';

/** Rendered product cards of the scrolling list, by position (1-based). */
function renderedCards(element: Element): Map<number, Element> {
  const cards = element.shadowRoot?.querySelectorAll('.virtual > .card:not(.skeleton):not(.failed)') ?? [];
  return new Map([...cards].map((card) => [Number(card.getAttribute('aria-posinset')), card]));
}

/** Search requests that reached the adapter, for counting the blocks a list loaded. */
function recordingAdapter(calls: SearchRequest[], rule?: (request: SearchRequest) => { failBefore: Error } | undefined) {
  return withFaults(testAdapter(), (method, args) => {
    if (method !== 'search') return undefined;
    const request = args[0] as SearchRequest;
    calls.push(request);
    return rule?.(request);
  });
}

const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('<kontor-product-listing paging="scroll">', () => {
  it('passes an axe check with results', async () => {
    const commerce = await testCommerce();
    const element = await mount<KontorProductListing>(html`<kontor-product-listing category="fasteners" paging="scroll"></kontor-product-listing>`, commerce);
    await until(() => renderedCards(element).size > 3, 'the first cards');
    await expect(element).to.be.accessible();
  });

  it('keeps only the rows in view in the DOM and loads the blocks it scrolls to, not every block', async () => {
    const calls: SearchRequest[] = [];
    const commerce = await testCommerce({ adapter: recordingAdapter(calls) });
    const all = await commerce.adapter.search({ limit: 1, sort: 'name' });
    calls.length = 0;
    expect(all.total).to.be.greaterThan(BLOCK_SIZE * 4);
    const element = await mount<KontorProductListing>(html`<kontor-product-listing paging="scroll" view="list" sort="name"></kontor-product-listing>`, commerce);
    await until(() => renderedCards(element).has(1), 'the first card');
    expect(renderedCards(element).size).to.be.lessThan(BLOCK_SIZE / 2);
    expect(element.shadowRoot!.querySelector('.pager') === null).to.equal(true, 'no pager');

    // Straight to the end of the list: the last product shows, the blocks in between were never asked for.
    const list = element.shadowRoot!.querySelector('.virtual')!;
    list.scrollTop = list.scrollHeight;
    const last = await until(() => renderedCards(element).get(all.total), 'the last card', 1200);
    const expected = await commerce.adapter.search({ limit: 1, offset: all.total - 1, sort: 'name' });
    expect(last.querySelector('a.name')!.textContent).to.equal(expected.hits[0]!.product.name);
    expect(last.getAttribute('aria-setsize')).to.equal(String(all.total));
    const offsets = calls.filter((c) => c.categoryId === undefined && c.limit === BLOCK_SIZE).map((c) => c.offset ?? 0);
    const blocks = Math.ceil(all.total / BLOCK_SIZE);
    expect(offsets).to.include(0);
    expect(offsets).to.include((blocks - 1) * BLOCK_SIZE);
    expect(offsets.length).to.be.lessThan(blocks);
    expect(renderedCards(element).size).to.be.lessThan(BLOCK_SIZE / 2);
  });

  it('shows a block that failed to load with a retry that fills it in', async () => {
    let failing = true;
    const calls: SearchRequest[] = [];
    const adapter = recordingAdapter(calls, (request) => ((request.offset ?? 0) > 0 && failing ? { failBefore: new UnavailableError('Search is down') } : undefined));
    const commerce = await testCommerce({ adapter });
    const element = await mount<KontorProductListing>(html`<kontor-product-listing paging="scroll" view="list"></kontor-product-listing>`, commerce);
    await until(() => renderedCards(element).has(1), 'the first card');
    const list = element.shadowRoot!.querySelector('.virtual')!;
    list.scrollTop = list.scrollHeight / 2;
    const failed = await until(() => element.shadowRoot!.querySelector('.virtual > .card.failed'), 'a failed block', 1200);
    expect(failed.textContent).to.contain('Search is down');
    const position = Number(failed.getAttribute('aria-posinset'));
    failing = false;
    failed.querySelector('button')!.click();
    await until(() => renderedCards(element).has(position), 'the block after retry', 1200);
    expect(element.shadowRoot!.querySelectorAll('.virtual > .card.failed').length).to.equal(0);
  });

  it('starts again from the top when a filter changes, with the new results', async () => {
    const commerce = await testCommerce();
    const element = await mount<KontorProductListing>(html`<kontor-product-listing paging="scroll" view="list" category="fasteners"></kontor-product-listing>`, commerce);
    await until(() => renderedCards(element).has(1), 'the first card');
    const option = await until(() => element.shadowRoot!.querySelector('[data-facet="brand"] label.option'), 'a brand option');
    const chosen = option.querySelector('.value')!.textContent!;
    option.querySelector('input')!.click();
    const expected = await commerce.adapter.search({ categoryId: 'fasteners', filters: [{ facet: 'brand', values: [chosen] }], limit: 1 });
    await until(() => renderedCards(element).get(1)?.getAttribute('aria-setsize') === String(expected.total), 'the filtered list');
    expect(renderedCards(element).get(1)!.querySelector('a.name')!.textContent).to.equal(expected.hits[0]!.product.name);
  });

  it('reaches the cards with the keyboard', async () => {
    const commerce = await testCommerce();
    const element = await mount<KontorProductListing>(html`<kontor-product-listing paging="scroll" category="tools"></kontor-product-listing>`, commerce);
    const first = await until(() => renderedCards(element).get(1)?.querySelector<HTMLAnchorElement>('a.name'), 'the first card');
    first.focus();
    expect(element.shadowRoot!.activeElement === first).to.equal(true, 'the link has focus');
    await nextFrames();
    expect(element.shadowRoot!.activeElement === first).to.equal(true, 'the link keeps focus');
  });

  it('says when only the first 10,000 of more results can be scrolled', async () => {
    const adapter = withFaults(testAdapter(), (method) =>
      method === 'search' ? { transform: (r) => ({ ...(r as SearchResult), total: MAX_SCROLL_RESULTS * 3 }) } : undefined,
    );
    const commerce = await testCommerce({ adapter });
    const element = await mount<KontorProductListing>(html`<kontor-product-listing paging="scroll" view="list"></kontor-product-listing>`, commerce);
    await until(() => renderedCards(element).has(1), 'the first card');
    expect(shadowText(element)).to.contain('Showing the first 10,000 products');
    expect(renderedCards(element).get(1)!.getAttribute('aria-setsize')).to.equal(String(MAX_SCROLL_RESULTS));
  });

  it('keeps pages in the table view', async () => {
    const commerce = await testCommerce();
    const element = await mount<KontorProductListing>(html`<kontor-product-listing paging="scroll" view="table" category="fasteners" page-size="5"></kontor-product-listing>`, commerce);
    await until(() => element.shadowRoot!.querySelectorAll('tr[part=row]').length === 5, 'five rows');
    expect(element.shadowRoot!.querySelector('.pager') !== null).to.equal(true, 'a pager');
  });
});
