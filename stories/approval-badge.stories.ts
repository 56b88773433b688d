import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { APPROVALS_LOADING, APPROVALS_UNSUPPORTED, approverWithRequests, nothingToDecide } from './decorators/approvals.js';
import { reachesState, showsPart, showsText, storyElement, until } from './decorators/play.js';
import { COMPACT, DARK, GERMAN, NARROW } from './decorators/variants.js';
import '../components/approval-inbox/approval-badge.js';

interface BadgeArgs {
  href: string;
}

const meta = {
  title: 'Elements/Approval badge',
  component: 'kontor-approval-badge',
  args: { href: '#approvals' },
  parameters: approverWithRequests(),
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
  parameters: nothingToDecide('buyer'),
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-approval-badge', '[part=link]');
    await reachesState(canvasElement, 'kontor-approval-badge', 'empty');
  },
};

/** A logged-out visitor sees the plain link. */
export const Visitor: Story = {
  parameters: nothingToDecide('visitor'),
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-approval-badge', '[part=link]');
  },
};

/** While the requests load, the link is there without a number. */
export const Loading: Story = {
  parameters: APPROVALS_LOADING,
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-approval-badge', '[part=link]');
  },
};

/** A backend without approvals: nothing is rendered. */
export const Unsupported: Story = {
  parameters: APPROVALS_UNSUPPORTED,
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
