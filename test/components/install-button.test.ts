import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/install-button/install-button.js';
import type { KontorInstallButton } from '../../components/install-button/install-button.js';
import { until } from './helpers/storefront.js';

/** A stand-in for Chromium's install offer, as the browser fires it on window. */
function offerInstall(answer: 'accepted' | 'dismissed'): { prompted: () => number } {
  let prompts = 0;
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompt: async () => {
      prompts++;
    },
    userChoice: Promise.resolve({ outcome: answer, platform: 'web' }),
  });
  window.dispatchEvent(event);
  return { prompted: () => prompts };
}

describe('<kontor-install-button>', () => {
  it('hides itself while the browser offers no installation', async () => {
    const element = await fixture<KontorInstallButton>(html`<kontor-install-button></kontor-install-button>`);
    await expect(element).to.be.accessible();
    expect(element.installable).to.equal(false);
    expect(element.shadowRoot?.querySelector('button')).to.equal(null);
    expect(getComputedStyle(element).display).to.equal('none');
  });

  it('appears with the offer, passes axe, installs from the keyboard and hides again', async () => {
    const element = await fixture<KontorInstallButton>(html`<kontor-install-button></kontor-install-button>`);
    const outcomes: string[] = [];
    element.addEventListener('kontor-install', (event) => outcomes.push(event.detail.outcome));
    const offer = offerInstall('accepted');
    const button = await until(() => element.shadowRoot?.querySelector('button'), 'the install button');
    await expect(element).to.be.accessible();
    expect(button.textContent?.trim()).to.equal('Install app');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => outcomes.length === 1, 'the outcome');
    expect(outcomes).to.deep.equal(['accepted']);
    expect(offer.prompted()).to.equal(1);
    await element.updateComplete;
    expect(element.shadowRoot?.querySelector('button')).to.equal(null);
  });

  it('hides once the app is installed', async () => {
    const element = await fixture<KontorInstallButton>(html`<kontor-install-button label="Get the app"></kontor-install-button>`);
    offerInstall('dismissed');
    const button = await until(() => element.shadowRoot?.querySelector('button'), 'the install button');
    expect(button.textContent?.trim()).to.equal('Get the app');
    window.dispatchEvent(new Event('appinstalled'));
    await until(() => !element.installable, 'the button to hide');
  });
});
