import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { altered, failing, LONG_NAME } from './decorators/faults.js';
import { reachesState, showsPart, storyElement, until } from './decorators/play.js';
import { COMPACT, DARK, GERMAN, NARROW } from './decorators/variants.js';
import type { Suggestions } from '../src/index.js';
import '../components/search-box/search-box.js';

interface SearchBoxArgs {
  placeholder: string;
  'min-chars': number;
  limit: number;
}

/** Types `text` into the box so that its suggestions open, as a user would. */
async function typeIn(canvas: HTMLElement, text: string): Promise<void> {
  const box = storyElement(canvas, 'kontor-search-box');
  const input = await until(() => box.shadowRoot?.querySelector('input'), 'the field');
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input'));
}

const meta = {
  title: 'Elements/Search box',
  component: 'kontor-search-box',
  args: { placeholder: '', 'min-chars': 2, limit: 6 },
  render: (args) => html`<div style="max-width: 40rem; min-height: 32rem">
    <kontor-search-box
      action="#search"
      product-url="#product-{sku}"
      category-url="#category-{id}"
      placeholder=${args.placeholder}
      min-chars=${args['min-chars']}
      limit=${args.limit}
      @kontor-search=${(e: Event) => e.preventDefault()}
      @kontor-suggestion-select=${(e: Event) => e.preventDefault()}
    ></kontor-search-box>
  </div>`,
  play: async ({ canvasElement }) => {
    await typeIn(canvasElement, 'sechskant');
    await showsPart(canvasElement, 'kontor-search-box', '[role=option]');
  },
} satisfies Meta<SearchBoxArgs>;

export default meta;
type Story = StoryObj<SearchBoxArgs>;

/** Products with the buyer's prices and stock, categories and completions. */
export const Default: Story = {};

/** A dimension query: `M8 x 40` finds M8x40 and never M8x400. */
export const Dimension: Story = {
  play: async ({ canvasElement }) => {
    await typeIn(canvasElement, 'M8 x 40 A4');
    await showsPart(canvasElement, 'kontor-search-box', '[role=option]');
  },
};

/** Suggestions are unavailable: a quiet note, searching still works. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: { kontor: { faults: failing('suggest') } },
  play: async ({ canvasElement }) => {
    await typeIn(canvasElement, 'kabel');
    await reachesState(canvasElement, 'kontor-search-box', 'error');
  },
};

/** Product names far longer than usual. */
export const LongTexts: Story = {
  parameters: {
    kontor: {
      faults: altered('suggest', (result) => {
        const { products, ...rest } = result as Suggestions;
        return { ...rest, products: products.map((hit) => ({ ...hit, product: { ...hit.product, name: `${hit.product.name}: ${LONG_NAME}` } })) };
      }),
    },
  },
};

/** German labels and product texts. */
export const German: Story = { globals: GERMAN };

/** Dark scheme. */
export const Dark: Story = { globals: DARK };

/** A phone-sized viewport: the suggestions fill the screen. */
export const Narrow: Story = { tags: ['narrow'], globals: NARROW };

/** Compact density. */
export const Compact: Story = { globals: COMPACT };
