import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { until } from './decorators/play.js';
import { GERMAN } from './decorators/variants.js';
import { setPreview } from '../sdk/personalization/index.js';
import '../components/slot/slot.js';
import '../components/personalization-preview/personalization-preview.js';

interface SlotArgs {
  preview: 'none' | 'new' | 'returning' | 'logged-in' | 'customer-group:cg-industry' | 'default';
}

const meta = {
  title: 'Personalization/Slot and preview',
  component: 'kontor-slot',
  args: { preview: 'none' },
  argTypes: { preview: { control: 'select', options: ['none', 'new', 'returning', 'logged-in', 'customer-group:cg-industry', 'default'] } },
  render: (args) => {
    // The preview is the story's control; a real visitor's variant comes from their profile.
    setPreview(args.preview === 'none' ? null : args.preview === 'default' ? [] : [args.preview]);
    return html`<kontor-slot name="hero" min-height="8rem">
        <template data-segment="new"><h2>Welcome to Rheinwerk</h2><p>Ask for a business account to see your prices.</p></template>
        <template data-segment="returning"><h2>Welcome back</h2><p>The products you viewed are waiting.</p></template>
        <template data-segment="logged-in"><h2>Your prices are active</h2><p>Reorder your usual items in a few clicks.</p></template>
        <template data-segment="customer-group:cg-industry"><h2>Fasteners at your group prices</h2><p>Volume tiers from the first box.</p></template>
        <template><h2>Everything your production needs</h2><p>20,000 items from three warehouses.</p></template>
      </kontor-slot>
      <kontor-personalization-preview></kontor-personalization-preview>`;
  },
  play: async ({ canvasElement }) => {
    await until(() => canvasElement.querySelector('kontor-slot')?.decision, 'a decision');
  },
} satisfies Meta<SlotArgs>;

export default meta;
type Story = StoryObj<SlotArgs>;

/** Without consent or preview: the default variant. */
export const Default: Story = {};

/** Previewed as a returning visitor. */
export const Returning: Story = { args: { preview: 'returning' } };

/** Previewed as a member of the industry customer group (priority over returning). */
export const CustomerGroup: Story = { args: { preview: 'customer-group:cg-industry' } };

/** The preview panel in German. */
export const German: Story = { globals: GERMAN };
