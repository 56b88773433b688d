import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { failing, neverAnswers } from './decorators/faults.js';
import { reachesState, showsPart, showsText, storyElement, until } from './decorators/play.js';
import { COMPACT, DARK, GERMAN, NARROW } from './decorators/variants.js';
import '../components/configurator/configurator.js';

interface ConfiguratorArgs {
  sku: string;
  'cart-url': string;
}

/** The configurable products of the story catalog (2,000 SKUs). */
const CABLE = 'KT-101998';
const WORKBENCH = 'KT-101999';
const DRILL_KIT = 'KT-100239';

/** Opens step `index` (0-based) through the step list, as a buyer would. */
async function openStep(canvas: HTMLElement, index: number): Promise<HTMLElementTagNameMap['kontor-configurator']> {
  const element = storyElement(canvas, 'kontor-configurator');
  const button = (await showsPart(canvas, 'kontor-configurator', `.steps li:nth-child(${index + 1}) button`)) as HTMLButtonElement;
  button.click();
  await element.updateComplete;
  return element;
}

const meta = {
  title: 'Elements/Configurator',
  component: 'kontor-configurator',
  args: { sku: CABLE, 'cart-url': 'cart.html' },
  render: (args) => html`<kontor-configurator sku=${args.sku} cart-url=${args['cart-url']}></kontor-configurator>`,
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-configurator', '.line-net');
  },
} satisfies Meta<ConfiguratorArgs>;

export default meta;
type Story = StoryObj<ConfiguratorArgs>;

/** The cable assembly cut to length: cable, length, connectors, marking; price and lead time beside the steps. */
export const Default: Story = {};

/** The workbench built to order: frame, worktop, drawers, height and fittings. */
export const Workbench: Story = { args: { sku: WORKBENCH } };

/** A cordless drill kit: extra batteries (a number), charger, case, accessories, engraving. */
export const DrillKit: Story = { name: 'Drill kit', args: { sku: DRILL_KIT } };

/** A choice that conflicts with earlier ones: the rule is explained and its fixes offered, earlier choices first. */
export const Conflict: Story = {
  play: async ({ canvasElement }) => {
    const element = await openStep(canvasElement, 2);
    const plug = await until(() => element.shadowRoot?.querySelector<HTMLInputElement>('[data-group="plug"] input[id$="--cee32"]'), 'the CEE 32 A plug');
    plug.click();
    await showsPart(canvasElement, 'kontor-configurator', '[part=conflicts] button.fix');
    await reachesState(canvasElement, 'kontor-configurator', 'conflict');
  },
};

/** A length that is not a number: explained next to the field, and the price waits. */
export const BadNumber: Story = {
  name: 'Bad number',
  play: async ({ canvasElement }) => {
    const element = await openStep(canvasElement, 1);
    const input = (await showsPart(canvasElement, 'kontor-configurator', '[data-group="length"] input')) as HTMLInputElement;
    input.value = 'zehn';
    input.dispatchEvent(new Event('input'));
    await element.updateComplete;
    await showsText(canvasElement, 'kontor-configurator', 'please enter a number');
  },
};

/** The summary: bill of materials at list prices, configuration code and weight. */
export const Summary: Story = {
  play: async ({ canvasElement }) => {
    await openStep(canvasElement, 4);
    await showsPart(canvasElement, 'kontor-configurator', '[part=summary]');
    await showsPart(canvasElement, 'kontor-configurator', '.line-net');
  },
};

/** Added to the cart: the confirmation links to the cart. */
export const Added: Story = {
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-configurator', '.line-net');
    (await showsPart(canvasElement, 'kontor-configurator', '[part=button]') as HTMLButtonElement).click();
    await showsText(canvasElement, 'kontor-configurator', 'Added to the cart');
  },
};

/** While the product's rules load. */
export const Loading: Story = {
  parameters: { kontor: { faults: neverAnswers('getConfigurationModel') } },
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-configurator', 'loading');
  },
};

/** While the price of the choices is calculated, the rest can be used. */
export const PriceLoading: Story = {
  name: 'Price loading',
  parameters: { kontor: { faults: neverAnswers('priceConfiguration') } },
  play: async ({ canvasElement }) => {
    await showsText(canvasElement, 'kontor-configurator', 'Calculating your price');
  },
};

/** Pricing is down: the configurator says so and offers to try again. */
export const PriceError: Story = {
  name: 'Price error',
  parameters: { kontor: { faults: failing('priceConfiguration') } },
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-configurator', '.figures button');
  },
};

/** The rules could not be loaded. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: { kontor: { faults: failing('getConfigurationModel') } },
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-configurator', 'error');
  },
};

/** A product that cannot be configured. */
export const NotConfigurable: Story = {
  name: 'Not configurable',
  args: { sku: 'KT-100004' },
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-configurator', 'error');
  },
};

/** No product given. */
export const Empty: Story = {
  args: { sku: '' },
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-configurator', 'empty');
  },
};

/** German labels, rules and number format. */
export const German: Story = {
  globals: GERMAN,
  play: async ({ canvasElement }) => {
    await showsText(canvasElement, 'kontor-configurator', 'Schritt 1 von 4');
    await showsPart(canvasElement, 'kontor-configurator', '.line-net');
  },
};

/** Dark scheme. */
export const Dark: Story = { globals: DARK };

/** A phone-sized viewport: the price panel follows the steps. */
export const Narrow: Story = { tags: ['narrow'], globals: NARROW };

/** Compact density. */
export const Compact: Story = { globals: COMPACT };
