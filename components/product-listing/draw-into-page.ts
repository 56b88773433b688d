/**
 * Writing a listing's drawing into a whole page, as a server that writes pages does: find the
 * first `<kontor-product-listing>` tag, draw its results with the tag's own attributes, and
 * hold the page's first paint until the parser has passed the drawing.
 *
 * Node only, like the renderer it calls (`listing-snapshot.ts`).
 */
import { CLOSING_TAG, DRAWN_LISTING_MARK, findListingTag, holdFirstPaintUntil } from './listing-tag.js';
import { renderListingSnapshot, type ListingSnapshotOptions } from './listing-snapshot.js';

/** What {@link drawListingInto} needs: where results come from and the page's address. */
export type DrawIntoPageOptions = Pick<ListingSnapshotOptions, 'adapter' | 'url'>;

/**
 * `html` with the first `<kontor-product-listing>` tag's results drawn into it (as the tag's
 * declarative shadow root), a mark after the tag and, in the head, a hint that holds the first
 * paint until the parser reaches the mark. A page without the tag, or whose tag already has
 * its drawing, comes back as it was.
 */
export async function drawListingInto(html: string, { adapter, url }: DrawIntoPageOptions): Promise<string> {
  const tag = findListingTag(html);
  if (!tag || tag.drawn) return html;
  const { attributes, end } = tag;
  const shadow = await renderListingSnapshot({ adapter, attributes, url });
  const close = html.indexOf(CLOSING_TAG, end);
  if (close < 0) return html.slice(0, end) + shadow + html.slice(end);
  const after = close + CLOSING_TAG.length;
  const marked = `${html.slice(0, end)}${shadow}${html.slice(end, after)}<span id="${DRAWN_LISTING_MARK}" hidden></span>${html.slice(after)}`;
  return holdFirstPaintUntil(marked, DRAWN_LISTING_MARK);
}
