/**
 * Writes server-rendered first results into pages, as a CMS does when it renders a page with
 * a `<kontor-product-listing>` tag: the demo's dev server (`npm start`) and the Core Web
 * Vitals lab run use it with the reference backend. The rendering runs in a worker thread,
 * because the listing's server renderer installs a DOM shim (globals such as `window`) that
 * must not leak into the host process.
 */
import { Worker } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/umd/node-adapter.js';
import type { snapshotThread, SnapshotThreadOptions } from './snapshot-thread.js';

/** A page writer with its thread; close it when done. */
export interface SnapshotRenderer {
  /**
   * `html` with the first `<kontor-product-listing>` tag's results drawn into it, for a page
   * at `url`. A page without the tag, or whose tag already has its drawing, comes back as it was.
   */
  renderInto(html: string, url: URL): Promise<string>;
  close(): Promise<void>;
}

/** The opening tag and its attributes; quoted values may hold `>`. */
const LISTING_TAG = /<kontor-product-listing((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*>/i;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

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

/**
 * Starts the worker thread. It generates the reference catalog first (about half a second
 * for 20,000 SKUs); calls wait for it.
 */
export function startSnapshotRenderer(options: SnapshotThreadOptions = {}): SnapshotRenderer {
  // The thread's module is TypeScript: the thread registers tsx (as the rest of the Node
  // tooling runs) before it loads it.
  const module = new URL('./snapshot-thread.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(module)}); });`;
  const worker = new Worker(boot, { eval: true, workerData: options });
  const thread = Comlink.wrap<typeof snapshotThread>(nodeEndpoint(worker));
  return {
    async renderInto(html, url) {
      const match = LISTING_TAG.exec(html);
      if (!match) return html;
      const end = match.index + match[0].length;
      if (/^\s*<template\s[^>]*shadowrootmode/i.test(html.slice(end))) return html;
      const shadow = await thread.render(tagAttributes(match[1] ?? ''), url.href);
      const close = html.indexOf('</kontor-product-listing>', end);
      if (close < 0) return html.slice(0, end) + shadow + html.slice(end);
      // A mark right after the tag: the first paint waits until the parser has passed it.
      const after = close + '</kontor-product-listing>'.length;
      const marked = `${html.slice(0, end)}${shadow}${html.slice(end, after)}<span id="${DRAWN_LISTING_MARK}" hidden></span>${html.slice(after)}`;
      return holdFirstPaintUntil(marked, DRAWN_LISTING_MARK);
    },
    async close() {
      thread[Comlink.releaseProxy]();
      await worker.terminate();
    },
  };
}
