import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { altered, failing, LONG_NAME, neverAnswers } from './decorators/faults.js';
import { productOrdered } from './decorators/orders.js';
import { reachesState, showsPart, showsText, storyElement, until } from './decorators/play.js';
import { COMPACT, DARK, GERMAN, NARROW } from './decorators/variants.js';
import type { CommerceAdapter, Product } from '../src/index.js';
import '../components/product/product.js';

interface ProductArgs {
  sku: string;
  'product-url': string;
  'variant-view': 'axes' | 'table';
}

/** A bolt of a family with 98 variants over two axes (thread, length). */
const BOLT = 'KT-100012';
/** The product the ratings and questions stories are about. */
const RATED = 'KT-100004';

/** Waits until `tag` inside the product shows an element matching `selector` in its own shadow root. */
async function innerPart(canvas: HTMLElement, tag: 'kontor-product-ratings' | 'kontor-product-questions' | 'kontor-variant-picker' | 'kontor-variant-table', selector: string): Promise<Element> {
  return until(() => storyElement(canvas, 'kontor-product').shadowRoot?.querySelector(tag)?.shadowRoot?.querySelector(selector), `<${tag}> renders ${selector}`);
}

/** A setup that makes sure the buyer asked about `sku` once, so the questions list is shown. */
function questionAsked(sku: string): (adapter: CommerceAdapter) => Promise<void> {
  return async (adapter) => {
    if (!adapter.askQuestion || !adapter.listQuestions) return;
    if ((await adapter.listQuestions({ sku })).length > 0) return;
    await adapter.askQuestion({ sku, text: 'Is this nut also available in stainless steel A4, and what is the lead time for 5,000 pieces?' });
  };
}

const meta = {
  title: 'Elements/Product',
  component: 'kontor-product',
  args: { sku: 'KT-100004', 'product-url': '#product-{sku}', 'variant-view': 'axes' },
  argTypes: { 'variant-view': { control: 'inline-radio', options: ['axes', 'table'] } },
  render: (args) => html`<kontor-product sku=${args.sku} product-url=${args['product-url']} variant-view=${args['variant-view']}></kontor-product>`,
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-product', '[part=title]');
  },
} satisfies Meta<ProductArgs>;

export default meta;
type Story = StoryObj<ProductArgs>;

/** Identifiers, price with volume tiers, add to cart, stock per warehouse, technical data. */
export const Default: Story = {};

/** Variants chosen axis by axis (thread, then length); lengths a thread lacks are marked. */
export const VariantPicker: Story = {
  args: { sku: BOLT },
  play: async ({ canvasElement }) => {
    await innerPart(canvasElement, 'kontor-variant-picker', 'input[type=radio]');
  },
};

/** All 98 variants of a family as a table with price and stock, the current one marked. */
export const VariantTable: Story = {
  args: { sku: BOLT, 'variant-view': 'table' },
  play: async ({ canvasElement }) => {
    await innerPart(canvasElement, 'kontor-variant-table', 'tr[aria-current=true]');
  },
};

/** Ratings from business customers, with the form for an account that ordered the product. */
export const Ratings: Story = {
  args: { sku: RATED },
  parameters: { kontor: { setup: productOrdered(RATED) } },
  play: async ({ canvasElement }) => {
    await innerPart(canvasElement, 'kontor-product-ratings', 'form');
  },
};

/** Questions to the sales team: the form and the buyer's earlier question, awaiting an answer. */
export const Questions: Story = {
  args: { sku: RATED },
  parameters: { kontor: { setup: questionAsked(RATED) } },
  play: async ({ canvasElement }) => {
    await innerPart(canvasElement, 'kontor-product-questions', 'form');
    await innerPart(canvasElement, 'kontor-product-questions', '[part=list] li');
  },
};

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
