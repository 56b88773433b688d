import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { altered, failing, LONG_NAME, neverAnswers } from './decorators/faults.js';
import { ordersPlaced } from './decorators/orders.js';
import { reachesState, showsPart, showsText, storyElement, until } from './decorators/play.js';
import { cartWith } from './decorators/setup.js';
import { COMPACT, DARK, GERMAN, NARROW } from './decorators/variants.js';
import type { Order } from '../src/index.js';
import '../components/order-history/order-history.js';

interface HistoryArgs {
  'hide-invoices': boolean;
}

/** Waits until the history lists at least `count` orders. */
async function orders(canvas: HTMLElement, count: number): Promise<void> {
  await until(() => (storyElement(canvas, 'kontor-order-history').shadowRoot?.querySelectorAll('tr.order').length ?? 0) >= count, `${count} orders`);
}

const meta = {
  title: 'Elements/Order history',
  component: 'kontor-order-history',
  args: { 'hide-invoices': false },
  parameters: { kontor: { setup: ordersPlaced(3) } },
  render: (args) => html`<kontor-order-history ?hide-invoices=${args['hide-invoices']}></kontor-order-history>`,
  play: async ({ canvasElement }) => {
    await orders(canvasElement, 1);
    await showsPart(canvasElement, 'kontor-order-history', 'dl.credit');
  },
} satisfies Meta<HistoryArgs>;

export default meta;
type Story = StoryObj<HistoryArgs>;

/** The account's orders with filters and export, then its invoices and credit. */
export const Default: Story = {};

/** One order opened: lines, shipments, invoices, approval trail and reorder. */
export const Opened: Story = {
  args: { 'hide-invoices': true },
  play: async ({ canvasElement }) => {
    await orders(canvasElement, 1);
    const toggle = await showsPart(canvasElement, 'kontor-order-history', 'tr.order button[aria-expanded]');
    (toggle as HTMLButtonElement).click();
    await showsPart(canvasElement, 'kontor-order-history', 'tr.detail');
  },
};

/** More orders than one page: "Show more". */
export const ManyResults: Story = {
  args: { 'hide-invoices': true },
  parameters: { kontor: { setup: ordersPlaced(21) } },
  play: async ({ canvasElement }) => {
    await orders(canvasElement, 20);
    await showsText(canvasElement, 'kontor-order-history', 'Show more');
  },
};

/** No order matches the buyer's search. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await orders(canvasElement, 1);
    const search = (await showsPart(canvasElement, 'kontor-order-history', 'input[type=search]')) as HTMLInputElement;
    search.value = 'no such order';
    search.dispatchEvent(new Event('change'));
    await reachesState(canvasElement, 'kontor-order-history', 'empty');
  },
};

/** A visitor is asked to log in. */
export const Visitor: Story = {
  parameters: { kontor: { user: 'visitor', setup: cartWith(0) } },
  play: async ({ canvasElement }) => {
    await showsText(canvasElement, 'kontor-order-history', 'Log in to see your orders.');
  },
};

/** While the orders load. */
export const Loading: Story = {
  parameters: { kontor: { setup: cartWith(0), faults: neverAnswers('listOrders', 'listInvoices') } },
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-order-history', 'loading');
  },
};

/** The order service is down: the message and a retry. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: { kontor: { setup: cartWith(0), faults: failing('listOrders', 'listInvoices') } },
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-order-history', '[role=alert] button');
  },
};

/** Very long names of the people who ordered and long PO numbers. */
export const LongTexts: Story = {
  parameters: {
    kontor: {
      setup: ordersPlaced(3),
      faults: altered('listOrders', (list) =>
        (list as readonly Order[]).map((order) => ({
          ...order,
          poNumber: `${order.poNumber ?? 'PO'}-${'0123456789'.repeat(6)}`,
          placedBy: { ...order.placedBy, name: `${order.placedBy.name}, ${LONG_NAME}` },
        })),
      ),
    },
  },
  play: async ({ canvasElement }) => {
    await orders(canvasElement, 1);
    await showsText(canvasElement, 'kontor-order-history', 'offshore');
  },
};

/** German labels, states and dates. */
export const German: Story = {
  globals: GERMAN,
  play: async ({ canvasElement }) => {
    await orders(canvasElement, 1);
    await showsText(canvasElement, 'kontor-order-history', 'Rechnungen');
  },
};

/** Dark scheme. */
export const Dark: Story = { globals: DARK };

/** A phone-sized viewport. */
export const Narrow: Story = { tags: ['narrow'], globals: NARROW };

/** Compact density. */
export const Compact: Story = { globals: COMPACT };
