import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { neverAnswers } from './decorators/faults.js';
import { cartWith } from './decorators/setup.js';
import { reachesState, showsPart, showsText, storyElement, until } from './decorators/play.js';
import { COMPACT, DARK, GERMAN, NARROW } from './decorators/variants.js';
import '../components/mini-cart/mini-cart.js';

interface MiniCartArgs {
  'cart-url': string;
}

/** Waits until the badge shows `count` lines, then opens the panel as a click would. */
async function openWith(canvas: HTMLElement, count: number): Promise<void> {
  const element = storyElement(canvas, 'kontor-mini-cart');
  await until(() => element.shadowRoot?.querySelector('.count')?.textContent?.trim() === String(count), `${count} cart lines`);
  element.shadowRoot?.querySelector<HTMLButtonElement>('[part=trigger]')?.click();
  await reachesState(canvas, 'kontor-mini-cart', 'open');
}

const meta = {
  title: 'Elements/Mini cart',
  component: 'kontor-mini-cart',
  args: { 'cart-url': '#cart' },
  parameters: { kontor: { setup: cartWith(3) } },
  render: (args) => html`<kontor-mini-cart cart-url=${args['cart-url']}></kontor-mini-cart>`,
  play: async ({ canvasElement }) => {
    await openWith(canvasElement, 3);
  },
} satisfies Meta<MiniCartArgs>;

export default meta;
type Story = StoryObj<MiniCartArgs>;

/** The header button with line count and net total, its panel opened. */
export const Default: Story = {};

/** Closed, as it sits in a page header. */
export const Closed: Story = {
  play: async ({ canvasElement }) => {
    await until(() => storyElement(canvasElement, 'kontor-mini-cart').shadowRoot?.querySelector('.count')?.textContent?.trim() === '3', '3 cart lines');
  },
};

/** Many lines. */
export const ManyLines: Story = {
  parameters: { kontor: { setup: cartWith(12) } },
  play: async ({ canvasElement }) => {
    await openWith(canvasElement, 12);
  },
};

/** An empty cart. */
export const Empty: Story = {
  parameters: { kontor: { setup: cartWith(0) } },
  play: async ({ canvasElement }) => {
    await openWith(canvasElement, 0);
    await showsText(canvasElement, 'kontor-mini-cart', 'Your cart is empty.');
  },
};

/** A visitor is asked to log in. */
export const Visitor: Story = {
  parameters: { kontor: { user: 'visitor', setup: cartWith(0) } },
  play: async ({ canvasElement }) => {
    await openWith(canvasElement, 0);
    await showsText(canvasElement, 'kontor-mini-cart', 'Log in to see your cart.');
  },
};

/** While the cart loads, the badge shows nothing yet. */
export const Loading: Story = {
  parameters: { kontor: { faults: neverAnswers('getCart') } },
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-mini-cart', '[part=trigger]');
  },
};

/** German labels and prices. */
export const German: Story = {
  globals: GERMAN,
  play: async ({ canvasElement }) => {
    await openWith(canvasElement, 3);
    await showsText(canvasElement, 'kontor-mini-cart', 'Zum Warenkorb');
  },
};

/** Dark scheme. */
export const Dark: Story = { globals: DARK };

/** A phone-sized viewport. */
export const Narrow: Story = { tags: ['narrow'], globals: NARROW };

/** Compact density. */
export const Compact: Story = { globals: COMPACT };
