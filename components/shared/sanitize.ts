import DOMPurify from 'dompurify';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

/**
 * Renders backend HTML (product descriptions) only after DOMPurify removed scripts, event
 * handlers, `javascript:` URLs and other active content. The only door to `unsafeHTML` in
 * Kontor: product data is written by many hands and must never run code in the host page.
 */
export function sanitizedHtml(dirty: string) {
  return unsafeHTML(
    DOMPurify.sanitize(dirty, {
      USE_PROFILES: { html: true },
      FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
      FORBID_ATTR: ['style'],
    }),
  );
}
