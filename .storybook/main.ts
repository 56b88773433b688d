// Storybook: every Kontor element previewed against the real reference backend (stories/),
// documented from its JSDoc (custom-elements.json, written by `npm run analyze`, which the
// `storybook` and `build-storybook` scripts run first) and checked with axe (addon-a11y).
import { defineMain } from '@storybook/web-components-vite/node';

export default defineMain({
  framework: {
    name: '@storybook/web-components-vite',
    options: {
      builder: {
        // The repository's vite.config.ts builds the demo site and the library; Storybook
        // gets a config of its own so none of those inputs leak into its build.
        viteConfigPath: '.storybook/vite.config.ts',
      },
    },
  },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
});
