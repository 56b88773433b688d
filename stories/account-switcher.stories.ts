import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { altered, failing } from './decorators/faults.js';
import { showsPart, showsText, storyElement, until } from './decorators/play.js';
import { COMPACT, DARK, GERMAN, NARROW } from './decorators/variants.js';
import type { Session } from '../src/index.js';
import '../components/account-switcher/account-switcher.js';
import '../components/price/price.js';

const meta = {
  title: 'Elements/Account switcher',
  component: 'kontor-account-switcher',
  render: () => html`<kontor-account-switcher></kontor-account-switcher>`,
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-account-switcher', 'select');
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Account, ship-to and bill-to of the logged-in buyer. */
export const Default: Story = {};

/** Beside a price: switching the ship-to re-prices in place. */
export const WithPrice: Story = {
  render: () => html`<kontor-account-switcher></kontor-account-switcher>
    <p><kontor-price sku="KT-100004" quantity="10"></kontor-price></p>`,
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-account-switcher', 'select');
    await showsPart(canvasElement, 'kontor-price', '[part=net]');
  },
};

/** A visitor is asked to log in. */
export const Visitor: Story = {
  parameters: { kontor: { user: 'visitor' } },
  play: async ({ canvasElement }) => {
    await showsText(canvasElement, 'kontor-account-switcher', 'Log in to choose an account.');
  },
};

/** The switch is refused: the message, and the selection the backend still has. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: { kontor: { faults: failing('setContext') } },
  play: async ({ canvasElement }) => {
    const element = storyElement(canvasElement, 'kontor-account-switcher');
    const selects = await until(() => {
      const found = element.shadowRoot?.querySelectorAll('select');
      return found && found.length > 1 ? found : undefined;
    }, 'the ship-to choice');
    const shipTo = selects[1];
    if (!shipTo || shipTo.options.length < 2) return;
    shipTo.selectedIndex = (shipTo.selectedIndex + 1) % shipTo.options.length;
    shipTo.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await showsText(canvasElement, 'kontor-account-switcher', 'not reachable');
  },
};

/** Addresses with very long names. */
export const LongTexts: Story = {
  parameters: {
    kontor: {
      faults: altered('getSession', (session) => {
        const s = session as Session;
        return {
          ...s,
          accounts: s.accounts.map((account) => ({
            ...account,
            name: `${account.name} Beschaffung, Instandhaltung und Betriebsmittel Werk Nord`,
            shipTo: account.shipTo.map((a) => ({ ...a, label: `${a.label} – Wareneingang Tor 7, Anlieferung nur werktags 7–14 Uhr` })),
          })),
        };
      }),
    },
  },
};

/** German labels. */
export const German: Story = {
  globals: GERMAN,
  play: async ({ canvasElement }) => {
    await showsText(canvasElement, 'kontor-account-switcher', 'Lieferadresse');
  },
};

/** Dark scheme. */
export const Dark: Story = { globals: DARK };

/** A phone-sized viewport. */
export const Narrow: Story = { tags: ['narrow'], globals: NARROW };

/** Compact density. */
export const Compact: Story = { globals: COMPACT };
