import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { altered, failing, LONG_NAME, neverAnswers } from './decorators/faults.js';
import { ordersPlaced } from './decorators/orders.js';
import { reachesState, showsText, storyElement, until } from './decorators/play.js';
import { COMPACT, DARK, GERMAN, NARROW } from './decorators/variants.js';
import type { SearchResult } from '../src/index.js';
import '../components/recommendations/recommendations.js';

interface RecommendationsArgs {
  kind: 'auto' | 'reorder' | 'recently-viewed' | 'popular';
  limit: number;
}

const cards = async (canvas: HTMLElement, count = 1): Promise<void> => {
  await until(() => (storyElement(canvas, 'kontor-recommendations').shadowRoot?.querySelectorAll('li:not(.skeleton)').length ?? 0) >= count, `${count} recommended products`);
};

const meta = {
  title: 'Personalization/Recommendations',
  component: 'kontor-recommendations',
  args: { kind: 'popular', limit: 6 },
  argTypes: { kind: { control: 'select', options: ['auto', 'reorder', 'recently-viewed', 'popular'] } },
  render: (args) => html`<kontor-recommendations kind=${args.kind} limit=${args.limit} product-url="#product-{sku}"></kontor-recommendations>`,
  play: async ({ canvasElement }) => {
    await cards(canvasElement);
  },
} satisfies Meta<RecommendationsArgs>;

export default meta;
type Story = StoryObj<RecommendationsArgs>;

/** "Popular in your industry": the backend's best-ranked products. */
export const Default: Story = {};

/** "Reorder your usual items", from the account's past orders. */
export const Reorder: Story = {
  args: { kind: 'reorder' },
  parameters: { kontor: { setup: ordersPlaced(3) } },
  play: async ({ canvasElement }) => {
    await cards(canvasElement);
    await showsText(canvasElement, 'kontor-recommendations', 'Reorder your usual items');
  },
};

/** A longer strip. */
export const ManyResults: Story = {
  args: { limit: 12 },
  play: async ({ canvasElement }) => {
    await cards(canvasElement, 12);
  },
};

/** Product names far longer than usual. */
export const LongTexts: Story = {
  parameters: {
    kontor: {
      faults: altered('search', (result) => {
        const { hits, ...rest } = result as SearchResult;
        return { ...rest, hits: hits.map((hit) => ({ ...hit, product: { ...hit.product, name: `${hit.product.name}: ${LONG_NAME}` } })) };
      }),
    },
  },
  play: async ({ canvasElement }) => {
    await cards(canvasElement);
    await showsText(canvasElement, 'kontor-recommendations', 'offshore');
  },
};

/** "Recently viewed" without consent or history: the strip explains, at the same height. */
export const Empty: Story = {
  args: { kind: 'recently-viewed' },
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-recommendations', 'empty');
  },
};

/** While loading, skeleton cards hold the strip's height. */
export const Loading: Story = {
  parameters: { kontor: { faults: neverAnswers('search') } },
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-recommendations', 'loading');
  },
};

/** The backend fails: an alert with a retry, at the same height. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: { kontor: { faults: failing('search') } },
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-recommendations', 'error');
  },
};

/** German heading. */
export const German: Story = {
  globals: GERMAN,
  play: async ({ canvasElement }) => {
    await showsText(canvasElement, 'kontor-recommendations', 'Beliebt in Ihrer Branche');
  },
};

/** Dark scheme. */
export const Dark: Story = { globals: DARK };

/** A phone: the strip scrolls sideways. */
export const Narrow: Story = { tags: ['narrow'], globals: NARROW };

/** Compact density. */
export const Compact: Story = { globals: COMPACT };
