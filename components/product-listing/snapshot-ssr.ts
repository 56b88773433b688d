/**
 * The Lit server rendering behind `renderListingSnapshot`; loaded only once the DOM shim is
 * in place, because the elements' modules define custom elements when they load.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import type { ListingSettings } from './listing-search.js';
import { DEFAULT_PRODUCT_URL, type ServerRender } from './product-listing.js';

/** The listing's properties that shape the drawing; without `productUrl`, the element's default. */
export interface DrawnProperties extends ListingSettings {
  readonly productUrl?: string;
}

/**
 * Lit's hydration markers: `<!--lit-part …-->`, `<!--/lit-part-->`, `<!--lit-node N-->` and
 * the `<?>` after an element's attribute parts. Product data in the drawing is escaped, so
 * no `<` of data can start one.
 */
const HYDRATION_MARKERS = /<!--\/?lit-(?:part|node)\b[^>]*-->|<\?>/g;

/**
 * Draws the listing and returns its declarative shadow root only (the page has the tag).
 * Without Lit's hydration markers: the element replaces its drawing instead of hydrating
 * it, so they were a fifth of the drawing's bytes and comment nodes for the parser to make.
 */
export function renderListing(draw: ServerRender, { pageSize, paging, view, facets, productUrl }: DrawnProperties): string {
  const element = collectResultSync(
    render(
      html`<kontor-product-listing
        .serverRender=${draw}
        .pageSize=${pageSize}
        .paging=${paging}
        .view=${view}
        .facets=${facets}
        .productUrl=${productUrl ?? DEFAULT_PRODUCT_URL}
      ></kontor-product-listing>`,
    ),
  );
  const start = element.indexOf('<template');
  const end = element.lastIndexOf('</template>');
  if (start < 0 || end < start) throw new Error('The listing rendered no shadow root');
  return element.slice(start, end + '</template>'.length).replace(HYDRATION_MARKERS, '');
}
