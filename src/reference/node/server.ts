/** The Node host: the REST app behind @hono/node-server with file persistence. */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createReferenceApp } from '../create.js';
import { FileStateStore } from './file-store.js';
import { mountTelemetryCollector } from '../telemetry/collector.js';

/** Options of {@link startApiServer}. */
export interface ApiServerOptions {
  /** TCP port; 0 picks a free one (default 8787). */
  readonly port?: number;
  /** Interface to bind (default 127.0.0.1). */
  readonly host?: string;
  /** Directory of the state file (default `.data`). */
  readonly dataDir?: string;
  /** Generated SKUs (default 20,000). */
  readonly catalogSize?: number;
  /** Clock override for tests. */
  readonly now?: () => Date;
  /**
   * Demo mode: serve the demo routes (the public demo-user list behind the demo toolbar's
   * one-click logins, and the demo clock for logged-in callers). Default false: a server
   * reachable by others must not hand out logins or let callers move its time.
   */
  readonly demo?: boolean;
}

/** A running server. */
export interface ApiServer {
  /** Base URL, e.g. `http://127.0.0.1:8787`. */
  readonly url: string;
  /** Stops accepting connections and resolves when closed. */
  close(): Promise<void>;
}

/** Starts the server and resolves once it listens. */
export async function startApiServer(options: ApiServerOptions = {}): Promise<ApiServer> {
  const host = options.host ?? '127.0.0.1';
  const { app } = createReferenceApp({
    store: new FileStateStore(resolve(options.dataDir ?? '.data')),
    ...(options.catalogSize !== undefined && { catalogSize: options.catalogSize }),
    ...(options.now !== undefined && { now: options.now }),
    demo: options.demo === true,
  });
  // Telemetry beacons from the storefront's pages (docs/telemetry.md).
  mountTelemetryCollector(app);
  let listening: (info: AddressInfo) => void = () => undefined;
  const ready = new Promise<AddressInfo>((done) => (listening = done));
  const server = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: host }, (info) => listening(info));
  const address = await Promise.race([
    ready,
    new Promise<never>((_, reject) => server.once('error', reject)),
  ]);
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
