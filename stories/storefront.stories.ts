import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { STORY_CATALOG_SIZE } from './decorators/catalog-size.js';
import { showsPart, until } from './decorators/play.js';
import { COMPACT, DARK, GERMAN, NARROW } from './decorators/variants.js';
import '../components/storefront/storefront.js';
import '../components/price/price.js';
import '../components/add-to-cart/add-to-cart.js';

interface StorefrontArgs {
  backend: 'local' | 'http';
  'api-url': string;
  'catalog-size': number;
}

const meta = {
  title: 'Elements/Storefront',
  component: 'kontor-storefront',
  args: { backend: 'local', 'api-url': '', 'catalog-size': STORY_CATALOG_SIZE },
  argTypes: { backend: { control: 'inline-radio', options: ['local', 'http'] } },
  // The inner storefront is built from its attributes (its own backend connection, no one
  // logged in), so the tags inside it see list prices whatever the outer one provides.
  render: (args) => html`<kontor-storefront backend=${args.backend} api-url=${args['api-url']} catalog-size=${args['catalog-size']}>
    <p><kontor-price sku="KT-100004" quantity="10"></kontor-price></p>
    <kontor-add-to-cart sku="KT-100004" name="Hex nut ISO 4032 M8"></kontor-add-to-cart>
  </kontor-storefront>`,
  play: async ({ canvasElement }) => {
    await until(() => canvasElement.querySelector('kontor-storefront kontor-storefront'), 'the inner storefront');
    await showsPart(canvasElement.querySelector('kontor-storefront kontor-storefront') as HTMLElement, 'kontor-price', '[part=net]');
  },
} satisfies Meta<StorefrontArgs>;

export default meta;
type Story = StoryObj<StorefrontArgs>;

/** Tags inside a storefront configured by attributes: the embedded reference backend. */
export const Default: Story = {};

/** German labels. */
export const German: Story = { globals: GERMAN };

/** Dark scheme. */
export const Dark: Story = { globals: DARK };

/** A phone-sized viewport. */
export const Narrow: Story = { tags: ['narrow'], globals: NARROW };

/** Compact density. */
export const Compact: Story = { globals: COMPACT };
