import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/login/login.js';
import type { KontorLogin } from '../../components/login/login.js';
import { demoUser, mount, shadowText, testCommerce, until } from './helpers/storefront.js';

async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  await sendKeys({ type: text });
}

describe('<kontor-login>', () => {
  it('passes an axe check', async () => {
    const commerce = await testCommerce({ loggedIn: false });
    const element = await mount<KontorLogin>(html`<kontor-login></kontor-login>`, commerce);
    await expect(element).to.be.accessible();
  });

  it('refuses a wrong password, keeps the e-mail and says so', async () => {
    const commerce = await testCommerce({ loggedIn: false });
    const user = await demoUser('buyer');
    const element = await mount<KontorLogin>(html`<kontor-login></kontor-login>`, commerce);
    const [email, password] = [...element.shadowRoot!.querySelectorAll('input')];
    await typeInto(email!, user.email);
    await typeInto(password!, 'not-the-password');
    await sendKeys({ press: 'Enter' });
    await until(() => element.shadowRoot!.querySelector('[role=alert]')?.textContent?.trim(), 'the error');
    expect(email!.value).to.equal(user.email);
    expect(commerce.$session.get().value?.user).to.equal(null);
  });

  it('logs in with the keyboard and out again, clearing the cart', async () => {
    const commerce = await testCommerce({ loggedIn: false });
    const user = await demoUser('buyer');
    const element = await mount<KontorLogin>(html`<kontor-login></kontor-login>`, commerce);
    const [email, password] = [...element.shadowRoot!.querySelectorAll('input')];
    await typeInto(email!, user.email);
    await typeInto(password!, user.password);
    await sendKeys({ press: 'Enter' });
    await until(() => shadowText(element).includes(user.name), 'the logged-in state');
    element.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await until(() => element.shadowRoot!.querySelector('form'), 'the login form again');
    expect(commerce.$cart.get().value).to.equal(null);
  });
});
