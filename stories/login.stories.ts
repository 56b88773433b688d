import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { failing, neverAnswers } from './decorators/faults.js';
import { showsPart, showsText, storyElement } from './decorators/play.js';
import { COMPACT, DARK, GERMAN, NARROW } from './decorators/variants.js';
import '../components/login/login.js';

/** Fills the form and submits it, as a visitor would. */
async function logIn(canvas: HTMLElement, email: string, password: string): Promise<void> {
  const element = storyElement(canvas, 'kontor-login');
  await showsPart(canvas, 'kontor-login', '[part=form]');
  for (const [selector, value] of [['input[type=email]', email], ['input[type=password]', password]] as const) {
    const input = element.shadowRoot?.querySelector<HTMLInputElement>(selector);
    if (!input) throw new Error(`The login form has no ${selector}.`);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await element.updateComplete;
  element.shadowRoot?.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
}

const meta = {
  title: 'Elements/Login',
  component: 'kontor-login',
  parameters: { kontor: { user: 'visitor' } },
  render: () => html`<kontor-login></kontor-login>`,
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-login', '[part=form]');
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The login form for a visitor. */
export const Default: Story = {};

/** A logged-in buyer: name, company and logout. */
export const LoggedIn: Story = {
  parameters: { kontor: { user: 'buyer' } },
  play: async ({ canvasElement }) => {
    await showsText(canvasElement, 'kontor-login', 'Logged in as');
  },
};

/** Missing input is explained before anything is sent. */
export const MissingInput: Story = {
  play: async ({ canvasElement }) => {
    await logIn(canvasElement, '', '');
    await showsText(canvasElement, 'kontor-login', 'Enter your e-mail address and password.');
  },
};

/** Wrong credentials: the backend's answer is shown, the e-mail stays. */
export const WrongPassword: Story = {
  play: async ({ canvasElement }) => {
    await logIn(canvasElement, 'nobody@example.com', 'wrong');
    await showsPart(canvasElement, 'kontor-login', '.message.error:not(:empty)');
  },
};

/** While logging in. */
export const Busy: Story = {
  parameters: { kontor: { user: 'visitor', faults: neverAnswers('login') } },
  play: async ({ canvasElement }) => {
    await logIn(canvasElement, 'buyer@example.com', 'demo');
    await showsText(canvasElement, 'kontor-login', 'Logging in…');
  },
};

/** The login service is down. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: { kontor: { user: 'visitor', faults: failing('login') } },
  play: async ({ canvasElement }) => {
    await logIn(canvasElement, 'buyer@example.com', 'demo');
    await showsText(canvasElement, 'kontor-login', 'not reachable');
  },
};

/** German labels. */
export const German: Story = {
  globals: GERMAN,
  play: async ({ canvasElement }) => {
    await showsText(canvasElement, 'kontor-login', 'Passwort');
  },
};

/** Dark scheme. */
export const Dark: Story = { globals: DARK };

/** A phone-sized viewport. */
export const Narrow: Story = { tags: ['narrow'], globals: NARROW };

/** Compact density. */
export const Compact: Story = { globals: COMPACT };
