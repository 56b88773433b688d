/**
 * Every element has stories: for each `components/<name>/<name>.ts` there must be a
 * `stories/<name>.stories.ts` that documents `kontor-<name>` (its `component`, which feeds
 * the docs tables) and shows it in German, dark, narrow and compact. A new element fails
 * here until its stories exist (how to write them: docs/storybook.md).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Stories every element shows, beside its own states. */
const REQUIRED_STORIES = ['Default', 'German', 'Dark', 'Narrow', 'Compact'] as const;

/** Element folders: components/<name>/ holding <name>.ts (shared/ holds no element). */
function elementNames(): string[] {
  return readdirSync(join(root, 'components'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, 'components', entry.name, `${entry.name}.ts`)))
    .map((entry) => entry.name)
    .filter((name) => name !== 'shared')
    .sort();
}

/** Names of `export const X` in a story file. */
function exportedStories(source: string): Set<string> {
  return new Set([...source.matchAll(/^export const (\w+)\b/gm)].map((match) => match[1] ?? ''));
}

describe('stories for every element', () => {
  const names = elementNames();

  it('finds the elements', () => {
    assert.ok(names.includes('price') && names.includes('storefront'), `unexpected element list: ${names.join(', ')}`);
  });

  for (const name of names) {
    it(`kontor-${name} has stories/${name}.stories.ts with the standard stories`, () => {
      const file = join(root, 'stories', `${name}.stories.ts`);
      assert.ok(existsSync(file), `stories/${name}.stories.ts is missing: every element needs stories (see docs/storybook.md)`);
      const source = readFileSync(file, 'utf8');
      assert.match(source, new RegExp(`component:\\s*'kontor-${name}'`), `stories/${name}.stories.ts must declare component: 'kontor-${name}' (the docs tables come from it)`);
      const stories = exportedStories(source);
      const missing = REQUIRED_STORIES.filter((story) => !stories.has(story));
      assert.deepEqual(missing, [], `stories/${name}.stories.ts lacks these stories`);
      assert.match(source, /export const Narrow[^;]*tags:\s*\['narrow'\]/s, 'the Narrow story must be tagged `narrow` (the story test sizes the window from it)');
    });
  }
});
