/**
 * The reference docs keep up with the code: every event declared in
 * components/shared/events.ts is in docs/events.md, and every tag the CDN loader knows
 * (components/kontor.ts) has an html example in docs/embedding.md.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

describe('docs cover the code', () => {
  it('docs/events.md lists every declared event', () => {
    const declared = [...read('components/shared/events.ts').matchAll(/^\s*'(kontor-[a-z-]+)': CustomEvent</gm)].map((m) => m[1] ?? '');
    assert.ok(declared.includes('kontor-error'), 'found no event declarations in components/shared/events.ts');
    const doc = read('docs/events.md');
    const missing = declared.filter((event) => !doc.includes(`\`${event}\``));
    assert.deepEqual(missing, [], 'events without a row in docs/events.md');
  });

  it('docs/embedding.md has an html example for every element the loader knows', () => {
    const tags = [...read('components/kontor.ts').matchAll(/^\s*'(kontor-[a-z-]+)': \(\) => import\(/gm)].map((m) => m[1] ?? '');
    assert.ok(tags.includes('kontor-price'), 'found no tags in components/kontor.ts');
    const examples = [...read('docs/embedding.md').matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').join('\n');
    const missing = tags.filter((tag) => !examples.includes(`<${tag}`));
    assert.deepEqual(missing, [], 'elements without an example in docs/embedding.md');
  });
});
