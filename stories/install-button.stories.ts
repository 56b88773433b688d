import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { showsPart, showsText } from './decorators/play.js';
import { COMPACT, DARK, GERMAN, NARROW } from './decorators/variants.js';
import '../components/install-button/install-button.js';

/**
 * The browser's install offer, as Chromium fires it on a page with a manifest and a service
 * worker. Stories make one so the button shows; clicking resolves it as "dismissed".
 */
function offerInstall(): void {
  window.dispatchEvent(
    Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: async () => undefined,
      userChoice: Promise.resolve({ outcome: 'dismissed', platform: 'web' }),
    }),
  );
}

interface InstallButtonArgs {
  label: string;
}

const meta = {
  title: 'Elements/Install button',
  component: 'kontor-install-button',
  args: { label: '' },
  render: (args) => {
    offerInstall();
    return html`<kontor-install-button label=${args.label}></kontor-install-button>`;
  },
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-install-button', '[part=button]');
  },
} satisfies Meta<InstallButtonArgs>;

export default meta;
type Story = StoryObj<InstallButtonArgs>;

/** The browser offers installation: the button shows. */
export const Default: Story = {};

/** A label of the page's own. */
export const CustomLabel: Story = { args: { label: 'Install the Rheinwerk app' } };

/** German. */
export const German: Story = {
  globals: GERMAN,
  play: async ({ canvasElement }) => {
    await showsText(canvasElement, 'kontor-install-button', 'App installieren');
  },
};

/** Dark scheme. */
export const Dark: Story = { globals: DARK };

/** A phone-sized viewport. */
export const Narrow: Story = { tags: ['narrow'], globals: NARROW };

/** Compact density. */
export const Compact: Story = { globals: COMPACT };
