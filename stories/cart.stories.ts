import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { failing, neverAnswers } from './decorators/faults.js';
import { cartWith } from './decorators/setup.js';
import { reachesState, showsPart, showsText } from './decorators/play.js';
import { COMPACT, DARK, GERMAN, NARROW } from './decorators/variants.js';
import '../components/cart/cart.js';

const meta = {
  title: 'Elements/Cart',
  component: 'kontor-cart',
  parameters: { kontor: { setup: cartWith(3) } },
  render: () => html`<kontor-cart></kontor-cart>`,
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-cart', 'table');
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Lines with the buyer's prices, backend totals and the way to checkout. */
export const Default: Story = {};

/** Many lines. */
export const ManyLines: Story = {
  parameters: { kontor: { setup: cartWith(15) } },
};

/** An empty cart. */
export const Empty: Story = {
  parameters: { kontor: { setup: cartWith(0) } },
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-cart', 'empty');
  },
};

/** A visitor is asked to log in. */
export const Visitor: Story = {
  parameters: { kontor: { user: 'visitor', setup: cartWith(0) } },
  play: async ({ canvasElement }) => {
    await showsText(canvasElement, 'kontor-cart', 'Log in to see your cart.');
  },
};

/** While the cart loads. */
export const Loading: Story = {
  parameters: { kontor: { faults: neverAnswers('getCart') } },
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-cart', '[aria-busy=true]');
  },
};

/** The cart service is down. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: { kontor: { faults: failing('getCart') } },
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-cart', '[role=alert]');
  },
};

/** German labels and prices. */
export const German: Story = {
  globals: GERMAN,
  play: async ({ canvasElement }) => {
    await showsText(canvasElement, 'kontor-cart', 'Summe netto');
  },
};

/** Dark scheme. */
export const Dark: Story = { globals: DARK };

/** A phone-sized viewport: lines stack. */
export const Narrow: Story = { tags: ['narrow'], globals: NARROW };

/** Compact density. */
export const Compact: Story = { globals: COMPACT };
