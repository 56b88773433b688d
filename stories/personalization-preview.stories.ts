import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { reachesState, showsText, storyElement, until } from './decorators/play.js';
import { COMPACT, DARK, GERMAN, NARROW } from './decorators/variants.js';
import { defineSegments, setPreview } from '../sdk/personalization/index.js';
import '../components/slot/slot.js';
import '../components/personalization-preview/personalization-preview.js';

interface PreviewArgs {
  preview: 'none' | 'default' | 'returning' | 'customer-group:cg-industry';
}

/** Segments a marketing team defines for its own campaigns (valid definitions only). */
const CAMPAIGN_SEGMENTS = [
  { id: 'electrical-regulars', label: 'Electrical trade, regulars', priority: 60, when: { field: 'customerGroup', equals: 'cg-electrical' } },
  { id: 'spring-newsletter', label: 'Came from the spring newsletter', when: { field: 'campaign.source', equals: 'newsletter' } },
  { id: 'lab-buyers-on-mobile', when: { all: [{ field: 'industry', equals: 'lab' }, { field: 'device', equals: 'mobile' }] } },
  { id: 'frequent-cable-and-installation-material-buyers-in-the-northern-sales-region', when: { field: 'categoriesOrdered', includes: 'cables' } },
];

/** The panel of the story. */
const panel = (canvas: HTMLElement) => storyElement(canvas, 'kontor-personalization-preview');

const meta = {
  title: 'Personalization/Preview panel',
  component: 'kontor-personalization-preview',
  args: { preview: 'none' },
  argTypes: { preview: { control: 'select', options: ['none', 'default', 'returning', 'customer-group:cg-industry'] } },
  render: (args) => {
    // The panel shows the page's slots' segments; the preview is global to the page.
    setPreview(args.preview === 'none' ? null : args.preview === 'default' ? [] : [args.preview]);
    return html`<kontor-slot name="hero" min-height="4rem">
        <template data-segment="returning"><p>Welcome back</p></template>
        <template data-segment="customer-group:cg-industry"><p>Fasteners at your group prices</p></template>
        <template><p>Everything your production needs</p></template>
      </kontor-slot>
      <kontor-personalization-preview></kontor-personalization-preview>`;
  },
  play: async ({ canvasElement }) => {
    await until(() => panel(canvasElement).shadowRoot?.querySelector('select option[value="returning"]'), 'the segments of the page');
  },
} satisfies Meta<PreviewArgs>;

export default meta;
type Story = StoryObj<PreviewArgs>;

/** No preview, no consent: everyone sees the default variants. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await showsText(canvasElement, 'kontor-personalization-preview', 'No consent');
  },
};

/** Previewing the page as a returning visitor: the slot follows, the profile is not changed. */
export const Previewing: Story = {
  args: { preview: 'returning' },
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-personalization-preview', 'preview');
    await until(() => storyElement(canvasElement, 'kontor-slot').decision?.segment === 'returning', 'the returning variant in the slot');
  },
};

/** Previewing the default variants ("nobody"). */
export const Nobody: Story = {
  args: { preview: 'default' },
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-personalization-preview', 'preview');
  },
};

/** A page with its own campaign segments, one with a very long id: all are offered. */
export const ManySegments: Story = {
  render: (args) => {
    // Segments stay defined for the rest of the page view, as on a real page.
    defineSegments(CAMPAIGN_SEGMENTS, 'story');
    return meta.render(args);
  },
  play: async ({ canvasElement }) => {
    await until(() => panel(canvasElement).shadowRoot?.querySelector('select option[value="spring-newsletter"]'), 'the campaign segments');
  },
};

/** German labels. */
export const German: Story = {
  globals: GERMAN,
  play: async ({ canvasElement }) => {
    await showsText(canvasElement, 'kontor-personalization-preview', 'Vorschau der Personalisierung');
  },
};

/** Dark scheme, with a preview on. */
export const Dark: Story = { globals: DARK, args: { preview: 'returning' } };

/** A phone-sized viewport. */
export const Narrow: Story = { tags: ['narrow'], globals: NARROW };

/** Compact density. */
export const Compact: Story = { globals: COMPACT };
