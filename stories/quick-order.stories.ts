import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { altered, failing, LONG_NAME, neverAnswers } from './decorators/faults.js';
import { ordersPlaced } from './decorators/orders.js';
import { reachesState, showsPart, showsText, storyElement, until } from './decorators/play.js';
import { COMPACT, DARK, GERMAN, NARROW } from './decorators/variants.js';
import type { SkuLookup } from '../src/index.js';
import '../components/quick-order/quick-order.js';

interface QuickOrderArgs {
  'initial-rows': number;
}

/** Item numbers of the story catalog with quantities it accepts, and lines to fix. */
const PASTED = ['Item number;Quantity', 'KT-100004;100', 'KT-100152;50', 'KT-100012;100', 'NO-SUCH-1;5', 'KT-10020;zehn'].join('\n');

/** The quick order element of the story. */
const quickOrder = (canvas: HTMLElement) => storyElement(canvas, 'kontor-quick-order');

/** Pastes `text` as a buyer would, then waits until every line has been checked. */
async function pasted(canvas: HTMLElement, text: string, lines: number): Promise<void> {
  const element = quickOrder(canvas);
  const store = await until(() => element.store, 'the quick order store');
  await store.importText(text);
  await until(() => {
    const summary = store.$summary.get();
    return summary.total === lines && summary.checking === 0 && !store.$progress.get();
  }, `${lines} checked lines`);
  await element.updateComplete;
}

const meta = {
  title: 'Elements/Quick order',
  component: 'kontor-quick-order',
  args: { 'initial-rows': 3 },
  render: (args) => html`<kontor-quick-order initial-rows=${args['initial-rows']}></kontor-quick-order>`,
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-quick-order', '[data-field=code]');
  },
} satisfies Meta<QuickOrderArgs>;

export default meta;
type Story = StoryObj<QuickOrderArgs>;

/** Empty rows to type item numbers and quantities into (Enter moves on). */
export const Default: Story = {};

/** No rows yet: paste, upload, reorder or add a line. */
export const Empty: Story = {
  args: { 'initial-rows': 0 },
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-quick-order', 'empty');
  },
};

/** A pasted list: valid lines, a duplicate, an unknown item number and a bad quantity, each with its fix. */
export const Checked: Story = {
  args: { 'initial-rows': 0 },
  play: async ({ canvasElement }) => {
    await pasted(canvasElement, PASTED, 5);
    await showsText(canvasElement, 'kontor-quick-order', 'Unknown item number');
  },
};

/** Hundreds of lines: shown in pages of 100. */
export const ManyLines: Story = {
  args: { 'initial-rows': 0 },
  play: async ({ canvasElement }) => {
    const lines = Array.from({ length: 250 }, (_, i) => `KT-${100000 + i};${(i % 5) + 1}`).join('\n');
    await pasted(canvasElement, lines, 250);
    await showsPart(canvasElement, 'kontor-quick-order', 'nav.pages');
  },
};

/** While the item numbers are being checked. */
export const Loading: Story = {
  args: { 'initial-rows': 0 },
  parameters: { kontor: { faults: neverAnswers('lookupSkus', 'getProduct') } },
  play: async ({ canvasElement }) => {
    const element = quickOrder(canvasElement);
    const store = await until(() => element.store, 'the quick order store');
    void store.importText(PASTED);
    await reachesState(canvasElement, 'kontor-quick-order', 'busy');
    await showsText(canvasElement, 'kontor-quick-order', 'being checked');
  },
};

/** The item number check fails: the message and a retry; the typed lines stay. */
export const ErrorState: Story = {
  name: 'Error',
  args: { 'initial-rows': 0 },
  parameters: { kontor: { faults: failing('lookupSkus', 'getProduct') } },
  play: async ({ canvasElement }) => {
    await pasted(canvasElement, PASTED, 5);
    await showsPart(canvasElement, 'kontor-quick-order', '[role=alert] button');
  },
};

/** Product names far longer than usual. */
export const LongTexts: Story = {
  args: { 'initial-rows': 0 },
  parameters: {
    kontor: {
      faults: altered('lookupSkus', (answers) =>
        (answers as readonly SkuLookup[]).map((answer) =>
          answer.status === 'found' ? { ...answer, product: { ...answer.product, name: `${answer.product.name}: ${LONG_NAME}` } } : answer,
        ),
      ),
    },
  },
  play: async ({ canvasElement }) => {
    await pasted(canvasElement, PASTED, 5);
    await showsText(canvasElement, 'kontor-quick-order', 'offshore');
  },
};

/** A buyer with past orders loads one's lines into the list. */
export const Reorder: Story = {
  parameters: { kontor: { setup: ordersPlaced(2) } },
  play: async ({ canvasElement }) => {
    const button = await until(
      () => [...(quickOrder(canvasElement).shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.includes('Reorder')),
      'the reorder button',
    );
    button.click();
    await showsPart(canvasElement, 'kontor-quick-order', 'select[name=order]');
  },
};

/** German labels and messages. */
export const German: Story = {
  globals: GERMAN,
  args: { 'initial-rows': 0 },
  play: async ({ canvasElement }) => {
    await pasted(canvasElement, PASTED, 5);
    await showsText(canvasElement, 'kontor-quick-order', 'Artikelnummer');
  },
};

/** Dark scheme, with checked lines. */
export const Dark: Story = { globals: DARK, args: { 'initial-rows': 0 }, play: Checked.play };

/** A phone-sized viewport. */
export const Narrow: Story = { tags: ['narrow'], globals: NARROW };

/** Compact density, with checked lines. */
export const Compact: Story = { globals: COMPACT, args: { 'initial-rows': 0 }, play: Checked.play };
