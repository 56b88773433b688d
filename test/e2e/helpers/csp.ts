/**
 * Strict Content Security Policy for end-to-end tests: the policy a careful shop would send,
 * and a watch for its violations (and console errors) from a page's first script on.
 */
import type { Page } from 'playwright-core';

/** The policy a careful shop would send. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify kontor',
].join('; ');

declare global {
  interface Window {
    kontorViolations?: string[];
  }
}

/** Records violations from the first script on, before any of the page's own. */
export async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    window.kontorViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.kontorViolations?.push(`${event.effectiveDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
    });
  });
  return problems;
}

/** The violations `watch` recorded on `page` so far. */
export const violations = (page: Page): Promise<string[]> => page.evaluate(() => window.kontorViolations ?? []);
