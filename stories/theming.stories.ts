import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { neverAnswers } from './decorators/faults.js';
import { cartWith } from './decorators/setup.js';
import { showsPart, until } from './decorators/play.js';
import '../components/product-listing/product-listing.js';
import '../components/mini-cart/mini-cart.js';
import '../components/price/price.js';

interface ThemeArgs {
  accent: string;
  onAccent: string;
  text: string;
  surface: string;
  border: string;
  radius: string;
  space: string;
  fontSize: string;
  fontFamily: string;
}

/**
 * A page's brand theme: global tokens on an ancestor, `::part()` for the few places that
 * need more than a token, and custom states (`:state(loading)`) for state styling.
 * See docs/theming.md.
 */
const meta = {
  title: 'Guides/Theming',
  args: {
    accent: '#9b1c31',
    onAccent: '#ffffff',
    text: '#2b2118',
    surface: '#fffaf3',
    border: '#b9a892',
    radius: '0px',
    space: '5px',
    fontSize: '15px',
    fontFamily: 'Georgia, "Times New Roman", serif',
  },
  argTypes: {
    accent: { control: 'color', description: '--kontor-color-accent' },
    onAccent: { control: 'color', description: '--kontor-color-on-accent' },
    text: { control: 'color', description: '--kontor-color-text' },
    surface: { control: 'color', description: '--kontor-color-surface' },
    border: { control: 'color', description: '--kontor-color-border' },
    radius: { control: 'text', description: '--kontor-radius' },
    space: { control: 'text', description: '--kontor-space' },
    fontSize: { control: 'text', description: '--kontor-font-size' },
    fontFamily: { control: 'text', description: '--kontor-font-family' },
  },
  parameters: { kontor: { setup: cartWith(2) } },
  render: (args) => html`
    <style>
      .brand-theme {
        padding: 16px;
        background: var(--kontor-color-surface);
      }
      /* Parts: the price and the listing's cards, beyond what tokens do. */
      .brand-theme kontor-price::part(net) {
        letter-spacing: 0.02em;
      }
      .brand-theme kontor-price::part(badge) {
        text-transform: uppercase;
        font-size: 0.75em;
      }
      .brand-theme kontor-product-listing::part(card) {
        border-width: 2px;
      }
      .brand-theme kontor-mini-cart::part(trigger) {
        border-radius: 999px;
      }
      /* Custom states: mark a listing while it reloads (dimming with opacity would cost text contrast). */
      .brand-theme kontor-product-listing:state(loading) {
        outline: 2px dashed var(--kontor-color-border);
        outline-offset: 4px;
        cursor: progress;
      }
    </style>
    <div
      class="brand-theme"
      style="--kontor-color-accent: ${args.accent}; --kontor-color-on-accent: ${args.onAccent}; --kontor-color-text: ${args.text};
        --kontor-color-surface: ${args.surface}; --kontor-color-border: ${args.border}; --kontor-radius: ${args.radius};
        --kontor-space: ${args.space}; --kontor-font-size: ${args.fontSize}; --kontor-font-family: ${args.fontFamily};"
    >
      <kontor-mini-cart cart-url="#cart"></kontor-mini-cart>
      <p><kontor-price sku="KT-100004" quantity="100" show-tiers></kontor-price></p>
      <kontor-product-listing category="nuts" page-size="3" product-url="#product-{sku}"></kontor-product-listing>
    </div>
  `,
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-price', '[part=net]');
    await until(
      () => (canvasElement.querySelector('kontor-product-listing')?.shadowRoot?.querySelectorAll('li.card:not(.skeleton)').length ?? 0) > 0,
      'product cards',
    );
  },
} satisfies Meta<ThemeArgs>;

export default meta;
type Story = StoryObj<ThemeArgs>;

/** A brand theme: tokens, parts and states. Change the tokens in the controls. */
export const Brand: Story = {};

/** The same elements on the built-in defaults (no tokens set). */
export const Defaults: Story = {
  render: () => html`
    <kontor-mini-cart cart-url="#cart"></kontor-mini-cart>
    <p><kontor-price sku="KT-100004" quantity="100" show-tiers></kontor-price></p>
    <kontor-product-listing category="nuts" page-size="3" product-url="#product-{sku}"></kontor-product-listing>
  `,
};

/** Styling the loading state through `:state(loading)`. */
export const LoadingState: Story = {
  parameters: { kontor: { setup: cartWith(0), faults: neverAnswers('search', 'getPrices') } },
  play: async ({ canvasElement }) => {
    await until(() => canvasElement.querySelector('kontor-product-listing')?.matches(':state(loading)'), 'the listing loading');
  },
};
