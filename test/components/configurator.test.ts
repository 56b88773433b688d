import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NotFoundError, withFaults, type Commerce } from '../../src/index.js';
import '../../components/configurator/configurator.js';
import type { KontorConfigurator } from '../../components/configurator/configurator.js';
import { mount, shadowText, testAdapter, testCommerce, until } from './helpers/storefront.js';

/** The configurable products of the test catalog (2,000 SKUs): made to order, and a drill kit. */
const CABLE = 'KT-101998';
const WORKBENCH = 'KT-101999';
const DRILL_KIT = 'KT-100239';

const root = (el: KontorConfigurator): ShadowRoot => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: KontorConfigurator, selector: string): T | null => root(el).querySelector<T>(selector);

async function configurator(commerce: Commerce, sku: string, attrs: { line?: string; configParam?: string } = {}): Promise<KontorConfigurator> {
  const el = await mount<KontorConfigurator>(
    html`<kontor-configurator sku=${sku} line=${attrs.line ?? ''} config-param=${attrs.configParam ?? ''} cart-url="cart.html"></kontor-configurator>`,
    commerce,
  );
  await until(() => q(el, '#step-title'), 'the first step', 3000);
  return el;
}

async function goToStep(el: KontorConfigurator, index: number): Promise<void> {
  q<HTMLButtonElement>(el, `.steps li:nth-child(${index + 1}) button`)!.click();
  await el.updateComplete;
}

async function pickOption(el: KontorConfigurator, group: string, option: string): Promise<void> {
  const steps = [...root(el).querySelectorAll('.steps li')].length;
  for (let step = 0; step < steps; step++) {
    const input = q<HTMLInputElement>(el, `[data-group="${group}"] input[id$="--${option}"]`);
    if (input) {
      input.click();
      await el.updateComplete;
      return;
    }
    await goToStep(el, step);
  }
  throw new Error(`no option ${group}/${option}`);
}

async function typeNumber(el: KontorConfigurator, group: string, text: string): Promise<HTMLInputElement> {
  const steps = [...root(el).querySelectorAll('.steps li')].length;
  for (let step = 0; step <= steps && !q(el, `[data-group="${group}"] input`); step++) await goToStep(el, step);
  const input = q<HTMLInputElement>(el, `[data-group="${group}"] input`)!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
  return input;
}

const conflictCount = (el: KontorConfigurator): number => root(el).querySelectorAll('.conflict').length;

/** The net price shown, in minor units, once the price for the current choices arrived. */
const shownPrice = (el: KontorConfigurator): Promise<number> =>
  until(() => {
    const node = q(el, '.figures[aria-busy="false"] .line-net');
    return node ? Number(node.dataset.minor) : null;
  }, 'the price');

describe('<kontor-configurator>', () => {
  it('passes an axe check in every step', async function () {
    this.timeout(60_000);
    const commerce = await testCommerce();
    const el = await configurator(commerce, CABLE);
    const steps = root(el).querySelectorAll('.steps li').length;
    expect(steps).to.equal(5);
    for (let step = 0; step < steps; step++) {
      await goToStep(el, step);
      await expect(el).to.be.accessible();
    }
  });

  it('goes through the steps with the keyboard, focus on each step heading', async () => {
    const commerce = await testCommerce();
    const el = await configurator(commerce, WORKBENCH);
    const labels = [...root(el).querySelectorAll('.steps li')].map((li) => li.textContent?.trim() ?? '');
    for (let step = 1; step < labels.length; step++) {
      const next = [...root(el).querySelectorAll<HTMLButtonElement>('.step-nav button')].at(-1)!;
      next.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => root(el).activeElement?.id === 'step-title', `focus on step ${step + 1}`);
      expect(q(el, '[aria-current="step"]')?.textContent).to.contain(labels[step]!.replace(/^\d+\s*/, '').split(' ')[0]);
    }
    expect(q(el, '#step-title')?.textContent).to.contain('Summary');
  });

  it('chooses a radio option with the arrow keys, as a radio group does', async () => {
    const commerce = await testCommerce();
    const el = await configurator(commerce, CABLE);
    const first = q<HTMLInputElement>(el, '[data-group="cores"] input')!;
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(q<HTMLInputElement>(el, '[data-group="cores"] input[id$="--5g"]')!.checked).to.equal(true);
  });

  it('explains every conflict with fixes; applying them always leads to valid choices', async function () {
    this.timeout(120_000);
    const commerce = await testCommerce();
    const el = await configurator(commerce, CABLE);
    for (const [group, option] of [
      ['plug', 'cee32'],
      ['coupler', 'schuko'],
      ['extras', 'drum'],
      ['extras', 'test'],
      ['section', '10'],
    ] as const) {
      await pickOption(el, group, option);
      let rounds = 0;
      while (conflictCount(el) > 0) {
        expect(++rounds, `conflicts after ${group}=${option} resolve`).to.be.below(6);
        const conflict = q(el, '.conflict')!;
        expect(conflict.querySelector('p')?.textContent?.trim().length, 'the conflict is explained').to.be.greaterThan(10);
        const fix = conflict.querySelector<HTMLButtonElement>('button.fix');
        expect(fix, 'a fix is offered').to.not.equal(null);
        fix!.click();
        await el.updateComplete;
      }
      expect(q(el, '.problems'), `no problem left after ${group}=${option}`).to.equal(null);
    }
    // Valid choices get a price from the backend: the engine and the backend agree.
    expect(await shownPrice(el)).to.be.greaterThan(0);
  });

  it('offers the earlier choice as the first fix, and undoing the last choice', async () => {
    const commerce = await testCommerce();
    const el = await configurator(commerce, CABLE);
    await pickOption(el, 'plug', 'cee32');
    const conflict = await until(() => q(el, '.conflict[data-rule="cee32-section"]'), 'the conflict');
    expect(conflict.textContent).to.contain('4 mm²');
    expect(conflict.querySelector<HTMLButtonElement>('button.fix')!.dataset.group).to.equal('section');
    expect(shadowText(el)).to.contain('Conflicts with your choices');
    conflict.querySelector<HTMLButtonElement>('button.undo')!.click();
    await el.updateComplete;
    expect(conflictCount(el)).to.equal(0);
    expect(q<HTMLInputElement>(el, '[data-group="plug"] input[id$="--none"]')!.checked).to.equal(true);
  });

  it('explains numbers that are not numbers or out of range, and offers the nearest allowed value', async () => {
    const commerce = await testCommerce();
    const el = await configurator(commerce, CABLE);
    const input = await typeNumber(el, 'length', 'zehn');
    expect(shadowText(el)).to.contain('please enter a number');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.value, 'what was typed stays').to.equal('zehn');
    await typeNumber(el, 'length', '500');
    expect(shadowText(el)).to.contain('allowed from 0.5 m to 100 m');
    q<HTMLButtonElement>(el, '[data-group="length"] button.fix')!.click();
    await el.updateComplete;
    expect(q<HTMLInputElement>(el, '[data-group="length"] input')!.value).to.equal('100');
    expect(q(el, '[data-group="length"] .problems')).to.equal(null);
    // A cross-section of 10 mm² narrows the length to 50 m and says why.
    await pickOption(el, 'section', '10');
    expect(conflictCount(el)).to.equal(1);
    await goToStep(el, 1);
    expect(q(el, '[data-group="length"] .limits')?.textContent).to.contain('50 m drums');
    q<HTMLButtonElement>(el, '[data-group="length"] button.fix')!.click();
    await el.updateComplete;
    expect(q<HTMLInputElement>(el, '[data-group="length"] input')!.value).to.equal('50');
    expect(conflictCount(el)).to.equal(0);
  });

  it('steps a number with the arrow keys within its limits', async () => {
    const commerce = await testCommerce();
    const el = await configurator(commerce, DRILL_KIT);
    const input = q<HTMLInputElement>(el, '[data-group="batteries"] input')!;
    expect(input.getAttribute('role')).to.equal('spinbutton');
    input.focus();
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(input.getAttribute('aria-valuenow')).to.equal('2');
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(input.getAttribute('aria-valuenow')).to.equal(input.getAttribute('aria-valuemax'));
  });

  it('refuses to add invalid choices and says what is missing', async () => {
    const commerce = await testCommerce();
    const el = await configurator(commerce, CABLE);
    await typeNumber(el, 'length', '7,3');
    q<HTMLButtonElement>(el, '.price > button')!.click();
    const alert = await until(() => q(el, '[role=alert]')?.textContent, 'the message');
    expect(alert).to.contain('in steps of 0.5 m');
    expect(root(el).activeElement?.id).to.equal('step-title');
    expect((await commerce.adapter.getCart()).lines).to.have.length(0);
  });

  it('explains a quantity below what the choices allow', async () => {
    const commerce = await testCommerce();
    const el = await configurator(commerce, CABLE);
    await goToStep(el, 3);
    const label = q<HTMLInputElement>(el, '[data-group="label"] input')!;
    label.value = 'HALLE 3';
    label.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(q(el, '#quantity-problem')?.textContent).to.contain('from 5 pieces');
    const quantity = q<HTMLInputElement>(el, '.quantity input')!;
    quantity.value = 'x';
    quantity.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(q(el, '#quantity-problem')?.textContent).to.contain('whole quantity');
  });

  it('shows the price that the cart line and the placed order carry', async function () {
    this.timeout(60_000);
    const commerce = await testCommerce();
    const el = await configurator(commerce, CABLE);
    await pickOption(el, 'cores', '5g');
    await pickOption(el, 'section', '4');
    await pickOption(el, 'plug', 'cee32');
    await pickOption(el, 'coupler', 'cee32');
    await typeNumber(el, 'length', '25,5');
    const quantity = q<HTMLInputElement>(el, '.quantity input')!;
    quantity.value = '3';
    quantity.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(conflictCount(el)).to.equal(0);
    const price = await shownPrice(el);
    const added = new Promise<CustomEvent>((resolve) => el.addEventListener('kontor-add-to-cart', resolve as EventListener, { once: true }));
    q<HTMLButtonElement>(el, '.price > button')!.click();
    expect((await added).detail.configuration).to.deep.include({ length: 25.5, plug: 'cee32' });
    const line = await until(() => commerce.$cart.get().value?.lines.find((l) => l.sku === CABLE), 'the cart line');
    expect(line.quantity).to.equal(3);
    expect(line.price.lineNet.amountMinor).to.equal(price);
    expect(line.configurationSummary?.code).to.equal(q(el, '.code')?.textContent);
    await until(() => shadowText(el).includes('Added to the cart'), 'the confirmation');
    const session = commerce.$session.get().value;
    const order = await commerce.placeOrder({
      idempotencyKey: crypto.randomUUID(),
      billToId: session?.context?.billToId ?? '',
      shipToId: session?.context?.shipToId ?? '',
      partialDelivery: true,
      paymentMethod: 'invoice',
    });
    expect(order.lines.find((l) => l.sku === CABLE)?.price.lineNet.amountMinor).to.equal(price);
  });

  it('edits a configured cart line and saves it back', async () => {
    const commerce = await testCommerce();
    await commerce.addToCart([{ sku: CABLE, quantity: 2, configuration: { cores: '3g', section: '1.5', length: 10, plug: 'schuko', coupler: 'schuko' } }]);
    const line = commerce.$cart.get().value!.lines[0]!;
    const el = await mount<KontorConfigurator>(html`<kontor-configurator line=${line.id}></kontor-configurator>`, commerce);
    await until(() => q(el, '#step-title'), 'the first step');
    // Ids in the shadow root keep letters, digits and hyphens: 1.5 mm² is `--1_5`.
    expect(q<HTMLInputElement>(el, '[data-group="section"] input[id$="--1_5"]')!.checked).to.equal(true);
    await typeNumber(el, 'length', '12');
    expect(q<HTMLInputElement>(el, '.quantity input')!.value).to.equal('2');
    const save = q<HTMLButtonElement>(el, '.price > button')!;
    expect(save.textContent).to.contain('Save changes');
    save.click();
    await until(() => commerce.$cart.get().value?.lines[0]?.configuration?.['length'] === 12, 'the saved line');
    expect(commerce.$cart.get().value!.lines).to.have.length(1);
  });

  it('restores a configuration from the page address and keeps it there', async () => {
    const commerce = await testCommerce();
    const before = location.href;
    try {
      history.replaceState(null, '', `?config=${encodeURIComponent('cores=5g;section=6;length=30;plug=cee16;coupler=none')}`);
      const el = await configurator(commerce, CABLE, { configParam: 'config' });
      expect(q<HTMLInputElement>(el, '[data-group="section"] input[id$="--6"]')!.checked).to.equal(true);
      expect(q(el, '[role=alert]')).to.equal(null);
      await pickOption(el, 'coupler', 'cee16');
      expect(new URL(location.href).searchParams.get('config')).to.contain('coupler=cee16');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('explains a tampered link and falls back to the standard configuration', async () => {
    const commerce = await testCommerce();
    const before = location.href;
    try {
      history.replaceState(null, '', `?config=${encodeURIComponent('section=6;cores=7g;length=abc;plug=%E0%A4')}`);
      const el = await configurator(commerce, CABLE, { configParam: 'config' });
      expect(q(el, '[role=alert]')?.textContent).to.contain('could not be read');
      expect(q<HTMLInputElement>(el, '[data-group="cores"] input[id$="--3g"]')!.checked).to.equal(true);
      // Nothing of a tampered link is trusted, not even its readable parts.
      expect(q<HTMLInputElement>(el, '[data-group="section"] input[id$="--1_5"]')!.checked).to.equal(true);
      expect(new URL(location.href).searchParams.get('config')).to.contain('cores=3g');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('ignores a price answer that arrives after the choices changed', async () => {
    let calls = 0;
    let slowDone = false;
    const adapter = withFaults(testAdapter(), (method) =>
      method === 'priceConfiguration' && ++calls === 1
        ? {
            delayMs: 1500,
            transform: (result) => {
              slowDone = true;
              return result;
            },
          }
        : undefined,
    );
    const commerce = await testCommerce({ adapter });
    const el = await configurator(commerce, CABLE);
    await until(() => calls === 1, 'the first price request');
    await typeNumber(el, 'length', '20');
    const price = await shownPrice(el);
    const configuration = { cores: '3g', section: '1.5', length: 20, plug: 'none', coupler: 'none' };
    const expected = await commerce.adapter.priceConfiguration!({ sku: CABLE, configuration, quantity: 1 });
    expect(price).to.equal(expected.quote.lineNet.amountMinor);
    await until(() => slowDone, 'the late answer');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(Number(q(el, '.line-net')?.dataset.minor)).to.equal(expected.quote.lineNet.amountMinor);
  });

  it('asks a logged-out visitor to log in before editing a cart line', async () => {
    const commerce = await testCommerce({ loggedIn: false });
    const el = await mount<KontorConfigurator>(html`<kontor-configurator line="line-1"></kontor-configurator>`, commerce);
    await until(() => shadowText(el).includes('Log in to change this cart line'), 'the message');
  });

  it('shows an error with a retry when the rules cannot be loaded, and an empty state without a product', async () => {
    let fail = true;
    const adapter = withFaults(testAdapter(), (method) => (method === 'getConfigurationModel' && fail ? { failBefore: new NotFoundError('KT-101998 cannot be configured.') } : undefined));
    const commerce = await testCommerce({ adapter });
    const el = await mount<KontorConfigurator>(html`<kontor-configurator sku=${CABLE}></kontor-configurator>`, commerce);
    await until(() => q(el, '.state.error'), 'the error');
    expect(shadowText(el)).to.contain('cannot be configured');
    fail = false;
    q<HTMLButtonElement>(el, '.state.error button')!.click();
    await until(() => q(el, '#step-title'), 'the steps after retrying');
    const empty = await mount<KontorConfigurator>(html`<kontor-configurator></kontor-configurator>`, commerce);
    expect(shadowText(empty)).to.contain('No product chosen');
  });
});
