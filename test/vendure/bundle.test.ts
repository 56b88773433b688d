// Vendure is GPL-3.0 and only a test backend: none of its code may reach Kontor's runtime
// bundles or dependencies. Builds the library and the CDN bundle into a temporary folder
// and scans every emitted file; the Kontor adapter (which only speaks the Shop API) is in.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Strings that only Vendure's own code (or its server stack) contains. */
const VENDURE_MARKERS = ['@vendure/', 'VendureConfig', 'DefaultSearchPlugin', 'bootstrapWorker', 'TypeORM', 'typeorm', '@nestjs/', 'GNU General Public License'];

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });
}

describe('the built bundle contains no Vendure code', () => {
  const out = mkdtempSync(join(tmpdir(), 'kontor-bundle-'));
  const files: string[] = [];

  before(() => {
    for (const mode of ['lib', 'cdn']) {
      const build = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--mode', mode, '--outDir', join(out, mode), '--emptyOutDir', '--logLevel', 'error'], {
        cwd: root,
        encoding: 'utf8',
      });
      assert.equal(build.status, 0, `vite build --mode ${mode} failed:\n${build.stderr}`);
    }
    files.push(...filesIn(out).filter((f) => /\.(js|mjs|css|html|json)$/.test(f)));
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('builds the library and the CDN bundle, with the Kontor Vendure adapter in the library', () => {
    assert.ok(files.length > 10, 'the builds emitted files');
    assert.ok(
      files.some((f) => readFileSync(f, 'utf8').includes('vendure-auth-token')),
      'the adapter itself is bundled (so the scan looks where Vendure code would be)',
    );
  });

  it('no emitted file contains a Vendure marker', () => {
    const hits = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return VENDURE_MARKERS.filter((marker) => text.includes(marker)).map((marker) => `${relative(out, file)}: ${marker}`);
    });
    assert.deepEqual(hits, []);
  });

  it('Kontor’s own package and lockfile depend on nothing from Vendure', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
      assert.deepEqual(Object.keys(pkg[field] ?? {}).filter((name) => name.startsWith('@vendure/')), [], field);
    }
    const lock = readFileSync(join(root, 'package-lock.json'), 'utf8');
    assert.ok(!lock.includes('node_modules/@vendure/'), 'package-lock.json has no Vendure package');
  });
});
