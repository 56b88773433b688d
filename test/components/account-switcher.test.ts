import { expect, html } from '@open-wc/testing';
import '../../components/account-switcher/account-switcher.js';
import type { KontorAccountSwitcher } from '../../components/account-switcher/account-switcher.js';
import { sendKeys } from '@web/test-runner-commands';
import { withFaults } from '../../src/index.js';
import { mount, shadowText, testAdapter, testCommerce, until } from './helpers/storefront.js';

const alerts = (element: KontorAccountSwitcher): string =>
  [...element.shadowRoot!.querySelectorAll('[role=alert]')].map((a) => a.textContent?.trim() ?? '').join(' ').trim();

describe('<kontor-account-switcher>', () => {
  it('passes an axe check', async () => {
    const commerce = await testCommerce();
    const element = await mount<KontorAccountSwitcher>(html`<kontor-account-switcher></kontor-account-switcher>`, commerce);
    await until(() => element.shadowRoot?.querySelector('select'), 'the selects');
    await expect(element).to.be.accessible();
  });

  it('switches the ship-to of the session', async () => {
    const commerce = await testCommerce();
    const element = await mount<KontorAccountSwitcher>(html`<kontor-account-switcher></kontor-account-switcher>`, commerce);
    const selects = await until(() => {
      const found = element.shadowRoot?.querySelectorAll('select');
      return found && found.length >= 2 ? [...found] : null;
    }, 'the selects');
    const shipTo = selects[1]!;
    const other = [...shipTo.options].find((o) => !o.selected);
    expect(other, 'a second ship-to').not.to.equal(undefined);
    shipTo.value = other!.value;
    shipTo.dispatchEvent(new Event('change'));
    await until(() => commerce.$session.get().value?.context?.shipToId === other!.value, 'the new ship-to');
  });

  it('asks a logged-out visitor to log in', async () => {
    const commerce = await testCommerce({ loggedIn: false });
    const element = await mount<KontorAccountSwitcher>(html`<kontor-account-switcher></kontor-account-switcher>`, commerce);
    expect(shadowText(element)).to.contain('Log in');
  });

  it('switches the account with the keyboard and starts at its first addresses', async () => {
    const commerce = await testCommerce();
    const element = await mount<KontorAccountSwitcher>(html`<kontor-account-switcher></kontor-account-switcher>`, commerce);
    const account = await until(() => element.shadowRoot?.querySelector('select'), 'the account select');
    const session = commerce.$session.get().value!;
    const target = session.accounts.find((a) => a.id !== session.context!.accountId)!;
    account.focus();
    await sendKeys({ press: 'ArrowDown' });
    // Chromium changes a focused, closed select with the arrow keys and fires change.
    await until(() => commerce.$session.get().value?.context?.accountId !== session.context!.accountId, 'the next account');
    const context = commerce.$session.get().value!.context!;
    const now = session.accounts.find((a) => a.id === context.accountId)!;
    expect(context.shipToId).to.equal(now.shipTo[0]!.id);
    expect(context.billToId).to.equal(now.billTo[0]!.id);
    expect(target).not.to.equal(undefined);
  });

  it('applies a promotion code, refuses an unknown one keeping the typed text, and removes it', async () => {
    const commerce = await testCommerce();
    const element = await mount<KontorAccountSwitcher>(html`<kontor-account-switcher></kontor-account-switcher>`, commerce);
    const input = await until(() => element.shadowRoot?.querySelector<HTMLInputElement>('[part=promotion] input'), 'the promotion field');
    input.focus();
    await sendKeys({ type: 'NO-SUCH-CODE' });
    await sendKeys({ press: 'Enter' });
    await until(() => alerts(element), 'the refusal');
    expect(alerts(element)).to.contain('NO-SUCH-CODE');
    expect(input.value).to.equal('NO-SUCH-CODE');
    expect(commerce.$session.get().value?.context?.promotionCode ?? null).to.equal(null);

    input.select();
    await sendKeys({ type: 'handschuh10' });
    await sendKeys({ press: 'Enter' });
    await until(() => commerce.$session.get().value?.context?.promotionCode === 'HANDSCHUH10', 'the active code');
    await until(() => shadowText(element).includes('HANDSCHUH10 is active'), 'the active note');
    expect(alerts(element)).to.equal('');
    await expect(element).to.be.accessible();

    const remove = [...element.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('Remove'))!;
    remove.click();
    await until(() => (commerce.$session.get().value?.context?.promotionCode ?? null) === null, 'the code removed');
  });

  it('says so when an empty code is applied, sending nothing', async () => {
    let switches = 0;
    const adapter = withFaults(testAdapter(), (method) => {
      if (method === 'setContext') switches++;
      return undefined;
    });
    const commerce = await testCommerce({ adapter });
    const element = await mount<KontorAccountSwitcher>(html`<kontor-account-switcher></kontor-account-switcher>`, commerce);
    const input = await until(() => element.shadowRoot?.querySelector<HTMLInputElement>('[part=promotion] input'), 'the promotion field');
    input.focus();
    await sendKeys({ type: '   ' });
    await sendKeys({ press: 'Enter' });
    await until(() => alerts(element), 'the hint');
    expect(alerts(element)).to.contain('Enter a promotion code');
    expect(switches).to.equal(0);
  });

  it('keeps the previous ship-to and says why when the switch fails', async () => {
    const adapter = withFaults(testAdapter(), (method) => (method === 'setContext' ? { failBefore: new Error('offline') } : undefined));
    const commerce = await testCommerce({ adapter });
    const element = await mount<KontorAccountSwitcher>(html`<kontor-account-switcher></kontor-account-switcher>`, commerce);
    const selects = await until(() => {
      const found = element.shadowRoot?.querySelectorAll('select');
      return found && found.length >= 2 ? [...found] : null;
    }, 'the selects');
    const before = commerce.$session.get().value!.context!.shipToId;
    const shipTo = selects[1]!;
    shipTo.value = [...shipTo.options].find((o) => !o.selected)!.value;
    shipTo.dispatchEvent(new Event('change'));
    await until(() => alerts(element), 'the error');
    expect(commerce.$session.get().value!.context!.shipToId).to.equal(before);
    await element.updateComplete;
    expect(shipTo.value, 'the select shows the kept ship-to').to.equal(before);
  });
});
