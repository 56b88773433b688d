/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { storefrontLoader, withStorefront } from '../stories/decorators/storefront.js';
import { axeOptions } from '../stories/decorators/a11y.js';
import '../stories/decorators/frame.css';

// custom-elements.json is generated (`npm run analyze`, which the storybook scripts run
// first) and not committed. A glob instead of an import keeps a fresh clone type-checking
// and lets Storybook start without it, with a note in place of the docs tables.
const manifests = import.meta.glob<unknown>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);
else console.warn('Kontor: custom-elements.json is missing; run `npm run analyze` for the API tables in the docs.');

const preview: Preview = {
  loaders: [storefrontLoader],
  decorators: [withStorefront],
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of labels and product texts (<html lang>)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme (a page theme through the --kontor-* tokens)',
      toolbar: {
        title: 'Scheme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    density: {
      description: 'Spacing (--kontor-space)',
      toolbar: {
        title: 'Density',
        icon: 'component',
        items: [
          { value: 'comfortable', title: 'Comfortable' },
          { value: 'compact', title: 'Compact' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', scheme: 'light', density: 'comfortable' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Every story is checked with axe; the story test fails on any violation.
    a11y: { test: 'error', ...axeOptions },
    docs: { story: { inline: true } },
  },
};

export default preview;
