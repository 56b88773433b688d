/**
 * The worker thread behind `startSnapshotRenderer`: the reference backend (in memory) and
 * the listing's server renderer, whose DOM shim stays in this thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/umd/node-adapter.js';
import { RestCommerceAdapter } from '../src/adapters/rest/rest-adapter.js';
import { drawListingInto } from '../components/product-listing/draw-into-page.js';
import { createReferenceApp } from '../src/reference/create.js';
import { handleWire } from '../src/reference/rest/wire-handler.js';
import { MemoryStateStore } from '../src/reference/state/store.js';

/** What the thread is started with. */
export interface SnapshotThreadOptions {
  readonly catalogSize?: number;
  readonly seed?: number;
}

const options = workerData as SnapshotThreadOptions;
const { app } = createReferenceApp({ store: new MemoryStateStore(), ...options });
// Guests only: the snapshot never carries a buyer's prices.
const adapter = new RestCommerceAdapter({ transport: (request) => handleWire(app, request), locale: () => 'en' });

/** The thread's interface, called through Comlink. */
export const snapshotThread = {
  drawInto(html: string, url: string): Promise<string> {
    return drawListingInto(html, { adapter, url: new URL(url) });
  },
};

if (!parentPort) throw new Error('Start this module as a worker thread (startSnapshotRenderer).');
Comlink.expose(snapshotThread, nodeEndpoint(parentPort));
