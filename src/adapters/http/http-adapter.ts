import { RestCommerceAdapter } from '../rest/rest-adapter.js';
import { localTokenStorage, type TokenStorage } from '../rest/token-storage.js';
import type { Transport, WireResponse } from '../rest/wire.js';

/** Options of {@link createHttpAdapter}. */
export interface HttpAdapterOptions {
  /** Base URL of a backend serving the REST contract, e.g. `https://shop.example/api`. */
  readonly baseUrl: string;
  /** Abort a request that has not answered after this many milliseconds (default 15000). */
  readonly timeoutMs?: number;
  /** Where the session token lives; defaults to localStorage. */
  readonly tokenStorage?: TokenStorage;
  /** The fetch to use (a wrapper for tests or auth proxies); defaults to the global one. */
  readonly fetch?: typeof fetch;
}

/** A {@link Transport} that sends each request with `fetch` to `baseUrl`. */
export function fetchTransport(
  baseUrl: string,
  timeoutMs = 15_000,
  fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis),
): Transport {
  const base = baseUrl.replace(/\/+$/, '');
  return async (request): Promise<WireResponse> => {
    const response = await fetchImpl(base + request.path, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    return { status: response.status, headers, body: await response.text() };
  };
}

/** Creates the adapter for any backend that serves Kontor's REST contract over HTTP. */
export function createHttpAdapter(options: HttpAdapterOptions): RestCommerceAdapter {
  return new RestCommerceAdapter({
    transport: fetchTransport(options.baseUrl, options.timeoutMs, options.fetch),
    tokenStorage: options.tokenStorage ?? localTokenStorage(`kontor.token:${options.baseUrl}`),
  });
}
