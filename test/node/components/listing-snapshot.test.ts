import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { facetGroups } from '../../../components/product-listing/facet-panel.js';
import { renderListingSnapshot } from '../../../components/product-listing/listing-snapshot.js';
import { drawingStyleSources } from '../../../components/product-listing/snapshot-style-sources.js';
import { emptyState } from '../../../components/product-listing/listing-state.js';
import { RestCommerceAdapter } from '../../../src/adapters/rest/rest-adapter.js';
import { withFaults, type SearchResult } from '../../../src/index.js';
import { createReferenceApp } from '../../../src/reference/create.js';
import { DRAWN_LISTING_MARK, holdFirstPaintUntil, tagAttributes } from '../../../components/product-listing/listing-tag.js';
import { startSnapshotRenderer } from '../../../demo/snapshot-renderer.js';
import { handleWire } from '../../../src/reference/rest/wire-handler.js';
import { MemoryStateStore } from '../../../src/reference/state/store.js';
import { TEST_CATALOG_SIZE } from '../reference/helpers.js';

const { app } = createReferenceApp({ store: new MemoryStateStore(), catalogSize: TEST_CATALOG_SIZE });
const adapter = new RestCommerceAdapter({ transport: (request) => handleWire(app, request), locale: () => 'en' });

/** The product names a drawing links to, in order. */
function drawnNames(shadow: string): string[] {
  return [...shadow.matchAll(/<a class="name" part="name" href="[^"]*">([^<]*)/g)].map((m) => m[1]!);
}

describe('renderListingSnapshot', () => {
  it('draws the first page of the address’s category as a declarative shadow root', async () => {
    const shadow = await renderListingSnapshot({ adapter, attributes: { 'url-state': '', 'page-size': '6' }, url: new URL('https://shop.example/c.html?category=cables') });
    const expected = await adapter.search({ categoryId: 'cables', sort: 'relevance', limit: 6, offset: 0 });
    assert.match(shadow, /^<template shadowroot="open" shadowrootmode="open">/);
    assert.ok(shadow.endsWith('</template>'));
    const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    assert.deepEqual(drawnNames(shadow), expected.hits.map((hit) => escape(hit.product.name)));
    assert.match(shadow, new RegExp(`${new Intl.NumberFormat('en').format(expected.total)} products`));
    // The browser compares this with its own question before it shows the drawing.
    const request = JSON.stringify({ categoryId: 'cables', sort: 'relevance', limit: 6, offset: 0 });
    assert.ok(shadow.includes(`data-request="${request.replaceAll('"', '&quot;')}"`), 'marked with the question it answers');
    assert.doesNotMatch(shadow, /checked="false"/, 'unticked boxes are drawn unticked');
    // A click before the element runs would be lost: the controls drawn are inert.
    assert.match(shadow, /<div class="toolbar"\s+inert/);
    assert.match(shadow, /<dialog class="drawer" part="facets"\s+inert/);
    // The facets, prices and add-to-cart forms work only live: grey placeholders stand in.
    const facets = await adapter.search({ categoryId: 'cables', sort: 'relevance', limit: 0, offset: 0 });
    const groups = facetGroups(facets.facets, null, emptyState('', 'cables'));
    assert.ok(groups.length > 1);
    assert.equal(shadow.match(/<div class="facet-pending">/g)?.length, groups.length, 'a placeholder per facet group');
    assert.doesNotMatch(shadow, /<input|<form|<kontor-price|<kontor-add-to-cart/);
    assert.equal(shadow.match(/class="price-pending" aria-hidden="true"/g)?.length, 6);
    assert.equal(shadow.match(/class="cart-pending" aria-hidden="true"/g)?.length, 6);
    // The element replaces its drawing rather than hydrating it: no hydration markers.
    assert.doesNotMatch(shadow, /<!--|<\?>/);
  });

  it('uses the tag’s attributes when the address has no state', async () => {
    const shadow = await renderListingSnapshot({ adapter, attributes: { category: 'tools', 'page-size': '3', sort: 'name' } });
    const expected = await adapter.search({ categoryId: 'tools', sort: 'name', limit: 3, offset: 0 });
    assert.equal(drawnNames(shadow).length, 3);
    assert.deepEqual(drawnNames(shadow), expected.hits.map((hit) => hit.product.name.replaceAll('&', '&amp;')));
  });

  it('names the drawing’s one style element by its hash, for a strict policy', async () => {
    const shadow = await renderListingSnapshot({ adapter, attributes: { category: 'tools', 'page-size': '2' } });
    const sources = drawingStyleSources(shadow);
    assert.equal(sources.length, 1);
    assert.match(sources[0]!, /^'sha256-[A-Za-z0-9+/]{43}='$/);
    assert.deepEqual(drawingStyleSources(shadow + shadow), sources, 'a style repeated is listed once');
    assert.deepEqual(drawingStyleSources('<p>No style</p>'), []);
    assert.doesNotMatch(shadow, /\sstyle="/, 'no style attributes, which a hash would not cover');
  });

  it('draws hostile product data as text', async () => {
    // The last part looks like Lit's hydration markers, which the drawing leaves out: as data it stays.
    const hostile = '"><img src=x onerror=alert(1)><script>alert(2)</script><!--/lit-part--><?>';
    const poisoned = withFaults(adapter, (method) =>
      method === 'search'
        ? { transform: (r) => ({ ...(r as SearchResult), hits: (r as SearchResult).hits.map((h) => ({ ...h, product: { ...h.product, name: hostile, brand: hostile } })) }) }
        : undefined,
    );
    const shadow = await renderListingSnapshot({ adapter: poisoned, attributes: { category: 'tools', 'page-size': '2' } });
    assert.doesNotMatch(shadow, /<img src=x/);
    assert.doesNotMatch(shadow, /<script>/);
    assert.match(shadow, /&lt;img src=x onerror=alert\(1\)&gt;&lt;script&gt;/);
    assert.match(shadow, /&lt;!--\/lit-part--&gt;&lt;\?&gt;/);
  });
});

describe('startSnapshotRenderer', () => {
  const renderer = startSnapshotRenderer({ catalogSize: TEST_CATALOG_SIZE });
  after(() => renderer.close());

  it('writes the drawing into the page’s listing tag and leaves other pages alone', async () => {
    const page = '<head><title>Cables</title></head><main><h1>Cables</h1><kontor-product-listing page-size="4" category="cables"></kontor-product-listing></main>';
    const drawn = await renderer.renderInto(page, new URL('https://shop.example/c.html'));
    // The first paint waits for the listing, drawing included, to be parsed.
    assert.ok(drawn.startsWith(`<head><title>Cables</title><link rel="expect" href="#${DRAWN_LISTING_MARK}" blocking="render" />\n</head>`));
    assert.ok(drawn.includes('<kontor-product-listing page-size="4" category="cables"><template shadowroot="open" shadowrootmode="open">'));
    assert.ok(drawn.endsWith(`</template></kontor-product-listing><span id="${DRAWN_LISTING_MARK}" hidden></span></main>`));
    assert.equal(drawnNames(drawn).length, 4);
    assert.equal(await renderer.renderInto(drawn, new URL('https://shop.example/c.html')), drawn, 'a drawn tag is not drawn twice');
    assert.equal(await renderer.renderInto('<p>No listing</p>', new URL('https://shop.example/')), '<p>No listing</p>');
  });

  it('writes no hold for a page without a head, or a tag left open', async () => {
    assert.equal(holdFirstPaintUntil('<p>No head</p>', 'mark'), '<p>No head</p>');
    const open = '<head></head><kontor-product-listing category="tools" page-size="2">';
    const drawn = await renderer.renderInto(open, new URL('https://shop.example/'));
    assert.ok(drawn.startsWith('<head></head><kontor-product-listing category="tools" page-size="2"><template'), 'drawn, without a hold');
  });

  it('reads quoted, bare and empty attributes', () => {
    assert.deepEqual(tagAttributes(` url-state page-size=24 product-url='p.html?sku={sku}' category="a>b"`), {
      'url-state': '',
      'page-size': '24',
      'product-url': 'p.html?sku={sku}',
      category: 'a>b',
    });
  });
});
