/**
 * `kontor/server`: what a server that writes the page (a CMS, an edge function, a
 * static-site build) needs to draw a `<kontor-product-listing>`'s first results into the
 * page, so that products paint with the page's HTML before any script has loaded.
 *
 * ```ts
 * import { drawListingInto, drawingStyleSources } from 'kontor/server';
 * ```
 *
 * Node only. The first render installs Lit's DOM shim in the process (globals such as
 * `window` and `document`), so render from a process or worker thread that does nothing
 * else. docs/server-rendering.md shows a whole page.
 */
export { drawListingInto, type DrawIntoPageOptions } from './product-listing/draw-into-page.js';
export { DRAWN_LISTING_MARK } from './product-listing/listing-tag.js';
export { renderListingSnapshot, type ListingSnapshotOptions } from './product-listing/listing-snapshot.js';
export { drawingStyleSources } from './product-listing/snapshot-style-sources.js';
