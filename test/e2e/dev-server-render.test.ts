/**
 * `npm start` (Vite's dev server with the demo config) draws a page's listing into its HTML
 * for the address asked for, and leaves pages without a listing alone.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ViteDevServer } from 'vite';
import { DRAWN_LISTING_MARK } from '../../components/product-listing/listing-tag.js';
import { startDemoDevServer } from './helpers/dev-server.js';

describe('the dev server (npm start)', () => {
  let vite: ViteDevServer;
  let base = '';

  before(async () => {
    ({ vite, base } = await startDemoDevServer());
  });
  after(() => vite.close());

  it('serves a category page with its first results drawn for the address', async () => {
    const html = await (await fetch(`${base}/category.html?category=tools`)).text();
    assert.match(html, /<kontor-product-listing url-state page-size="24"><template shadowroot="open" shadowrootmode="open">/);
    assert.ok(html.includes(`<link rel="expect" href="#${DRAWN_LISTING_MARK}" blocking="render" />`), 'the first paint waits for the drawing');
    const request = JSON.stringify({ categoryId: 'tools', sort: 'relevance', limit: 24, offset: 0 }).replaceAll('"', '&quot;');
    assert.ok(html.includes(`data-request="${request}"`), 'drawn for the tools category');
  });

  it('leaves a page without a listing as it is', async () => {
    const html = await (await fetch(`${base}/cart.html`)).text();
    assert.doesNotMatch(html, /shadowrootmode/);
    assert.doesNotMatch(html, /rel="expect"/);
  });
});
