// Flat ESLint config. Syntax-level typescript-eslint rules only (no type information), so a
// full lint stays a few seconds; `tsc -p .` is the type check.
import { defineConfig } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';

/**
 * The layer rule (docs: DESIGN.md "Layers"): dependencies point components → sdk → src.
 * A specifier counts as reaching a layer when it is relative or root-absolute and has a
 * `components` or `sdk` path segment, or goes through the package's own name.
 */
const layerImport = (layer) => `^(?:(?:\\.{1,2}/|/)(?:.*/)?|kontor/)${layer}(?:/|$)`;

const noComponents = {
  regex: layerImport('components'),
  message: 'Layer rule: src/ and sdk/ must not import components/ (components depend on them, not the reverse).',
};
const noSdk = {
  regex: layerImport('sdk'),
  message: 'Layer rule: src/ must not import sdk/ (the SDK builds on the core, not the reverse).',
};
/**
 * Lit is the rendering layer and stays in components/. `@lit/context` is the one exception
 * for src/: DESIGN.md puts the context keys and the page-level provider in the core, and the
 * package is a rendering-free event protocol.
 */
const noLitExceptContext = {
  group: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*', '!@lit/context', '@lit-labs/*'],
  message: 'Layer rule: only components/ may import Lit (src/ may use @lit/context).',
};
const noLit = {
  group: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*', '@lit-labs/*'],
  message: 'Layer rule: sdk/ must not import Lit; observe components through their DOM events.',
};

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'storybook-static/**',
      '.data/**',
      '.test-results/**',
      'custom-elements.json',
    ],
  },
  {
    files: ['**/*.{ts,mts,cts,js,mjs,cjs}'],
    extends: [tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['components/**/*.ts'],
    extends: [lit.configs['flat/recommended']],
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noComponents, noSdk, noLitExceptContext] }],
    },
  },
  {
    files: ['sdk/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noComponents, noLit] }],
    },
  },
);
