/**
 * The telemetry wire format: what the SDK measures and what a JSON beacon carries. The
 * collector in the reference server validates the same shape (src/reference/telemetry/).
 */

/** A rating as web-vitals gives it; component metrics are rated against their own thresholds. */
export type Rating = 'good' | 'needs-improvement' | 'poor';

/** Core Web Vitals measured through web-vitals. */
export type VitalName = 'LCP' | 'INP' | 'CLS' | 'FCP' | 'TTFB';

/**
 * Component metrics from `kontor-*` events:
 * - `typeahead`: keystroke to suggestions painted (`kontor-suggestions`)
 * - `first-results`: navigation start to a listing's first rendered results
 * - `results`: a listing's request to rendered results (`kontor-results`)
 * - `add-to-cart`: `kontor-add-to-cart` to the `kontor-cart-change` (or `kontor-error`) of the same element
 * - `checkout`: `kontor-checkout` to `kontor-order-placed` (or `kontor-error`)
 * - `error`: one per `kontor-error` (value 1)
 */
export type ComponentMetricName = 'typeahead' | 'first-results' | 'results' | 'add-to-cart' | 'checkout' | 'error';

/** Every metric name a record can carry. */
export type MetricName = VitalName | ComponentMetricName;

/** A personalization slot that was in view when a record was taken (from `kontor-personalize`). */
export interface SlotInView {
  readonly slot: string;
  readonly variant: string;
  /** The segment that chose the variant; null for the default. */
  readonly segment: string | null;
}

/** One measurement. */
export interface TelemetryRecord {
  readonly name: MetricName;
  /** Milliseconds, except CLS (unitless) and `error` (a count of 1). */
  readonly value: number;
  /** Change since this metric's previous report (web-vitals reports some metrics more than once). */
  readonly delta: number;
  readonly rating: Rating;
  /** Stable per metric instance: repeated reports of one metric share it. */
  readonly id: string;
  /** Host-qualified target, e.g. `kontor-search-box >> input[role=combobox]`; absent when none. */
  readonly target?: string;
  /** For component metrics: `ok` or `error`; for `error`: the error code. */
  readonly outcome?: string;
  /** Milliseconds since the epoch. */
  readonly time: number;
  readonly slots: readonly SlotInView[];
}

/** Device class, from the viewport and the pointer (the personalization profile's definition). */
export type DeviceClass = 'mobile' | 'tablet' | 'desktop';

/** What every record of one page view shares. */
export interface PageContext {
  /** The page type, e.g. `home`, `category`, `product` (configurable). */
  readonly pageType: string;
  /** The path of the page, without query or fragment (they may carry personal data). */
  readonly path: string;
  /** How the page was reached: `navigate`, `reload`, `back-forward`, `back-forward-cache`, `prerender`, `restore`. */
  readonly navigationType: string;
  readonly device: DeviceClass;
  /** The Network Information API's effective type (`4g`, `3g` …); null where the browser has none. */
  readonly connection: string | null;
}

/** The body of a JSON beacon. */
export interface Beacon {
  /** Wire format version. */
  readonly v: 1;
  readonly page: PageContext;
  readonly records: readonly TelemetryRecord[];
}

/** Largest number of records in one beacon; the collector rejects more. */
export const MAX_RECORDS = 50;
