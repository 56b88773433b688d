/**
 * The module `virtual:kontor-drawn-listing`: a `<kontor-product-listing>` tag with its first
 * results drawn by the server renderer (docs/server-rendering.md), as a CMS writes it into a
 * page, from the reference catalog the stories' backend generates. Drawn when Storybook
 * builds, in Node; the story that shows it runs in the browser.
 */
import type { Plugin } from 'vite';
import { startSnapshotRenderer, type SnapshotRenderer } from '../demo/snapshot-renderer.js';
import { STORY_CATALOG_SIZE } from '../stories/decorators/catalog-size.js';

const MODULE_ID = 'virtual:kontor-drawn-listing';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** The tag the story shows, as a page would write it. */
const DRAWN_LISTING_TAG = '<kontor-product-listing category="cables" page-size="8"></kontor-product-listing>';

/** Serves `virtual:kontor-drawn-listing`, whose default export is the drawn tag's HTML. */
export function drawnListing(): Plugin {
  let renderer: SnapshotRenderer | undefined;
  const close = async () => {
    await renderer?.close();
    renderer = undefined;
  };
  return {
    name: 'kontor-drawn-listing',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      renderer ??= startSnapshotRenderer({ catalogSize: STORY_CATALOG_SIZE });
      const page = await renderer.renderInto(DRAWN_LISTING_TAG, new URL('https://shop.example/'));
      if (!page.includes('shadowrootmode')) throw new Error(`${MODULE_ID}: the renderer drew nothing into ${DRAWN_LISTING_TAG}`);
      return `export default ${JSON.stringify(page)};`;
    },
    buildEnd: close,
    closeBundle: close,
  };
}
