import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { RestCommerceAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { createReferenceApp } from '../../src/reference/create.js';
import { handleWire } from '../../src/reference/rest/wire-handler.js';
import { MemoryStateStore } from '../../src/reference/state/store.js';
import { startSnapshotRenderer, type SnapshotRenderer } from '../../demo/snapshot-renderer.js';
import { TEST_CATALOG_SIZE } from '../node/reference/helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TAG = '<kontor-product-listing url-state page-size="6"></kontor-product-listing>';
const PAGE_URL = new URL('https://shop.example/category.html?category=cables&sort=name');

type ServerPackage = typeof import('../../components/server.js');

/**
 * `kontor/server` as a CMS installs it: the package's export, built by `npm run build:lib`
 * into dist/server, loaded by the package name.
 */
describe('the kontor/server package export', () => {
  let server: ServerPackage;
  let sourceRenderer: SnapshotRenderer;
  // The same catalog as the source renderer's thread, asked as a guest: searches change no state.
  const { app } = createReferenceApp({ store: new MemoryStateStore(), catalogSize: TEST_CATALOG_SIZE });
  const adapter = new RestCommerceAdapter({ transport: (request) => handleWire(app, request), locale: () => 'en' });

  before(async () => {
    execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'server', '--logLevel', 'error'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    // A package may import itself by its name through its `exports` map. The name is not a
    // literal so that the typecheck, which runs before any build, does not look for dist/types.
    const specifier: string = 'kontor/server';
    server = (await import(specifier)) as ServerPackage;
    // The source tree's renderer, in a worker thread: a second copy of the listing's element
    // in this process would clash with the package's in the one custom-element registry.
    sourceRenderer = startSnapshotRenderer({ catalogSize: TEST_CATALOG_SIZE });
  });

  after(async () => {
    await sourceRenderer?.close();
  });

  it('resolves to the built server renderer', () => {
    assert.equal(fileURLToPath(import.meta.resolve('kontor/server')), join(root, 'dist', 'server', 'index.js'));
    assert.deepEqual(Object.keys(server).sort(), ['DRAWN_LISTING_MARK', 'drawListingInto', 'drawingStyleSources', 'renderListingSnapshot']);
  });

  it('draws what the source renderer draws, for the same tag, address and catalog', async () => {
    const drawn = await server.renderListingSnapshot({ adapter, attributes: { 'url-state': '', 'page-size': '6' }, url: PAGE_URL });

    const page = await sourceRenderer.renderInto(`<main>${TAG}</main>`, PAGE_URL);
    const fromSource = /<template shadowroot[\s\S]*?<\/template>/.exec(page)?.[0];
    assert.ok(fromSource, 'the source renderer drew the tag');
    assert.equal(drawn, fromSource);

    // And it is a drawing of the address's results, not an empty shell.
    const expected = await adapter.search({ categoryId: 'cables', sort: 'name', limit: 6, offset: 0 });
    const names = [...drawn.matchAll(/<a class="name" part="name" href="[^"]*">([^<]*)/g)].map((match) => match[1]);
    assert.equal(names.length, 6);
    assert.deepEqual(names, expected.hits.map((hit) => hit.product.name.replaceAll('&', '&amp;')));
  });

  it('writes the drawing into a whole page as the source renderer does', async () => {
    const page = `<!doctype html><html><head><title>Cables</title></head><body><main><h1>Cables</h1>${TAG}</main></body></html>`;
    const drawn = await server.drawListingInto(page, { adapter, url: PAGE_URL });
    assert.equal(drawn, await sourceRenderer.renderInto(page, PAGE_URL));
    // The first paint waits for the parser to pass the drawing's end.
    assert.ok(drawn.includes(`<link rel="expect" href="#${server.DRAWN_LISTING_MARK}" blocking="render" />\n</head>`));
    assert.ok(drawn.includes(`</template></kontor-product-listing><span id="${server.DRAWN_LISTING_MARK}" hidden></span></main>`));
    assert.equal(await server.drawListingInto(drawn, { adapter, url: PAGE_URL }), drawn, 'a drawn page is not drawn twice');
  });

  it('names the drawing’s style by its hash for a strict Content Security Policy', async () => {
    const drawn = await server.renderListingSnapshot({ adapter, attributes: { category: 'tools', 'page-size': '2' } });
    const style = /<style>([\s\S]*?)<\/style>/.exec(drawn)?.[1];
    assert.ok(style, 'the drawing has its style element');
    assert.deepEqual(server.drawingStyleSources(drawn), [`'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'`]);
  });
});
