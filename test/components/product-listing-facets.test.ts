import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { UnavailableError, withFaults, type FacetResult, type SearchRequest, type SearchResult } from '../../src/index.js';
import '../../components/product-listing/product-listing.js';
import type { KontorProductListing } from '../../components/product-listing/product-listing.js';
import { mount, shadowText, testAdapter, testCommerce, until } from './helpers/storefront.js';

const root = (element: KontorProductListing) => element.shadowRoot!;
const cards = (element: KontorProductListing) => [...root(element).querySelectorAll('li.card:not(.skeleton)')];
const names = (element: KontorProductListing) => cards(element).map((card) => card.querySelector('a.name')!.textContent);
const chips = (element: KontorProductListing) => [...root(element).querySelectorAll<HTMLButtonElement>('.chips button.chip')];
const facet = (element: KontorProductListing, key: string) => root(element).querySelector<HTMLElement>(`[data-facet="${key}"]`);
const total = (element: KontorProductListing) => root(element).querySelector('.status')!.textContent!.replace(/\D/g, '');
const ready = (element: KontorProductListing) => until(() => cards(element).length > 0 && !element.matches(':state(loading)'), 'results');
const settled = async (element: KontorProductListing, what: string, check: () => boolean) => {
  await until(() => !element.matches(':state(loading)') && check(), what);
};

/** The first checkbox of a terms facet whose value and count are given. */
function option(element: KontorProductListing, key: string, value: string): HTMLInputElement {
  const label = [...(facet(element, key)?.querySelectorAll('label.option') ?? [])].find((l) => l.querySelector('.value')!.textContent === value);
  if (!label) throw new Error(`no value ${value} in facet ${key}`);
  return label.querySelector('input')!;
}

/** An adapter whose category tree is held back until `release` is called, so the results come first. */
function holdCategoryTree() {
  let release!: () => void;
  const treeHeld = new Promise<void>((resolve) => (release = resolve));
  const adapter = withFaults(testAdapter(), (method) => (method === 'getCategories' ? { transform: (tree) => treeHeld.then(() => tree) } : undefined));
  return { adapter, release };
}

/** Records the page's layout shifts from now; `stop` returns their scores. */
function recordLayoutShifts() {
  const scores: number[] = [];
  const observer = new PerformanceObserver((list) => scores.push(...list.getEntries().map((entry) => (entry as PerformanceEntry & { value: number }).value)));
  observer.observe({ type: 'layout-shift' });
  return {
    async stop(): Promise<number[]> {
      // Two frames: a shift is reported for the frame that moved something.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      observer.disconnect();
      return scores;
    },
  };
}

function terms(result: SearchResult, key: string): Extract<FacetResult, { type: 'terms' }> {
  const found = result.facets.find((f) => f.key === key);
  if (found?.type !== 'terms') throw new Error(`no terms facet ${key}`);
  return found;
}

const startUrl = location.href;

describe('<kontor-product-listing> facets', () => {
  afterEach(() => history.replaceState(null, '', startUrl));

  it('passes an axe check with facets, chips and each layout', async function () {
    this.timeout(60_000);
    const commerce = await testCommerce();
    const element = await mount<KontorProductListing>(html`<kontor-product-listing category="fasteners" page-size="6"></kontor-product-listing>`, commerce);
    await ready(element);
    await expect(element).to.be.accessible();
    const brand = terms((await commerce.adapter.search({ categoryId: 'fasteners', limit: 0 })), 'brand').values[0]!;
    option(element, 'brand', brand.value).click();
    await settled(element, 'a chip', () => chips(element).length === 1);
    await expect(element).to.be.accessible();
    for (const view of ['list', 'table'] as const) {
      element.view = view;
      await element.updateComplete;
      await expect(element).to.be.accessible();
    }
  });

  it('filters by a brand with the keyboard; the count agrees with the results; the chip removes it', async () => {
    const commerce = await testCommerce();
    const filters: unknown[] = [];
    const element = await mount<KontorProductListing>(
      html`<kontor-product-listing category="fasteners" page-size="4" @kontor-filter-change=${(e: CustomEvent<{ filters: unknown[] }>) => filters.push(e.detail.filters)}></kontor-product-listing>`,
      commerce,
    );
    await ready(element);
    const before = total(element);
    const brand = terms(await commerce.adapter.search({ categoryId: 'fasteners', limit: 0 }), 'brand').values.at(-1)!;
    option(element, 'brand', brand.value).focus();
    await sendKeys({ press: 'Space' });
    await settled(element, 'filtered results', () => total(element) === String(brand.count));
    expect(option(element, 'brand', brand.value).checked).to.equal(true);
    expect(filters).to.deep.equal([[{ facet: 'brand', values: [brand.value] }]]);
    const expected = await commerce.adapter.search({ categoryId: 'fasteners', filters: [{ facet: 'brand', values: [brand.value] }], limit: 4, sort: 'relevance' });
    expect(names(element)).to.deep.equal(expected.hits.map((h) => h.product.name));
    // The brand's other values still count what choosing them too would add.
    expect(facet(element, 'brand')!.querySelectorAll('label.option').length).to.be.greaterThan(1);
    const [chip] = chips(element);
    expect(chip!.getAttribute('aria-label')).to.contain(brand.value);
    chip!.focus();
    await sendKeys({ press: 'Enter' });
    await settled(element, 'all results again', () => total(element) === before && chips(element).length === 0);
    // With no chip left, focus lands on the announced result count, not on the page body.
    expect(root(element).activeElement?.classList.contains('status')).to.equal(true);
  });

  it('keeps every checkbox in step with the chosen values while they are toggled in turn', async () => {
    const commerce = await testCommerce({ loggedIn: false });
    const element = await mount<KontorProductListing>(html`<kontor-product-listing page-size="2"></kontor-product-listing>`, commerce);
    await ready(element);
    for (let step = 0; step < 5; step++) {
      const boxes = [...facet(element, 'brand')!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
      const before = chips(element).length;
      boxes[step % 2]!.click();
      await settled(element, `step ${step}`, () => chips(element).length !== before);
      const chosen = chips(element).map((c) => c.querySelector('span')!.textContent!.replace(/^[^:]+: /, ''));
      for (const label of facet(element, 'brand')!.querySelectorAll('label.option')) {
        const value = label.querySelector('.value')!.textContent!;
        expect(label.querySelector('input')!.checked, `${value} after step ${step}`).to.equal(chosen.includes(value));
      }
    }
  });

  it('counts agree with the results over random filter combinations', async function () {
    this.timeout(60_000);
    const commerce = await testCommerce({ loggedIn: false });
    const base: SearchRequest = { categoryId: 'fasteners', limit: 0 };
    const all = await commerce.adapter.search(base);
    const keys = all.facets.filter((f) => f.type === 'terms' && f.key !== 'category').map((f) => f.key);
    // A fixed seed: the same combinations on every run, different facets and values each.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let round = 0; round < 12; round++) {
      const chosen = keys.filter(() => random() < 0.4).slice(0, 2);
      const filters = chosen.flatMap((key) => {
        const values = terms(all, key).values;
        const value = values[Math.floor(random() * values.length)];
        return value ? [{ facet: key, values: [value.value] }] : [];
      });
      const result = await commerce.adapter.search({ ...base, filters });
      for (const counted of result.facets) {
        if (counted.type !== 'terms' || counted.key === 'category' || filters.some((f) => f.facet === counted.key)) continue;
        const value = counted.values[Math.floor(random() * counted.values.length)]!;
        const narrowed = await commerce.adapter.search({ ...base, filters: [...filters, { facet: counted.key, values: [value.value] }] });
        expect(narrowed.total, `${counted.key}=${value.value} after ${JSON.stringify(filters)}`).to.equal(value.count);
      }
    }
  });

  it('filters by a typed range and refuses a range whose end is below its start', async () => {
    const commerce = await testCommerce();
    const element = await mount<KontorProductListing>(html`<kontor-product-listing category="fasteners" page-size="4"></kontor-product-listing>`, commerce);
    await ready(element);
    const range = root(element).querySelector<HTMLFieldSetElement>('fieldset.range')!;
    const key = range.dataset.facet!;
    const [from, to] = [...range.querySelectorAll<HTMLInputElement>('input[type=number]')];
    const low = Number(from!.min);
    const high = Number(to!.max);
    const middle = Math.round((low + high) / 2);
    to!.value = String(low);
    from!.value = String(middle);
    from!.dispatchEvent(new Event('change'));
    expect(to!.validationMessage).to.contain('must not be below');
    expect(chips(element).length).to.equal(0);
    to!.value = '';
    from!.dispatchEvent(new Event('change'));
    const expected = await commerce.adapter.search({ categoryId: 'fasteners', filters: [{ facet: key, min: middle }], limit: 0 });
    await settled(element, 'range results', () => total(element) === String(expected.total));
    expect(chips(element)[0]!.textContent).to.contain('from');
  });

  it('filters by the buyer’s own price, and every card shown is within the range', async () => {
    const commerce = await testCommerce();
    const element = await mount<KontorProductListing>(html`<kontor-product-listing url-state category="gloves" facets="price brand" page-size="50"></kontor-product-listing>`, commerce);
    await ready(element);
    const range = facet(element, 'price') as HTMLFieldSetElement;
    expect(range.querySelector('legend')!.textContent).to.contain('Your price').and.contain('EUR');
    const [from, to] = [...range.querySelectorAll<HTMLInputElement>('input[type=number]')];
    const low = Number(from!.min);
    const high = Number(to!.max);
    const cap = Math.round(((low + high) / 2) * 100) / 100;
    to!.value = String(cap);
    to!.dispatchEvent(new Event('change'));
    const expected = await commerce.adapter.search({ categoryId: 'gloves', filters: [{ facet: 'price', max: cap }], limit: 50 });
    expect(expected.total).to.be.greaterThan(0);
    await settled(element, 'price results', () => total(element) === String(expected.total));
    expect(expected.hits.every((hit) => hit.price.unitNet.amountMinor <= cap * 100)).to.equal(true);
    expect(names(element)).to.deep.equal(expected.hits.map((hit) => hit.product.name));
    expect(new URL(location.href).searchParams.get('r.price')).to.equal(`..${cap}`);
  });

  it('keeps its state in the address: a change is a history entry, the back button restores results and scroll', async function () {
    this.timeout(60_000);
    const commerce = await testCommerce();
    const element = await mount<KontorProductListing>(html`<kontor-product-listing url-state category="fasteners" page-size="4"></kontor-product-listing>`, commerce);
    await ready(element);
    const first = names(element);
    const before = total(element);
    const brand = terms(await commerce.adapter.search({ categoryId: 'fasteners', limit: 0 }), 'brand').values[0]!;
    document.body.style.minHeight = '5000px';
    window.scrollTo(0, 300);
    option(element, 'brand', brand.value).click();
    await settled(element, 'filtered', () => total(element) === String(brand.count));
    expect(new URL(location.href).searchParams.getAll('f.brand')).to.deep.equal([brand.value]);
    root(element).querySelector<HTMLSelectElement>('select')!.value = 'name';
    root(element).querySelector<HTMLSelectElement>('select')!.dispatchEvent(new Event('change'));
    await until(() => new URL(location.href).searchParams.get('sort') === 'name', 'sort in the URL');
    window.scrollTo(0, 0);
    history.back();
    await until(() => !new URL(location.href).searchParams.has('sort'), 'back to the filtered entry');
    await settled(element, 'relevance again', () => root(element).querySelector('select')!.value === 'relevance');
    history.back();
    await until(() => !new URL(location.href).searchParams.has('f.brand'), 'back to the start');
    await settled(element, 'the first results', () => total(element) === before && names(element).join() === first.join());
    await until(() => window.scrollY === 300, 'the scroll position of that entry');
    expect(chips(element).length).to.equal(0);
    document.body.style.minHeight = '';
  });

  it('opens a deep link with its filters, sort and page, the same results as the request', async () => {
    const commerce = await testCommerce();
    const brand = terms(await commerce.adapter.search({ categoryId: 'fasteners', limit: 0 }), 'brand').values[0]!;
    history.replaceState(null, '', `${location.pathname}?${new URLSearchParams([['category', 'fasteners'], ['f.brand', brand.value], ['sort', 'name'], ['page', '2']])}`);
    const element = await mount<KontorProductListing>(html`<kontor-product-listing url-state page-size="3"></kontor-product-listing>`, commerce);
    await ready(element);
    const expected = await commerce.adapter.search({ categoryId: 'fasteners', filters: [{ facet: 'brand', values: [brand.value] }], sort: 'name', limit: 3, offset: 3 });
    await settled(element, 'page 2', () => names(element).join() === expected.hits.map((h) => h.product.name).join());
    expect(shadowText(element)).to.contain('Page 2 of');
    expect(option(element, 'brand', brand.value).checked).to.equal(true);
  });

  it('reads bad URL parameters as the defaults and says so', async () => {
    const commerce = await testCommerce();
    history.replaceState(null, '', `${location.pathname}?category=fasteners&sort=cheapest&page=-3&r.length=abc..&f.brand=`);
    const element = await mount<KontorProductListing>(html`<kontor-product-listing url-state page-size="3"></kontor-product-listing>`, commerce);
    await ready(element);
    const notice = root(element).querySelector('.notice')!;
    expect(notice.textContent).to.contain('sort order').and.contain('page').and.contain('range filter');
    expect(root(element).querySelector('select')!.value).to.equal('relevance');
    // The category the link names is kept; the unreadable range and the empty value are not.
    expect(chips(element).map((c) => c.textContent!.trim())).to.deep.equal(['Category: Fasteners×']);
    const expected = await commerce.adapter.search({ categoryId: 'fasteners', limit: 3, sort: 'relevance' });
    expect(names(element)).to.deep.equal(expected.hits.map((h) => h.product.name));
  });

  it('offers all products when a link names a category that does not exist', async () => {
    const commerce = await testCommerce();
    history.replaceState(null, '', `${location.pathname}?category=no-such-category`);
    const element = await mount<KontorProductListing>(html`<kontor-product-listing url-state page-size="3"></kontor-product-listing>`, commerce);
    const alert = await until(() => root(element).querySelector('[role=alert]'), 'the error');
    alert.querySelector('button')!.click();
    await ready(element);
    expect(new URL(location.href).searchParams.has('category')).to.equal(false);
    expect(root(element).querySelector('[role=alert]')).to.equal(null);
  });

  it('keeps the chips of a failed search, so that a filter can still be removed', async () => {
    const adapter = withFaults(testAdapter(), (method) => (method === 'search' ? { failBefore: new UnavailableError('Search is down') } : undefined));
    const commerce = await testCommerce({ adapter, loggedIn: false });
    history.replaceState(null, '', `${location.pathname}?category=tools`);
    const element = await mount<KontorProductListing>(html`<kontor-product-listing url-state page-size="3"></kontor-product-listing>`, commerce);
    await until(() => root(element).querySelector('[role=alert]') && chips(element).length === 1, 'the error and the category chip');
    expect(chips(element)[0]!.textContent).to.contain('Category: Tools');
  });

  it('keeps its facets where they are when the category tree arrives after the results', async () => {
    const { adapter, release } = holdCategoryTree();
    const commerce = await testCommerce({ adapter, loggedIn: false });
    const element = await mount<KontorProductListing>(html`<kontor-product-listing category="tools" page-size="4"></kontor-product-listing>`, commerce);
    await ready(element);
    // The results are on screen and the tree is not: no facet yet, the panel's placeholders instead.
    expect(root(element).querySelectorAll('[data-facet]').length).to.equal(0);
    expect(root(element).querySelectorAll('.facets-pending .facet-pending').length).to.be.greaterThan(1);
    const shifts = recordLayoutShifts();
    release();
    await until(() => facet(element, 'category') !== null, 'the category tree');
    const blocks = [...root(element).querySelectorAll('[data-facet]')].map((block) => block.getAttribute('data-facet'));
    expect(blocks[0]).to.equal('category');
    expect(blocks.length).to.be.greaterThan(1);
    expect(root(element).querySelectorAll('.facets-pending').length).to.equal(0);
    expect(await shifts.stop()).to.deep.equal([]);
  });

  it('keeps its chips’ row in place while their labels load', async () => {
    const { adapter, release } = holdCategoryTree();
    const commerce = await testCommerce({ adapter, loggedIn: false });
    history.replaceState(null, '', `${location.pathname}?category=tools`);
    const element = await mount<KontorProductListing>(html`<kontor-product-listing url-state page-size="4"></kontor-product-listing>`, commerce);
    await ready(element);
    // The category's name comes with the tree: until then one grey chip holds the row.
    expect(chips(element).length).to.equal(0);
    expect(root(element).querySelectorAll('.chips .skeleton').length).to.equal(1);
    const row = root(element).querySelector('.chips')!.getBoundingClientRect();
    const firstCard = cards(element)[0]!.getBoundingClientRect();
    const shifts = recordLayoutShifts();
    release();
    await until(() => chips(element).length === 1, 'the category chip');
    expect(chips(element)[0]!.textContent).to.contain('Category: Tools');
    expect(root(element).querySelectorAll('.chips .skeleton').length).to.equal(0);
    expect(root(element).querySelector('.chips')!.getBoundingClientRect().height).to.equal(row.height);
    expect(cards(element)[0]!.getBoundingClientRect().top).to.equal(firstCard.top);
    expect(await shifts.stop()).to.deep.equal([]);
  });

  it('renders hostile facet values and labels as text', async () => {
    const hostile = '<img src=x onerror="window.__kontorFacetPwned=1">';
    const adapter = withFaults(testAdapter(), (method) =>
      method === 'search'
        ? {
            transform: (r) => ({
              ...(r as SearchResult),
              facets: [{ key: 'brand', label: hostile, type: 'terms', values: [{ value: hostile, count: 3 }] }],
            }),
          }
        : undefined,
    );
    const commerce = await testCommerce({ adapter, loggedIn: false });
    const element = await mount<KontorProductListing>(html`<kontor-product-listing category="tools" page-size="2"></kontor-product-listing>`, commerce);
    await ready(element);
    expect(facet(element, 'brand')!.querySelector('legend')!.textContent).to.equal(hostile);
    option(element, 'brand', hostile).click();
    await until(() => chips(element).length === 1, 'the chip');
    expect(chips(element)[0]!.textContent).to.contain(hostile);
    expect(root(element).querySelector('img[onerror]')).to.equal(null);
    expect((window as { __kontorFacetPwned?: number }).__kontorFacetPwned).to.equal(undefined);
  });

  it('searches again after a switch of ship-to, keeping the price order right', async function () {
    this.timeout(60_000);
    let searches = 0;
    const adapter = withFaults(testAdapter(), (method) => {
      if (method === 'search') searches++;
      return undefined;
    });
    const commerce = await testCommerce({ adapter });
    const session = commerce.$session.get().value!;
    const account = session.accounts.find((a) => a.id === session.context!.accountId)!;
    const other = account.shipTo.find((s) => s.id !== session.context!.shipToId);
    const otherAccount = session.accounts.find((a) => a.id !== account.id);
    const element = await mount<KontorProductListing>(html`<kontor-product-listing category="fasteners" sort="price-asc" page-size="5"></kontor-product-listing>`, commerce);
    await ready(element);
    const seen = searches;
    await commerce.setContext(other ? { shipToId: other.id } : { accountId: otherAccount!.id });
    await until(() => searches > seen, 'a new search');
    const expected = await commerce.adapter.search({ categoryId: 'fasteners', sort: 'price-asc', limit: 5 });
    await settled(element, 'results in the new context', () => names(element).join() === expected.hits.map((h) => h.product.name).join());
  });

  it('sorts by the buyer’s price, not the list price', async () => {
    const commerce = await testCommerce();
    const result = await commerce.adapter.search({ sort: 'price-asc', limit: 60 });
    const prices = result.hits.map((h) => h.price.unitNet.amountMinor);
    expect(prices).to.deep.equal([...prices].sort((a, b) => a - b));
    const descending = (await commerce.adapter.search({ sort: 'price-desc', limit: 60 })).hits.map((h) => h.price.unitNet.amountMinor);
    expect(descending).to.deep.equal([...descending].sort((a, b) => b - a));
  });

  it('shows variant families as tables with their axes as columns', async () => {
    const commerce = await testCommerce();
    const element = await mount<KontorProductListing>(html`<kontor-product-listing category="bolts" view="table" page-size="12"></kontor-product-listing>`, commerce);
    const table = await until(() => root(element).querySelector('table.family'), 'a family table');
    const result = await commerce.adapter.search({ categoryId: 'bolts', limit: 12 });
    const family = result.hits.find((h) => h.product.family)!.product.family!;
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers.slice(0, family.axes.length)).to.deep.equal(family.axes.map((a) => a.label));
    expect(headers).to.include('SKU').and.include('Your price');
    expect(table.querySelectorAll('tbody tr kontor-add-to-cart').length).to.be.greaterThan(0);
  });

  it('moves the facets into a drawer on a narrow screen', async () => {
    const commerce = await testCommerce();
    const frame = document.createElement('div');
    frame.style.width = '360px';
    document.body.append(frame);
    const element = await mount<KontorProductListing>(html`<kontor-product-listing category="fasteners" page-size="2"></kontor-product-listing>`, commerce);
    frame.append(element.parentElement!);
    await ready(element);
    const drawer = root(element).querySelector('dialog')!;
    expect(getComputedStyle(drawer).display).to.equal('none');
    const open = root(element).querySelector<HTMLButtonElement>('.open-facets')!;
    expect(getComputedStyle(open).display).to.not.equal('none');
    open.click();
    expect(drawer.open).to.equal(true);
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(drawer.open).to.equal(false);
    frame.remove();
  });
});
