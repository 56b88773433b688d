import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { altered, failing, LONG_NAME, neverAnswers } from './decorators/faults.js';
import { reachesState, showsPart, showsText } from './decorators/play.js';
import { COMPACT, DARK, GERMAN, NARROW } from './decorators/variants.js';
import type { Product } from '../src/index.js';
import '../components/product/product.js';

interface ProductArgs {
  sku: string;
  'product-url': string;
}

const meta = {
  title: 'Elements/Product',
  component: 'kontor-product',
  args: { sku: 'KT-100004', 'product-url': '#product-{sku}' },
  render: (args) => html`<kontor-product sku=${args.sku} product-url=${args['product-url']}></kontor-product>`,
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-product', '[part=title]');
  },
} satisfies Meta<ProductArgs>;

export default meta;
type Story = StoryObj<ProductArgs>;

/** Identifiers, price with volume tiers, add to cart, stock per warehouse, technical data. */
export const Default: Story = {};

/** Cable sold by the metre. */
export const Cable: Story = { args: { sku: 'KT-100152' } };

/** A discontinued product: no add to cart, a link to its replacement. */
export const Discontinued: Story = {
  args: { sku: 'KT-100040' },
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-product', '[role=note]');
  },
};

/** While the product loads. */
export const Loading: Story = {
  parameters: { kontor: { faults: neverAnswers('getProduct') } },
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-product', 'loading');
  },
};

/** An unknown SKU. */
export const NotFound: Story = {
  args: { sku: 'KT-999999' },
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-product', 'error');
    await showsText(canvasElement, 'kontor-product', 'KT-999999');
  },
};

/** The catalog service is down. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: { kontor: { faults: failing('getProduct') } },
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-product', 'error');
    await showsPart(canvasElement, 'kontor-product', '[role=alert] button');
  },
};

/** No product chosen yet (an editor placed the tag without a SKU). */
export const Empty: Story = {
  args: { sku: '' },
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-product', '.notice');
  },
};

/** A very long name and description. */
export const LongTexts: Story = {
  parameters: {
    kontor: {
      faults: altered('getProduct', (product) => {
        const p = product as Product;
        return { ...p, name: `${p.name}: ${LONG_NAME}`, descriptionHtml: `${p.descriptionHtml}<p>${LONG_NAME.repeat(4)}</p>` };
      }),
    },
  },
};

/** German labels and product texts. */
export const German: Story = {
  globals: GERMAN,
  play: async ({ canvasElement }) => {
    await showsText(canvasElement, 'kontor-product', 'Technische Daten');
  },
};

/** Dark scheme. */
export const Dark: Story = { globals: DARK };

/** A phone-sized viewport. */
export const Narrow: Story = { tags: ['narrow'], globals: NARROW };

/** Compact density. */
export const Compact: Story = { globals: COMPACT };
