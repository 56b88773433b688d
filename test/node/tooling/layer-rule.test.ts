// Proves the layer rule in eslint.config.js is live: the core and the SDK cannot reach up
// into components/ (or Lit), while components may import the core.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it lived at `filePath` and returns the layer-rule messages. */
async function layerErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  assert.ok(result, 'ESLint returned no result');
  return result.messages
    .filter((message) => message.ruleId === 'no-restricted-imports' && message.severity === 2)
    .map((message) => message.message);
}

describe('layer rule', () => {
  it('rejects an import of components/ from src/', async () => {
    const errors = await layerErrors(
      "import { KontorCart } from '../../components/cart/cart.js';\nexport { KontorCart };\n",
      'src/state/example.ts',
    );
    assert.equal(errors.length, 1);
    assert.match(errors[0] ?? '', /Layer rule/);
  });

  it('rejects sdk/ and Lit from src/, but allows @lit/context', async () => {
    const errors = await layerErrors(
      [
        "import { track } from '../sdk/telemetry/index.js';",
        "import { LitElement } from 'lit';",
        "import { customElement } from 'lit/decorators.js';",
        "import { createContext } from '@lit/context';",
        'export { track, LitElement, customElement, createContext };',
        '',
      ].join('\n'),
      'src/example.ts',
    );
    assert.equal(errors.length, 3);
  });

  it('rejects components/ and Lit from sdk/', async () => {
    const errors = await layerErrors(
      "import '../../components/cart/cart.js';\nimport { html } from 'lit';\nexport { html };\n",
      'sdk/telemetry/example.ts',
    );
    assert.equal(errors.length, 2);
  });

  it('allows components/ to import src/ and sdk/', async () => {
    const errors = await layerErrors(
      [
        "import { LitElement } from 'lit';",
        "import { createCommerce } from '../../src/index.js';",
        "import { track } from '../../sdk/telemetry/index.js';",
        'export { LitElement, createCommerce, track };',
        '',
      ].join('\n'),
      'components/cart/example.ts',
    );
    assert.deepEqual(errors, []);
  });

  it('allows src/ to import within src/', async () => {
    const errors = await layerErrors(
      "import { isKontorError } from '../commerce/errors.js';\nexport { isKontorError };\n",
      'src/state/example.ts',
    );
    assert.deepEqual(errors, []);
  });
});
