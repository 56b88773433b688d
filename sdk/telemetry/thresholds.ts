/** Rating thresholds: a value up to the first is good, up to the second needs improvement, above is poor. */
import type { MetricName, Rating } from './types.js';

/**
 * web-vitals' published thresholds for the Core Web Vitals; for component metrics, the
 * response-time limits users notice (a tenth of a second feels instant, a second keeps the
 * flow) scaled to what each step does.
 */
export const THRESHOLDS: Readonly<Record<MetricName, readonly [number, number]>> = {
  LCP: [2500, 4000],
  INP: [200, 500],
  CLS: [0.1, 0.25],
  FCP: [1800, 3000],
  TTFB: [800, 1800],
  typeahead: [100, 300],
  'first-results': [2500, 4000],
  results: [300, 1000],
  'add-to-cart': [500, 1500],
  checkout: [1000, 3000],
  error: [0, 0],
};

/** The rating of `value` for `name`. */
export function rate(name: MetricName, value: number): Rating {
  const [good, poor] = THRESHOLDS[name];
  return value <= good ? 'good' : value <= poor ? 'needs-improvement' : 'poor';
}

/** The unit of a metric: milliseconds, or `1` for unitless values (CLS, error counts). */
export function unitOf(name: MetricName): 'ms' | '1' {
  return name === 'CLS' || name === 'error' ? '1' : 'ms';
}
