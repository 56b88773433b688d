import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Written by `npm run analyze` from the elements' JSDoc; the scripts run it first.
import manifest from '../custom-elements.json';
import { storefrontLoader, withStorefront } from '../stories/decorators/storefront.js';
import { axeOptions } from '../stories/decorators/a11y.js';
import '../stories/decorators/frame.css';

setCustomElementsManifest(manifest);

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
