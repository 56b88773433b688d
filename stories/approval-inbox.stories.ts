import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { APPROVALS_LOADING, APPROVALS_UNSUPPORTED, approverWithRequests, nothingToDecide } from './decorators/approvals.js';
import { altered, failing, LONG_NAME } from './decorators/faults.js';
import { ownRequestWaiting } from './decorators/orders.js';
import { cartWith } from './decorators/setup.js';
import { reachesState, showsPart, showsText, storyElement, until } from './decorators/play.js';
import { COMPACT, DARK, GERMAN, NARROW } from './decorators/variants.js';
import type { ApprovalScope, ApprovalStatusFilter } from '../components/approval-inbox/approval-inbox.js';
import type { ApprovalRequest } from '../src/index.js';
import '../components/approval-inbox/approval-inbox.js';

interface InboxArgs {
  scope: ApprovalScope;
  status: ApprovalStatusFilter;
}

/** Waits until the inbox lists at least `count` requests. */
async function requests(canvas: HTMLElement, count: number): Promise<void> {
  await until(() => (storyElement(canvas, 'kontor-approval-inbox').shadowRoot?.querySelectorAll('li.request').length ?? 0) >= count, `${count} approval requests`);
}

const meta = {
  title: 'Elements/Approval inbox',
  component: 'kontor-approval-inbox',
  args: { scope: 'auto', status: 'pending' },
  argTypes: {
    scope: { control: 'select', options: ['auto', 'to-decide', 'mine', 'all'] },
    status: { control: 'select', options: ['pending', 'approved', 'rejected', 'all'] },
  },
  parameters: approverWithRequests(),
  render: (args) => html`<kontor-approval-inbox scope=${args.scope} status=${args.status}></kontor-approval-inbox>`,
  play: async ({ canvasElement }) => {
    await requests(canvasElement, 1);
  },
} satisfies Meta<InboxArgs>;

export default meta;
type Story = StoryObj<InboxArgs>;

/** An approver's requests waiting for a decision: reasons in words, bulk approve. */
export const Default: Story = {};

/** One request opened: its lines, the cost center's budget, the trail and the decision form. */
export const Opened: Story = {
  play: async ({ canvasElement }) => {
    await requests(canvasElement, 1);
    const toggle = await showsPart(canvasElement, 'kontor-approval-inbox', 'li.request button[aria-expanded]');
    (toggle as HTMLButtonElement).click();
    await showsPart(canvasElement, 'kontor-approval-inbox', '.detail table');
  },
};

/** Many requests waiting. */
export const ManyResults: Story = {
  parameters: approverWithRequests(8),
  play: async ({ canvasElement }) => {
    await requests(canvasElement, 8);
  },
};

/** A buyer follows their own requests and sees who has to act. */
export const Buyer: Story = {
  parameters: { kontor: { user: 'buyer', setup: ownRequestWaiting() } },
  play: async ({ canvasElement }) => {
    await requests(canvasElement, 1);
  },
};

/** Nothing matches: an account that has requested nothing. */
export const Empty: Story = {
  parameters: nothingToDecide('admin'),
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-approval-inbox', 'empty');
  },
};

/** While the requests load. */
export const Loading: Story = {
  parameters: APPROVALS_LOADING,
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-approval-inbox', 'loading');
  },
};

/** The approval service is down: the message and a retry. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: { kontor: { user: 'approver', setup: cartWith(0), faults: failing('listApprovals') } },
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-approval-inbox', '[role=alert] button');
  },
};

/** A backend without approvals: the inbox says orders are placed directly. */
export const Unsupported: Story = {
  parameters: APPROVALS_UNSUPPORTED,
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-approval-inbox', 'unsupported');
  },
};

/** Very long names of the people who asked. */
export const LongTexts: Story = {
  parameters: {
    kontor: {
      ...approverWithRequests().kontor,
      faults: altered('listApprovals', (list) =>
        (list as readonly ApprovalRequest[]).map((request) => ({ ...request, requestedBy: { ...request.requestedBy, name: `${request.requestedBy.name}, ${LONG_NAME}` } })),
      ),
    },
  },
  play: async ({ canvasElement }) => {
    await requests(canvasElement, 1);
    await showsText(canvasElement, 'kontor-approval-inbox', 'offshore');
  },
};

/** German labels and reasons. */
export const German: Story = {
  globals: GERMAN,
  play: async ({ canvasElement }) => {
    await requests(canvasElement, 1);
    await showsText(canvasElement, 'kontor-approval-inbox', 'Bestellung');
  },
};

/** Dark scheme. */
export const Dark: Story = { globals: DARK };

/** A phone-sized viewport. */
export const Narrow: Story = { tags: ['narrow'], globals: NARROW };

/** Compact density. */
export const Compact: Story = { globals: COMPACT };
