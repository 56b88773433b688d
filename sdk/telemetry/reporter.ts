/**
 * The reporter: records queue in memory and leave the page in batches, when the page is
 * hidden and when a batch is full. Only with telemetry consent and only for sampled page
 * views; without consent nothing is queued, sent or stored.
 */
import { consent as pageConsent, type Consent } from '../consent/index.js';
import { pageContext, type PageTypeOption } from './context.js';
import { onRecord } from './measure.js';
import { toOtlp } from './otlp.js';
import { send } from './transport.js';
import { MAX_RECORDS, type Beacon, type TelemetryRecord } from './types.js';

/** Options of {@link startTelemetry}. */
export interface TelemetryOptions {
  /** Where JSON beacons go (POST, body as text/plain JSON), e.g. `https://api.example.com/telemetry/beacon`. */
  readonly endpoint?: string;
  /** An OTLP/HTTP JSON metrics endpoint, e.g. `https://otel.example.com/v1/metrics`. */
  readonly otlpEndpoint?: string;
  /** `service.name` in OTLP payloads (default `kontor-storefront`). */
  readonly serviceName?: string;
  /** The page type; default from `data-kontor-page` or the file name (see docs/telemetry.md). */
  readonly pageType?: PageTypeOption;
  /** Share of page views that report, 0 to 1 (default 1); drawn once per page view. */
  readonly sampleRate?: number;
  /** Records that trigger a flush before the page is hidden (default 20, at most 50). */
  readonly batchSize?: number;
  /** Consent switches (default: the page's). */
  readonly consent?: Consent;
  /** Called with every beacon sent (for a page's own logging and tests). */
  readonly onSend?: (beacon: Beacon) => void;
}

/** A running reporter. */
export interface TelemetryReporter {
  /** Sends what is queued now (also called when the page is hidden). */
  flush(): void;
  /** Stops reporting; what is queued is dropped. */
  stop(): void;
}

function sampled(rate: number | undefined): boolean {
  const share = rate === undefined || Number.isNaN(rate) ? 1 : Math.min(1, Math.max(0, rate));
  return share >= 1 || Math.random() < share;
}

/**
 * Starts reporting this page's metrics. Never throws: a misconfigured or unsupported page
 * gets a reporter that does nothing.
 */
export function startTelemetry(options: TelemetryOptions = {}): TelemetryReporter {
  const consent = options.consent ?? pageConsent;
  const batchSize = Math.min(MAX_RECORDS, Math.max(1, Math.floor(options.batchSize ?? 20)));
  // Repeated reports of one metric (web-vitals reports changes) replace each other in the queue.
  const queue = new Map<string, TelemetryRecord>();
  const active = sampled(options.sampleRate) && Boolean(options.endpoint || options.otlpEndpoint);

  const flush = (): void => {
    if (queue.size === 0) return;
    if (!consent.granted('telemetry')) {
      queue.clear();
      return;
    }
    try {
      const records = [...queue.values()];
      queue.clear();
      for (let i = 0; i < records.length; i += MAX_RECORDS) {
        const beacon: Beacon = { v: 1, page: pageContext(options.pageType), records: records.slice(i, i + MAX_RECORDS) };
        if (options.endpoint) send(options.endpoint, JSON.stringify(beacon), 'text/plain');
        if (options.otlpEndpoint) send(options.otlpEndpoint, JSON.stringify(toOtlp(beacon, options.serviceName)), 'application/json');
        options.onSend?.(beacon);
      }
    } catch {
      // Telemetry never breaks the page it measures.
    }
  };
  if (!active) return { flush: () => undefined, stop: () => undefined };

  const onHidden = (): void => {
    if (document.visibilityState === 'hidden') flush();
  };
  const unsubscribe = onRecord((record) => {
    if (!consent.granted('telemetry')) return;
    queue.delete(record.id);
    queue.set(record.id, record);
    if (queue.size >= batchSize) flush();
  });
  // Withdrawn consent drops what was waiting.
  const unlisten = consent.listen((state) => {
    if (!state.telemetry) queue.clear();
  });
  addEventListener('visibilitychange', onHidden);
  // Where visibilitychange does not fire on unload (older Safari), pagehide still does.
  addEventListener('pagehide', flush);
  return {
    flush,
    stop() {
      unsubscribe();
      unlisten();
      removeEventListener('visibilitychange', onHidden);
      removeEventListener('pagehide', flush);
      queue.clear();
    },
  };
}
