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
import { findListingTag } from '../components/product-listing/listing-tag.js';
import type { snapshotThread, SnapshotThreadOptions } from './snapshot-thread.js';

/** A page writer with its thread; close it when done. */
export interface SnapshotRenderer {
  /**
   * `html` with the first `<kontor-product-listing>` tag's results drawn into it, for a page
   * at `url` (`drawListingInto`, with the reference backend). A page without the tag, or whose
   * tag already has its drawing, comes back as it was.
   */
  renderInto(html: string, url: URL): Promise<string>;
  close(): Promise<void>;
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
      // Pages without a listing to draw do not wait for the thread's catalog.
      const tag = findListingTag(html);
      if (!tag || tag.drawn) return html;
      return thread.drawInto(html, url.href);
    },
    async close() {
      thread[Comlink.releaseProxy]();
      await worker.terminate();
    },
  };
}
