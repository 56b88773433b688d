/** Serves a {@link WireRequest} through the REST app, for hosts without a network (the worker). */
import type { Hono } from 'hono';
import type { WireRequest, WireResponse } from '../../adapters/rest/wire.js';

/** Origin given to requests that never touch a network. */
const LOCAL_ORIGIN = 'http://kontor.local';

/** Builds a `Request`, lets the app answer it and flattens the `Response` into plain data. */
export async function handleWire(app: Hono, request: WireRequest): Promise<WireResponse> {
  const method = request.method.toUpperCase();
  const withBody = method !== 'GET' && method !== 'HEAD' && request.body !== null;
  const response = await app.fetch(
    new Request(new URL(request.path, LOCAL_ORIGIN), {
      method,
      headers: request.headers,
      ...(withBody && { body: request.body }),
    }),
  );
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  return { status: response.status, headers, body: await response.text() };
}
