/**
 * The listing tag in a page's HTML, read and marked as a server that writes pages does. Plain
 * string work: no DOM and no renderer, so a process can ask whether a page needs drawing
 * before it loads anything.
 */

/** The opening tag and its attributes; quoted values may hold `>`. */
const LISTING_TAG = /<kontor-product-listing((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*>/i;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** The listing's closing tag, after which a drawn page marks the drawing's end. */
export const CLOSING_TAG = '</kontor-product-listing>';

/** Reads attributes of an opening tag (entities are not expected in these values). */
export function tagAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, double, single, bare] of source.matchAll(ATTRIBUTE)) {
    if (name) attributes[name.toLowerCase()] = double ?? single ?? bare ?? '';
  }
  return attributes;
}

/** The id of an empty element written right after a drawn listing, for the first paint to wait for. */
export const DRAWN_LISTING_MARK = 'kontor-drawn-listing-end';

/**
 * Holds the page's first paint until the parser has reached the element with `id`
 * (`<link rel="expect" blocking="render">` in the head). A browser that paints a partly
 * parsed listing shows a toolbar that grows as the rest arrives: a layout shift. Browsers
 * without the feature ignore the link. A page without a head comes back as it was.
 */
export function holdFirstPaintUntil(html: string, id: string): string {
  const head = /<\/head\s*>/i.exec(html);
  if (!head) return html;
  return `${html.slice(0, head.index)}<link rel="expect" href="#${encodeURIComponent(id)}" blocking="render" />\n${html.slice(head.index)}`;
}

/** Where a page's first listing tag is, with its attributes. */
export interface ListingTag {
  /** The tag's attributes as written. */
  readonly attributes: Record<string, string>;
  /** Where the opening tag ends, which is where its drawing goes. */
  readonly end: number;
  /** Whether the tag already has its drawing (a declarative shadow root right after it). */
  readonly drawn: boolean;
}

/** The page's first `<kontor-product-listing>` opening tag, or `null` when it has none. */
export function findListingTag(html: string): ListingTag | null {
  const match = LISTING_TAG.exec(html);
  if (!match) return null;
  const end = match.index + match[0].length;
  return { attributes: tagAttributes(match[1] ?? ''), end, drawn: /^\s*<template\s[^>]*shadowrootmode/i.test(html.slice(end)) };
}
