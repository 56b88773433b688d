import { expect, html } from '@open-wc/testing';
import '../../components/account-switcher/account-switcher.js';
import type { KontorAccountSwitcher } from '../../components/account-switcher/account-switcher.js';
import { mount, shadowText, testCommerce, until } from './helpers/storefront.js';

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
});
