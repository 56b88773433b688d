/**
 * Content Security Policy sources for a server drawing's inline styles. A page whose policy
 * has no `'unsafe-inline'` in `style-src` refuses the drawing's `<style>` element, and the
 * drawing shows unstyled until the element replaces it, unless the policy lists the style's
 * hash. The drawing has no `style` attributes, which a hash would not cover.
 *
 * Node only (`node:crypto`), like the renderer.
 */
import { createHash } from 'node:crypto';

const STYLE_ELEMENT = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;

/**
 * The `'sha256-…'` sources of each distinct `<style>` element in `drawing`, to add to the
 * page's `style-src`: the output of `renderListingSnapshot`, or a page `drawListingInto` drew
 * into (then the page's own inline styles are listed too, which such a policy needs as well).
 */
export function drawingStyleSources(drawing: string): string[] {
  const sources = new Set<string>();
  for (const [, text = ''] of drawing.matchAll(STYLE_ELEMENT)) {
    sources.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...sources];
}
