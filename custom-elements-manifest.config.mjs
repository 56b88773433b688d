// `npm run analyze` → custom-elements.json (generated, not committed: see README).
// Every element's JSDoc (attributes, properties, events, slots, parts, CSS properties)
// feeds the manifest, which Storybook's docs and editors read.
export default {
  globs: ['components/**/*.ts'],
  exclude: [
    'components/**/*.styles.ts',
    'components/**/*.test.ts',
    'components/**/*.stories.ts',
    'components/**/*.d.ts',
  ],
  outdir: '.',
  litelement: true,
  dev: false,
};
