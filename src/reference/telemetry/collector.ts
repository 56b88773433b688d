/**
 * The telemetry collector of the reference server, mounted on its Hono app:
 *
 * - `POST /telemetry/beacon`: the SDK's JSON beacons (sent as text/plain or application/json)
 * - `POST /telemetry/v1/metrics`: OTLP/HTTP JSON metric exports
 * - `GET /telemetry/report`: p75 per metric, page type, device, segment and variant (JSON)
 * - `GET /telemetry/report.html`: the same as a small page
 * - `DELETE /telemetry/records`: forgets every measurement
 *
 * Bodies are limited and validated; a bad request gets a typed error reply, never a trace.
 */
import type { Context, Hono } from 'hono';
import type { ZodType, output } from 'zod';
import { ValidationError } from '../../commerce/index.js';
import { HttpError, replyFor, validationFromZod } from '../rest/http-errors.js';
import { ingestBeacon, ingestOtlp } from './ingest.js';
import { reportPage } from './report-page.js';
import { beaconSchema, otlpMetricsSchema } from './schemas.js';
import { TelemetryStore } from './store.js';

/** Largest beacon body; a browser's keepalive requests are limited to 64 KiB as well. */
export const MAX_TELEMETRY_BYTES = 64 * 1024;

const ACCEPTED_TYPES = ['application/json', 'text/plain'];

async function read<S extends ZodType>(c: Context, schema: S): Promise<output<S>> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!ACCEPTED_TYPES.includes(type)) {
    throw new HttpError(415, { error: { code: 'validation', message: 'Send JSON as application/json or text/plain.' } });
  }
  const tooLarge = new HttpError(413, { error: { code: 'validation', message: `The body exceeds ${MAX_TELEMETRY_BYTES} bytes.` } });
  if (Number(c.req.header('content-length') ?? '0') > MAX_TELEMETRY_BYTES) throw tooLarge;
  const raw = await c.req.arrayBuffer();
  if (raw.byteLength > MAX_TELEMETRY_BYTES) throw tooLarge;
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(raw));
  } catch {
    throw new ValidationError('The body is not valid JSON.', [{ path: 'body', message: 'Malformed JSON.' }]);
  }
  const result = schema.safeParse(value);
  if (!result.success) throw validationFromZod(result.error, 'telemetry body');
  return result.data;
}

function fail(c: Context, error: unknown): Response {
  const { status, body } = replyFor(error);
  if (status >= 500) console.error(error);
  return c.json(body, status as 400);
}

/** Adds the collector's routes to `app`; returns its store (for tests and tools). */
export function mountTelemetryCollector(app: Hono, store = new TelemetryStore()): TelemetryStore {
  app.post('/telemetry/beacon', async (c) => {
    try {
      const stored = ingestBeacon(store, await read(c, beaconSchema));
      return c.json({ stored }, 202);
    } catch (error) {
      return fail(c, error);
    }
  });
  app.post('/telemetry/v1/metrics', async (c) => {
    try {
      ingestOtlp(store, await read(c, otlpMetricsSchema));
      // An ExportMetricsServiceResponse without partial success: everything was accepted.
      return c.json({});
    } catch (error) {
      return fail(c, error);
    }
  });
  app.get('/telemetry/report', (c) => c.json(store.report()));
  app.get('/telemetry/report.html', (c) => {
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    return c.html(reportPage(store.report()));
  });
  app.delete('/telemetry/records', (c) => {
    store.clear();
    return c.body(null, 204);
  });
  return store;
}
