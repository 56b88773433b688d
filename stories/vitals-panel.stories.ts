import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { failing } from './decorators/faults.js';
import { showsPart, showsText } from './decorators/play.js';
import { COMPACT, DARK, GERMAN, NARROW } from './decorators/variants.js';
import '../components/vitals-panel/vitals-panel.js';
import '../components/product-listing/product-listing.js';
import '../components/search-box/search-box.js';

interface VitalsPanelArgs {
  open: boolean;
}

/**
 * The panel shows what the telemetry SDK measures in the preview: Web Vitals of the preview
 * frame, and the timings of the elements next to it (a listing here). Values of earlier
 * stories stay, as on a page.
 */
const meta = {
  title: 'Elements/Vitals panel',
  component: 'kontor-vitals-panel',
  args: { open: true },
  render: (args) => html`<kontor-vitals-panel ?open=${args.open}></kontor-vitals-panel>
    <kontor-product-listing category="fasteners" page-size="4"></kontor-product-listing>`,
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-vitals-panel', 'tr[data-metric=results]');
  },
} satisfies Meta<VitalsPanelArgs>;

export default meta;
type Story = StoryObj<VitalsPanelArgs>;

/** Open, with the listing's time to results and the page's vitals as they arrive. */
export const Default: Story = {};

/** Collapsed: one line until opened (Enter or Space on its summary). */
export const Collapsed: Story = {
  args: { open: false },
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-vitals-panel', 'details:not([open])');
  },
};

/** With a search box: type to see the typeahead latency (keystroke to suggestions painted). */
export const WithSearchBox: Story = {
  render: (args) => html`<kontor-search-box min-chars="2"></kontor-search-box><kontor-vitals-panel ?open=${args.open}></kontor-vitals-panel>`,
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-vitals-panel', 'table');
  },
};

/** A failing listing: its `kontor-error` is counted and rated poor. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: { kontor: { faults: failing('search') } },
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-vitals-panel', 'tr[data-metric=error]');
  },
};

/** German labels and number format. */
export const German: Story = {
  globals: GERMAN,
  play: async ({ canvasElement }) => {
    await showsText(canvasElement, 'kontor-vitals-panel', 'Web Vitals und Komponentenzeiten');
    await showsPart(canvasElement, 'kontor-vitals-panel', 'tr[data-metric=results]');
  },
};

/** Dark scheme. */
export const Dark: Story = { globals: DARK };

/** A phone-sized viewport. */
export const Narrow: Story = { tags: ['narrow'], globals: NARROW };

/** Compact density. */
export const Compact: Story = { globals: COMPACT };
