import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { failing, neverAnswers } from './decorators/faults.js';
import { showsPart, showsText, storyElement, until } from './decorators/play.js';
import { COMPACT, DARK, GERMAN, NARROW } from './decorators/variants.js';
import type { QuantityRules } from '../src/index.js';
import '../components/add-to-cart/add-to-cart.js';

interface AddToCartArgs {
  sku: string;
  name: string;
  quantity: number | undefined;
  rules: QuantityRules;
}

/** The rules of KT-100004 (hex nuts in packs of 50), as its product data states them. */
const NUT_RULES: QuantityRules = { minQuantity: 50, packSize: 50, unit: 'piece', fractional: false };

/** Cable sold by the metre from 5 m in 0.5 m steps: the rules a buyer most often trips over. */
const CABLE_RULES: QuantityRules = { minQuantity: 5, packSize: 0.5, unit: 'm', fractional: true };

/** Types `value` into the quantity field and submits the form, as a buyer would. */
async function submit(canvas: HTMLElement, value: string): Promise<void> {
  const element = storyElement(canvas, 'kontor-add-to-cart');
  const input = (await showsPart(canvas, 'kontor-add-to-cart', 'input')) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
  element.shadowRoot?.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
}

const meta = {
  title: 'Elements/Add to cart',
  component: 'kontor-add-to-cart',
  args: { sku: 'KT-100004', name: 'Hex nut ISO 4032 M8', quantity: undefined, rules: NUT_RULES },
  argTypes: { rules: { control: 'object' } },
  render: (args) =>
    html`<kontor-add-to-cart sku=${args.sku} name=${args.name} quantity=${args.quantity ?? ''} .rules=${args.rules}></kontor-add-to-cart>`,
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-add-to-cart', 'button[type=submit]');
  },
} satisfies Meta<AddToCartArgs>;

export default meta;
type Story = StoryObj<AddToCartArgs>;

/** Quantity field and button. */
export const Default: Story = {};

/** After a successful add, the element confirms it. */
export const Added: Story = {
  play: async ({ canvasElement }) => {
    await submit(canvasElement, '100');
    await showsText(canvasElement, 'kontor-add-to-cart', '100 added to the cart.');
  },
};

/** Quantity rules (minimum and steps): a wrong quantity is explained, with a one-click fix. */
export const QuantityRulesExplained: Story = {
  name: 'Quantity rules',
  args: { sku: 'KT-100152', rules: CABLE_RULES, name: 'NYM-J 3x1.5 mm² installation cable' },
  play: async ({ canvasElement }) => {
    await submit(canvasElement, '2');
    await showsPart(canvasElement, 'kontor-add-to-cart', '.message.error button.fix');
  },
};

/** While the cart is being updated. */
export const Busy: Story = {
  parameters: { kontor: { faults: neverAnswers('addToCart') } },
  play: async ({ canvasElement }) => {
    await submit(canvasElement, '50');
    await until(() => storyElement(canvasElement, 'kontor-add-to-cart').matches(':state(busy)'), 'busy');
  },
};

/** The cart service fails: the message says so and the typed quantity stays. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: { kontor: { faults: failing('addToCart') } },
  play: async ({ canvasElement }) => {
    await submit(canvasElement, '150');
    await showsPart(canvasElement, 'kontor-add-to-cart', '.message.error');
  },
};

/** A visitor is asked to log in by the backend's answer. */
export const Visitor: Story = {
  parameters: { kontor: { user: 'visitor' } },
  play: async ({ canvasElement }) => {
    await submit(canvasElement, '50');
    await showsPart(canvasElement, 'kontor-add-to-cart', '.message.error');
  },
};

/** A very long product name in the button's accessible name. */
export const LongName: Story = {
  args: { name: 'Socket head cap screw ISO 4762 M10x100 steel 10.9 plain with nylon patch, inspected, per 50 in recyclable boxes' },
};

/** German labels. */
export const German: Story = {
  globals: GERMAN,
  play: async ({ canvasElement }) => {
    await showsText(canvasElement, 'kontor-add-to-cart', 'In den Warenkorb');
  },
};

/** Dark scheme. */
export const Dark: Story = { globals: DARK };

/** A phone-sized viewport. */
export const Narrow: Story = { tags: ['narrow'], globals: NARROW };

/** Compact density. */
export const Compact: Story = { globals: COMPACT };
