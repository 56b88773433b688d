import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { failing, neverAnswers } from './decorators/faults.js';
import { reachesState, showsText, storyElement, until } from './decorators/play.js';
import { DARK, GERMAN, NARROW } from './decorators/variants.js';
import '../components/recommendations/recommendations.js';

interface RecommendationsArgs {
  kind: 'auto' | 'reorder' | 'recently-viewed' | 'popular';
  limit: number;
}

const cards = async (canvas: HTMLElement): Promise<void> => {
  await until(() => (storyElement(canvas, 'kontor-recommendations').shadowRoot?.querySelectorAll('li:not(.skeleton)').length ?? 0) > 0, 'recommended products');
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
export const Popular: Story = {};

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
export const Narrow: Story = { globals: NARROW };
