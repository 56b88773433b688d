import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { altered, failing, neverAnswers } from './decorators/faults.js';
import { reachesState, showsPart, showsText } from './decorators/play.js';
import { COMPACT, DARK, GERMAN, NARROW } from './decorators/variants.js';
import type { PriceQuote } from '../src/index.js';
import '../components/price/price.js';

interface PriceArgs {
  sku: string;
  quantity: number;
  'show-tiers': boolean;
}

const meta = {
  title: 'Elements/Price',
  component: 'kontor-price',
  args: { sku: 'KT-100004', quantity: 1, 'show-tiers': true },
  render: (args) => html`<kontor-price sku=${args.sku} quantity=${args.quantity} ?show-tiers=${args['show-tiers']}></kontor-price>`,
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-price', '[part=net]');
  },
} satisfies Meta<PriceArgs>;

export default meta;
type Story = StoryObj<PriceArgs>;

/** The logged-in buyer's price with its source, the VAT note and the volume price table. */
export const Default: Story = {};

/** A larger quantity reaches a volume tier. */
export const VolumeQuantity: Story = { args: { quantity: 500 } };

/** A visitor sees the list price. */
export const Visitor: Story = { parameters: { kontor: { user: 'visitor' } } };

/** While the price loads, a placeholder keeps the element's size. */
export const Loading: Story = {
  parameters: { kontor: { faults: neverAnswers('getPrices') } },
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-price', 'loading');
    await showsPart(canvasElement, 'kontor-price', '[aria-busy=true]');
  },
};

/** Pricing is down: the element says so instead of showing a wrong number. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: { kontor: { faults: failing('getPrices') } },
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-price', 'error');
    await showsText(canvasElement, 'kontor-price', 'Price unavailable');
  },
};

/** An unknown SKU. */
export const UnknownSku: Story = {
  args: { sku: 'KT-999999' },
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-price', 'error');
  },
};

/** Many volume tiers (an unusual price list from the backend). */
export const ManyTiers: Story = {
  parameters: {
    kontor: {
      faults: altered('getPrices', (quotes) =>
        (quotes as readonly PriceQuote[]).map((quote) => ({
          ...quote,
          tiers: Array.from({ length: 12 }, (_, i) => ({
            minQuantity: i === 0 ? 1 : i * 50,
            unitNet: { ...quote.unitNet, amountMinor: Math.max(1, Math.round(quote.unitNet.amountMinor * (1 - i * 0.03))) },
          })),
        })),
      ),
    },
  },
};

/** German labels and number format. */
export const German: Story = {
  globals: GERMAN,
  play: async ({ canvasElement }) => {
    await showsText(canvasElement, 'kontor-price', 'zzgl.');
  },
};

/** Dark scheme. */
export const Dark: Story = { globals: DARK };

/** A phone-sized viewport. */
export const Narrow: Story = { tags: ['narrow'], globals: NARROW };

/** Compact density. */
export const Compact: Story = { globals: COMPACT };
