import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CommerceAdapter, VariantFamily, VariantFamilyMember } from '../../src/index.js';
import '../../components/product/product.js';
import type { KontorProduct } from '../../components/product/product.js';
import { mount, testCommerce, until } from './helpers/storefront.js';

/** A bolt family (thread, then length) and a member whose thread lacks some lengths. */
async function boltFamily(adapter: CommerceAdapter): Promise<{ family: VariantFamily; start: VariantFamilyMember; missingLength: number }> {
  const result = await adapter.search({ categoryId: 'bolts', limit: 50 });
  const checked = new Set<string>();
  for (const hit of result.hits) {
    const familyId = hit.product.family?.familyId;
    if (!familyId || hit.product.family?.axes.length !== 2 || checked.has(familyId)) continue;
    checked.add(familyId);
    const family = await adapter.getVariantFamily!(familyId);
    const [thread, length] = family.axes.map((a) => a.key) as [string, string];
    const lengths = [...new Set(family.members.map((m) => m.axisValues[length]))];
    for (const start of family.members) {
      if (start.availability === 'discontinued') continue;
      const own = new Set(family.members.filter((m) => m.axisValues[thread] === start.axisValues[thread]).map((m) => m.axisValues[length]));
      const missing = lengths.find((l) => !own.has(l));
      if (missing !== undefined && own.size > 1) return { family, start, missingLength: Number(missing) };
    }
  }
  throw new Error('The test catalog has no bolt family with a gap');
}

const title = (element: KontorProduct) => element.shadowRoot?.querySelector('[part=title]')?.textContent ?? '';
const picker = (element: KontorProduct) => element.shadowRoot?.querySelector('kontor-variant-picker');
const radio = (element: KontorProduct, axis: string, value: string | number) =>
  [...(picker(element)?.shadowRoot?.querySelectorAll<HTMLInputElement>(`input[name=${axis}]`) ?? [])].find((input) => input.parentElement?.textContent?.trim() === new Intl.NumberFormat('en').format(Number(value)) || input.parentElement?.textContent?.trim() === String(value));

describe('<kontor-product> variants', () => {
  const originalUrl = location.href;
  afterEach(() => history.replaceState(null, '', originalUrl));

  it('passes an axe check with the variant picker and with the table', async function () {
    // The first case also starts this file's backend worker, which is slow on a busy machine.
    this.timeout(30_000);
    const commerce = await testCommerce();
    const { start } = await boltFamily(commerce.adapter);
    const element = await mount<KontorProduct>(html`<kontor-product sku=${start.sku}></kontor-product>`, commerce);
    await until(() => picker(element)?.shadowRoot?.querySelector('input'), 'the picker');
    await expect(element).to.be.accessible();
    element.variantView = 'table';
    await until(() => element.shadowRoot?.querySelector('kontor-variant-table')?.shadowRoot?.querySelector('tbody tr'), 'the table');
    await expect(element).to.be.accessible();
  });

  it('chooses along two axes; a missing combination is disabled and says so, and choosing it is impossible', async () => {
    const commerce = await testCommerce();
    const { family, start, missingLength } = await boltFamily(commerce.adapter);
    const [thread, length] = family.axes.map((a) => a.key) as [string, string];
    const errors: Event[] = [];
    document.addEventListener('kontor-error', (e) => errors.push(e));
    const element = await mount<KontorProduct>(html`<kontor-product sku=${start.sku}></kontor-product>`, commerce);
    await until(() => title(element) === start.name, 'the start variant');
    await until(() => picker(element)?.shadowRoot?.querySelector('input'), 'the picker');

    const missing = await until(() => radio(element, length, missingLength), 'the missing length');
    expect(missing.disabled).to.equal(true);
    expect(missing.getAttribute('aria-label')).to.contain('not available in this combination');
    missing.click();
    await element.updateComplete;
    expect(element.sku).to.equal(start.sku);

    // Another length of the same thread: an exact member.
    const sameThread = family.members.find((m) => m.axisValues[thread] === start.axisValues[thread] && m.sku !== start.sku && m.availability !== 'discontinued')!;
    radio(element, length, sameThread.axisValues[length]!)!.click();
    await until(() => title(element) === sameThread.name, 'the chosen length');
    expect(element.sku).to.equal(sameThread.sku);

    // Another thread (first axis): always leads to a member with that thread.
    const otherThread = family.members.find((m) => m.axisValues[thread] !== start.axisValues[thread])!;
    const changes: string[] = [];
    element.addEventListener('kontor-variant-change', (e) => changes.push(e.detail.sku));
    radio(element, thread, otherThread.axisValues[thread]!)!.click();
    await until(() => changes.length === 1, 'the change event');
    const chosen = family.members.find((m) => m.sku === changes[0])!;
    expect(chosen.axisValues[thread]).to.equal(otherThread.axisValues[thread]);
    await until(() => title(element) === chosen.name, 'the other thread');
    expect(errors).to.have.length(0);
  });

  it('moves between values with the arrow keys, skipping combinations that do not exist', async () => {
    const commerce = await testCommerce();
    const { family, start } = await boltFamily(commerce.adapter);
    const [thread, length] = family.axes.map((a) => a.key) as [string, string];
    const element = await mount<KontorProduct>(html`<kontor-product sku=${start.sku}></kontor-product>`, commerce);
    await until(() => picker(element)?.shadowRoot?.querySelector('input'), 'the picker');
    const own = family.members
      .filter((m) => m.axisValues[thread] === start.axisValues[thread])
      .map((m) => Number(m.axisValues[length]))
      .sort((a, b) => a - b);
    const index = own.indexOf(Number(start.axisValues[length]));
    const expected = own[index + 1] ?? own[0]!;
    radio(element, length, start.axisValues[length]!)!.focus();
    await sendKeys({ press: 'ArrowRight' });
    const target = family.members.find((m) => m.axisValues[thread] === start.axisValues[thread] && Number(m.axisValues[length]) === expected)!;
    await until(() => element.sku === target.sku, 'the next existing length');
    await until(() => title(element) === target.name, 'the next variant shown');
  });

  it('keeps the address in step with the variant and follows the back button', async () => {
    const commerce = await testCommerce();
    const { family, start } = await boltFamily(commerce.adapter);
    const [, length] = family.axes.map((a) => a.key) as [string, string];
    history.replaceState(null, '', `${location.pathname}?sku=${encodeURIComponent(start.sku)}`);
    const element = await mount<KontorProduct>(html`<kontor-product sku=${start.sku} url-param="sku"></kontor-product>`, commerce);
    await until(() => picker(element)?.shadowRoot?.querySelector('input'), 'the picker');
    const next = family.members.find((m) => m.axisValues[family.axes[0]!.key] === start.axisValues[family.axes[0]!.key] && m.sku !== start.sku)!;
    radio(element, length, next.axisValues[length]!)!.click();
    await until(() => new URL(location.href).searchParams.get('sku') === next.sku, 'the address of the new variant');
    await until(() => title(element) === next.name, 'the new variant');
    history.back();
    await until(() => element.sku === start.sku, 'the previous variant after going back');
    await until(() => title(element) === start.name, 'the previous variant shown');
  });

  it('selects from the compact table, comparing the technical data that differs', async () => {
    const commerce = await testCommerce();
    const { family, start } = await boltFamily(commerce.adapter);
    const element = await mount<KontorProduct>(html`<kontor-product sku=${start.sku}></kontor-product>`, commerce);
    await until(() => picker(element), 'the variants');
    const tableButton = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toggle button')].at(-1)!;
    tableButton.click();
    await element.updateComplete;
    expect(tableButton.getAttribute('aria-pressed')).to.equal('true');
    const table = await until(() => element.shadowRoot?.querySelector('kontor-variant-table')?.shadowRoot, 'the table');
    const rows = await until(() => (table.querySelectorAll('tbody tr').length === family.members.length ? table.querySelectorAll('tbody tr') : null), 'one row per member');
    expect(table.querySelector('tr[aria-current=true]')?.textContent).to.contain(start.sku);
    const target = family.members.find((m) => m.sku !== start.sku)!;
    const link = [...table.querySelectorAll('a')].find((a) => a.textContent === target.sku)!;
    expect(link.getAttribute('href')).to.equal(`product.html?sku=${encodeURIComponent(target.sku)}`);
    link.click();
    await until(() => title(element) === target.name, 'the variant chosen in the table');
    expect(rows.length).to.be.greaterThan(1);
  });
});
