import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templates } from '../../../components/shared/locales/de.js';

const componentsDir = new URL('../../../components/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !path.includes('/locales/') ? [path] : [];
  });
}

function usedMessageIds(): Map<string, number> {
  // Every msg() call names its id as `{ id: '...' }`; count its placeholders too.
  const ids = new Map<string, number>();
  for (const file of sourceFiles(componentsDir)) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/msg\(\s*(str)?(`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*')\s*,\s*\{\s*id:\s*'([^']+)'/g)) {
      const placeholders = match[1] ? (match[2]?.match(/\$\{/g)?.length ?? 0) : 0;
      ids.set(match[3] as string, placeholders);
    }
  }
  return ids;
}

test('every message an element shows has a German translation with the same placeholders', () => {
  const used = usedMessageIds();
  assert.ok(used.size > 50, `expected the elements to use many messages, found ${used.size}`);
  const german = templates as Record<string, unknown>;
  const missing = [...used.keys()].filter((id) => !(id in german));
  assert.deepEqual(missing, [], `messages without a German translation: ${missing.join(', ')}`);
  for (const [id, placeholders] of used) {
    const translation = german[id];
    const count = typeof translation === 'string' ? 0 : ((translation as { values?: unknown[] }).values?.length ?? 0);
    assert.equal(count, placeholders, `placeholders of "${id}" differ between English and German`);
  }
});

test('the German file has no entries that no element uses', () => {
  const used = usedMessageIds();
  const unused = Object.keys(templates).filter((id) => !used.has(id));
  assert.deepEqual(unused, [], `unused German messages: ${unused.join(', ')}`);
});
