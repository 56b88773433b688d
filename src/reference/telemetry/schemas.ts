/**
 * What the collector accepts: the SDK's JSON beacon (strict) and the part of an OTLP/HTTP
 * JSON `ExportMetricsServiceRequest` it reads (gauge, sum and histogram points are read as
 * values; unknown fields are allowed there, as OTLP adds fields over time).
 */
import { array, boolean, enum as oneOf, literal, looseObject, number, strictObject, string, union } from 'zod';

const name = oneOf(['LCP', 'INP', 'CLS', 'FCP', 'TTFB', 'typeahead', 'first-results', 'results', 'add-to-cart', 'checkout', 'error']);
const label = (max: number) => string().min(1).max(max);

/** Largest number of records in one beacon (the SDK sends at most this many). */
export const MAX_BEACON_RECORDS = 50;

/** The SDK's JSON beacon. */
export const beaconSchema = strictObject({
  v: literal(1),
  page: strictObject({
    pageType: label(64),
    path: string().max(256),
    navigationType: label(32),
    device: oneOf(['mobile', 'tablet', 'desktop']),
    connection: label(16).nullable(),
  }),
  records: array(
    strictObject({
      name,
      value: number().finite().min(0).max(3_600_000),
      delta: number().finite().min(-3_600_000).max(3_600_000),
      rating: oneOf(['good', 'needs-improvement', 'poor']),
      id: label(100),
      target: string().max(260).optional(),
      outcome: label(64).optional(),
      time: number().int().min(0),
      slots: array(strictObject({ slot: label(100), variant: label(100), segment: label(100).nullable() })).max(10),
    }),
  )
    .min(1)
    .max(MAX_BEACON_RECORDS),
});

const anyValue = looseObject({
  stringValue: string().max(1000).optional(),
  intValue: union([string().regex(/^-?\d+$/), number().int()]).optional(),
  doubleValue: number().optional(),
  boolValue: boolean().optional(),
});
const attributes = array(looseObject({ key: string().max(200), value: anyValue })).max(64).optional();
const point = looseObject({
  attributes,
  timeUnixNano: union([string().regex(/^\d+$/), number().int().min(0)]).optional(),
  asDouble: number().optional(),
  asInt: union([string().regex(/^-?\d+$/), number().int()]).optional(),
});
const points = looseObject({ dataPoints: array(point).max(1000) });

/** The parts of an OTLP metrics export the collector reads. */
export const otlpMetricsSchema = looseObject({
  resourceMetrics: array(
    looseObject({
      resource: looseObject({ attributes }).optional(),
      scopeMetrics: array(
        looseObject({
          metrics: array(
            looseObject({ name: string().min(1).max(200), unit: string().max(32).optional(), gauge: points.optional(), sum: points.optional() }),
          ).max(200),
        }),
      ).max(20),
    }),
  ).max(20),
});
