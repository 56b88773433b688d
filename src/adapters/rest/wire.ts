/**
 * A REST exchange as plain, structured-cloneable data. The http adapter sends it with
 * `fetch`; the local adapter posts it to the reference backend's Web Worker. Both hosts
 * answer through the same REST application, so the two adapters differ only in transport.
 */

/** A request in transit. `path` includes the query string. */
export interface WireRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | null;
}

/** A response in transit; `body` is JSON text (possibly empty). */
export interface WireResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Sends one request and resolves with the response; rejects only when nothing came back. */
export type Transport = (request: WireRequest) => Promise<WireResponse>;

/** What the reference backend's worker exposes over comlink. */
export interface WorkerBackendApi {
  handle(request: WireRequest): Promise<WireResponse>;
}
