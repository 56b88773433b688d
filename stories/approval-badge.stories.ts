import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { altered, neverAnswers } from './decorators/faults.js';
import { approvalsWaiting } from './decorators/orders.js';
import { reachesState, showsPart, showsText, storyElement, until } from './decorators/play.js';
import { cartWith } from './decorators/setup.js';
import { COMPACT, DARK, GERMAN, NARROW } from './decorators/variants.js';
import type { AdapterInfo } from '../src/index.js';
import '../components/approval-inbox/approval-badge.js';

interface BadgeArgs {
  href: string;
}

const meta = {
  title: 'Elements/Approval badge',
  component: 'kontor-approval-badge',
  args: { href: '#approvals' },
  parameters: { kontor: { user: 'approver', setup: approvalsWaiting(2) } },
  render: (args) => html`<kontor-approval-badge href=${args.href}></kontor-approval-badge>`,
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-approval-badge', '[part=count]');
  },
} satisfies Meta<BadgeArgs>;

export default meta;
type Story = StoryObj<BadgeArgs>;

/** An approver's link with the number of requests waiting for them. */
export const Default: Story = {};

/** Nothing waits for this user: the plain link. */
export const Empty: Story = {
  parameters: { kontor: { user: 'buyer', setup: cartWith(0) } },
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-approval-badge', '[part=link]');
    await reachesState(canvasElement, 'kontor-approval-badge', 'empty');
  },
};

/** A logged-out visitor sees the plain link. */
export const Visitor: Story = {
  parameters: { kontor: { user: 'visitor', setup: cartWith(0) } },
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-approval-badge', '[part=link]');
  },
};

/** While the requests load, the link is there without a number. */
export const Loading: Story = {
  parameters: { kontor: { user: 'approver', setup: cartWith(0), faults: neverAnswers('listApprovals') } },
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-approval-badge', '[part=link]');
  },
};

/** A backend without approvals: nothing is rendered. */
export const Unsupported: Story = {
  parameters: {
    kontor: {
      user: 'approver',
      setup: cartWith(0),
      faults: altered('info', (info) => {
        const i = info as AdapterInfo;
        return { ...i, capabilities: { ...i.capabilities, approvals: false } };
      }),
    },
  },
  play: async ({ canvasElement }) => {
    const badge = storyElement(canvasElement, 'kontor-approval-badge');
    await until(() => badge.commerce?.$info.get() && !badge.shadowRoot?.querySelector('a'), 'an empty badge');
  },
};

/** German label. */
export const German: Story = {
  globals: GERMAN,
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-approval-badge', '[part=count]');
    await showsText(canvasElement, 'kontor-approval-badge', 'Freigaben');
  },
};

/** Dark scheme. */
export const Dark: Story = { globals: DARK };

/** A phone-sized viewport. */
export const Narrow: Story = { tags: ['narrow'], globals: NARROW };

/** Compact density. */
export const Compact: Story = { globals: COMPACT };
