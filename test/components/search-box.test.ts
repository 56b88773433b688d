import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { UnavailableError, withFaults, type Commerce } from '../../src/index.js';
import '../../components/search-box/search-box.js';
import type { KontorSearchBox } from '../../components/search-box/search-box.js';
import { mount, testAdapter, testCommerce, until } from './helpers/storefront.js';

const input = (box: KontorSearchBox) => box.shadowRoot!.querySelector<HTMLInputElement>('input')!;
const listbox = (box: KontorSearchBox) => box.shadowRoot!.querySelector<HTMLElement>('[role=listbox]')!;
const options = (box: KontorSearchBox) => [...box.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')];
const productOptions = (box: KontorSearchBox) => options(box).filter((o) => o.classList.contains('product'));
const activeId = (box: KontorSearchBox) => input(box).getAttribute('aria-activedescendant');
const selected = (box: KontorSearchBox) => options(box).filter((o) => o.getAttribute('aria-selected') === 'true');

/** Mounts a box that never leaves the page: searches and selections are cancelled and recorded. */
async function searchBox(commerce: Commerce, attributes = html``) {
  const events: { type: string; detail: unknown }[] = [];
  const record = (e: CustomEvent) => {
    e.preventDefault();
    events.push({ type: e.type, detail: e.detail });
  };
  const box = await mount<KontorSearchBox>(
    html`<kontor-search-box action="category.html" min-chars="2" @kontor-search=${record} @kontor-suggestion-select=${record}>${attributes}</kontor-search-box>`,
    commerce,
  );
  return { box, events };
}

async function typeInto(box: KontorSearchBox, text: string) {
  input(box).focus();
  await sendKeys({ type: text });
}

describe('<kontor-search-box>', () => {
  afterEach(async () => {
    await setViewport({ width: 1000, height: 800 });
  });

  it('passes an axe check with suggestions open', async () => {
    const { box } = await searchBox(await testCommerce());
    await expect(box).to.be.accessible();
    await typeInto(box, 'schraube');
    await until(() => productOptions(box).length > 0, 'product suggestions');
    await sendKeys({ press: 'ArrowDown' });
    await expect(box).to.be.accessible();
  });

  it('is an APG combobox: role, label, aria-controls, aria-autocomplete, aria-expanded', async () => {
    const { box } = await searchBox(await testCommerce());
    const field = input(box);
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(field.getAttribute('aria-autocomplete')).to.equal('list');
    expect(field.getAttribute('aria-controls')).to.equal(listbox(box).id);
    expect(listbox(box).getAttribute('role')).to.equal('listbox');
    expect(field.labels?.[0]?.textContent).to.equal('Search products');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.hasAttribute('aria-activedescendant')).to.equal(false);
    await typeInto(box, 'kabel');
    await until(() => field.getAttribute('aria-expanded') === 'true', 'expanded');
    expect(box.shadowRoot!.activeElement).to.equal(field);
  });

  it('groups products (highlighted name, SKU, customer price, stock), categories and completions', async () => {
    const commerce = await testCommerce();
    const { box } = await searchBox(commerce);
    await typeInto(box, 'kabel');
    await until(() => productOptions(box).length > 0 && box.shadowRoot!.querySelectorAll('[role=group]').length >= 2, 'grouped suggestions');
    const expected = await commerce.adapter.suggest('kabel', 6);
    const first = productOptions(box)[0]!;
    const hit = expected.products[0]!;
    expect(first.textContent).to.contain(hit.product.sku);
    // English names: the synonym (Kabel = cable) is what is highlighted.
    expect(['kabel', 'cable']).to.include(first.querySelector('mark')?.textContent?.toLowerCase());
    expect(first.querySelector('.price')?.textContent).to.match(/\d/);
    expect(first.querySelector('.meta')?.textContent).to.match(/in stock|lead time/);
    const groups = [...box.shadowRoot!.querySelectorAll('[role=group]')].map((g) => box.shadowRoot!.getElementById(g.getAttribute('aria-labelledby')!)?.textContent);
    expect(groups[0]).to.equal('Products');
    expect(groups).to.include('Categories');
  });

  it('moves through suggestions with Down, Up, Home and End, keeping DOM focus in the field', async () => {
    const { box } = await searchBox(await testCommerce());
    // Wait for the answer to the whole word: answers to earlier prefixes may paint first.
    const settled = new Promise<void>((resolve) => {
      box.addEventListener('kontor-suggestions', (event) => {
        if (event.detail.query === 'schraube') resolve();
      });
    });
    await typeInto(box, 'schraube');
    await settled;
    await until(() => options(box).length >= 3, 'three suggestions');
    // And for the list to stop changing (categories and completions may follow products).
    let last = '';
    let stableChecks = 0;
    await until(() => {
      const ids = options(box).map((o) => o.id).join(' ');
      stableChecks = ids === last ? stableChecks + 1 : 0;
      last = ids;
      return stableChecks >= 10;
    }, 'a settled suggestion list');
    const all = options(box);
    await sendKeys({ press: 'ArrowDown' });
    expect(activeId(box)).to.equal(all[0]!.id);
    expect(selected(box)).to.deep.equal([all[0]]);
    await sendKeys({ press: 'ArrowDown' });
    expect(activeId(box)).to.equal(all[1]!.id);
    await sendKeys({ press: 'ArrowUp' });
    expect(activeId(box)).to.equal(all[0]!.id);
    await sendKeys({ press: 'ArrowUp' });
    expect(activeId(box)).to.equal(all.at(-1)!.id, 'Up from the first wraps to the last');
    await sendKeys({ press: 'Home' });
    expect(activeId(box)).to.equal(all[0]!.id);
    await sendKeys({ press: 'End' });
    expect(activeId(box)).to.equal(all.at(-1)!.id);
    expect(box.shadowRoot!.activeElement).to.equal(input(box));
  });

  it('leaves Home, End and typing to the field while no suggestion is active', async () => {
    const { box } = await searchBox(await testCommerce());
    await typeInto(box, 'hex bolt');
    await sendKeys({ press: 'Home' });
    expect(input(box).selectionStart).to.equal(0);
    await sendKeys({ type: 'M8 ' });
    expect(input(box).value).to.equal('M8 hex bolt');
    await sendKeys({ press: 'End' });
    expect(input(box).selectionStart).to.equal('M8 hex bolt'.length);
  });

  it('accepts the active suggestion with Enter, and searches with Enter otherwise', async () => {
    const { box, events } = await searchBox(await testCommerce());
    await typeInto(box, 'schraube');
    await until(() => productOptions(box).length > 0 && !box.matches(':state(loading)'), 'product suggestions');
    const sku = productOptions(box)[0]!.querySelector('[translate=no]')!.textContent;
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(events).to.deep.equal([{ type: 'kontor-suggestion-select', detail: { kind: 'product', value: sku, query: 'schraube' } }]);
    expect(input(box).getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    expect(events[1]).to.deep.equal({ type: 'kontor-search', detail: { query: 'schraube' } });
  });

  it('closes with Escape, then clears; Alt+Down opens and Alt+Up closes', async () => {
    const { box } = await searchBox(await testCommerce());
    await typeInto(box, 'kabel');
    await until(() => input(box).getAttribute('aria-expanded') === 'true', 'open');
    await sendKeys({ press: 'Escape' });
    expect(input(box).getAttribute('aria-expanded')).to.equal('false');
    expect(input(box).value).to.equal('kabel');
    await sendKeys({ press: 'Alt+ArrowDown' });
    await until(() => input(box).getAttribute('aria-expanded') === 'true', 'open again');
    expect(activeId(box)).to.equal(null, 'Alt+Down opens without choosing');
    await sendKeys({ press: 'Alt+ArrowUp' });
    expect(input(box).getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Escape' });
    expect(input(box).value).to.equal('');
  });

  it('keeps recent searches per user and clears them', async () => {
    const commerce = await testCommerce();
    const { box } = await searchBox(commerce);
    await typeInto(box, 'nitril');
    await sendKeys({ press: 'Enter' });
    await typeInto(box, 'x');
    await sendKeys({ press: 'Backspace' });
    input(box).select();
    await sendKeys({ press: 'Backspace' });
    await until(() => options(box).some((o) => o.textContent?.trim() === 'nitril'), 'the recent search');
    // Another user on the same device does not see it.
    const other = await testCommerce({ as: 'approver' });
    const { box: otherBox } = await searchBox(other);
    input(otherBox).focus();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(options(otherBox).some((o) => o.textContent?.trim() === 'nitril')).to.equal(false);
    input(box).focus();
    const clear = await until(() => box.shadowRoot!.querySelector<HTMLButtonElement>('.clear-recent'), 'the clear button');
    clear.click();
    await until(() => !options(box).some((o) => o.textContent?.trim() === 'nitril'), 'cleared');
  });

  it('sends no request storm and never shows an older reply for newer text', async () => {
    // Every request takes 150 ms; the user types a word faster than that.
    const adapter = withFaults(testAdapter(), (method) => (method === 'suggest' ? { delayMs: 150 } : undefined));
    const commerce = await testCommerce({ adapter, loggedIn: false });
    const { box } = await searchBox(commerce);
    await typeInto(box, 'sechskantmutter m5');
    await until(() => productOptions(box).length > 0 && !box.matches(':state(loading)'), 'suggestions');
    expect(box.requestsSent).to.be.lessThan(6);
    const expected = await commerce.adapter.suggest('sechskantmutter m5', 6);
    const skus = productOptions(box).map((o) => o.querySelector('[translate=no]')!.textContent);
    expect(skus).to.deep.equal(expected.products.map((p) => p.product.sku));
  });

  it('shows a quiet state instead of a stuck spinner when suggestions fail', async () => {
    const adapter = withFaults(testAdapter(), (method) => (method === 'suggest' ? { failBefore: new UnavailableError('down') } : undefined));
    const { box, events } = await searchBox(await testCommerce({ adapter, loggedIn: false }));
    await typeInto(box, 'kabel');
    await until(() => box.matches(':state(error)'), 'the error state');
    expect(box.matches(':state(loading)')).to.equal(false);
    expect(box.shadowRoot!.querySelector('.quiet')?.textContent).to.contain('Press Enter to search');
    await sendKeys({ press: 'Enter' });
    expect(events).to.deep.equal([{ type: 'kontor-search', detail: { query: 'kabel' } }]);
  });

  it('renders hostile queries and names as text', async () => {
    const hostile = '<img src=x onerror="window.__kontorPwned=1">';
    const adapter = withFaults(testAdapter(), (method) =>
      method === 'suggest'
        ? { transform: (r) => ({ ...(r as object), completions: [hostile], products: (r as { products: { product: object }[] }).products.map((h) => ({ ...h, product: { ...h.product, name: hostile } })) }) }
        : undefined,
    );
    const { box, events } = await searchBox(await testCommerce({ adapter, loggedIn: false }));
    await typeInto(box, 'kabel');
    await until(() => productOptions(box).length > 0, 'suggestions');
    expect(productOptions(box)[0]!.querySelector('.name')!.textContent).to.equal(hostile);
    expect(box.shadowRoot!.querySelector('img[onerror]')).to.equal(null);
    input(box).value = '';
    const weird = `${'ä'.repeat(300)} \u0000 .*+?^\${}()|[] \ud800`;
    input(box).value = weird;
    input(box).dispatchEvent(new Event('input'));
    input(box).focus();
    await sendKeys({ press: 'Enter' });
    expect((events.at(-1)?.detail as { query: string }).query).to.equal(weird.trim());
    expect((window as { __kontorPwned?: number }).__kontorPwned).to.equal(undefined);
  });

  it('opens suggestions without shifting the page', async () => {
    const commerce = await testCommerce();
    const box = await mount<KontorSearchBox>(html`<kontor-search-box @kontor-search=${(e: Event) => e.preventDefault()}></kontor-search-box>`, commerce);
    const after = document.createElement('p');
    after.textContent = 'Content below';
    box.after(after);
    const before = after.getBoundingClientRect().top;
    await typeInto(box, 'schraube');
    await until(() => productOptions(box).length > 0, 'suggestions');
    expect(after.getBoundingClientRect().top).to.equal(before);
    after.remove();
  });

  it('opens a full-screen sheet on a narrow screen', async () => {
    await setViewport({ width: 380, height: 700 });
    const { box } = await searchBox(await testCommerce());
    await typeInto(box, 'kabel');
    await until(() => productOptions(box).length > 0, 'suggestions');
    const panel = box.shadowRoot!.querySelector<HTMLElement>('.panel')!.getBoundingClientRect();
    expect(panel.width).to.equal(380);
    expect(panel.height).to.equal(700);
    const close = box.shadowRoot!.querySelector<HTMLButtonElement>('.close')!;
    expect(getComputedStyle(close).display).not.to.equal('none');
    close.click();
    await until(() => input(box).getAttribute('aria-expanded') === 'false', 'closed');
  });
});
