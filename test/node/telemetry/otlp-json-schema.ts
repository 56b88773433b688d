/**
 * The OTLP metrics export request as the protobuf JSON mapping writes it, from
 * opentelemetry/proto/collector/metrics/v1/metrics_service.proto and metrics/v1/metrics.proto
 * (v1.x): lowerCamelCase field names, 64-bit integers as decimal strings, enums as numbers,
 * bytes as hex (OTLP's exception for trace and span ids), oneofs with exactly one member.
 * Unknown fields are rejected here, stricter than a receiver, so a typo cannot slip through.
 */
import { array, boolean, number, strictObject, string, union, lazy, type ZodType } from 'zod';

const uint64 = string().regex(/^\d+$/, 'fixed64/uint64 must be a decimal string');
const int64 = string().regex(/^-?\d+$/, 'int64 must be a decimal string');
const hex = (bytes: number) => string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));

/** `AnyValue`: exactly one of its members. */
export const anyValue: ZodType = lazy(() =>
  union([
    strictObject({ stringValue: string() }),
    strictObject({ boolValue: boolean() }),
    strictObject({ intValue: int64 }),
    strictObject({ doubleValue: number() }),
    strictObject({ arrayValue: strictObject({ values: array(anyValue) }) }),
    strictObject({ kvlistValue: strictObject({ values: array(keyValue) }) }),
    strictObject({ bytesValue: string() }),
  ]),
);
const keyValue: ZodType = strictObject({ key: string().min(1), value: anyValue });
const attributes = array(keyValue).optional();

const resource = strictObject({ attributes, droppedAttributesCount: number().int().min(0).optional() });
const scope = strictObject({ name: string().optional(), version: string().optional(), attributes, droppedAttributesCount: number().int().min(0).optional() });

const exemplar = strictObject({
  filteredAttributes: attributes,
  timeUnixNano: uint64.optional(),
  asDouble: number().optional(),
  asInt: int64.optional(),
  spanId: hex(8).optional(),
  traceId: hex(16).optional(),
});

const pointBase = {
  attributes,
  startTimeUnixNano: uint64.optional(),
  timeUnixNano: uint64,
  exemplars: array(exemplar).optional(),
  flags: number().int().min(0).optional(),
};

/** `NumberDataPoint`: `asDouble` or `asInt`, not both. */
const numberDataPoint = union([
  strictObject({ ...pointBase, asDouble: number() }),
  strictObject({ ...pointBase, asInt: int64 }),
]);
const temporality = number().int().min(0).max(2);
const histogramDataPoint = strictObject({
  ...pointBase,
  count: uint64,
  sum: number().optional(),
  bucketCounts: array(uint64).optional(),
  explicitBounds: array(number()).optional(),
  min: number().optional(),
  max: number().optional(),
});

const metricBase = { name: string().min(1), description: string().optional(), unit: string().optional(), metadata: attributes };

/** `Metric`: exactly one data field. */
const metric = union([
  strictObject({ ...metricBase, gauge: strictObject({ dataPoints: array(numberDataPoint) }) }),
  strictObject({ ...metricBase, sum: strictObject({ dataPoints: array(numberDataPoint), aggregationTemporality: temporality, isMonotonic: boolean().optional() }) }),
  strictObject({ ...metricBase, histogram: strictObject({ dataPoints: array(histogramDataPoint), aggregationTemporality: temporality }) }),
]);

/** `ExportMetricsServiceRequest`. */
export const exportMetricsServiceRequest = strictObject({
  resourceMetrics: array(
    strictObject({
      resource: resource.optional(),
      scopeMetrics: array(strictObject({ scope: scope.optional(), metrics: array(metric), schemaUrl: string().optional() })),
      schemaUrl: string().optional(),
    }),
  ),
});
