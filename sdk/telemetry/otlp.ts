/**
 * The OTLP/HTTP JSON exporter's body: an `ExportMetricsServiceRequest` as the protobuf
 * JSON mapping writes it (lowerCamelCase fields, 64-bit integers as decimal strings). Each
 * record is one gauge data point; its page context and target are attributes, so any
 * OpenTelemetry collector can group by them.
 */
import { unitOf } from './thresholds.js';
import type { Beacon, TelemetryRecord } from './types.js';

/** An OTLP `AnyValue` of the kinds used here. */
export type OtlpValue = { readonly stringValue: string } | { readonly doubleValue: number } | { readonly intValue: string };

/** An OTLP `KeyValue`. */
export interface OtlpAttribute {
  readonly key: string;
  readonly value: OtlpValue;
}

/** The instrumentation scope of every metric. */
export const OTLP_SCOPE = { name: 'kontor.telemetry', version: '1' } as const;

/** Metric name prefix: `kontor.web_vital.lcp`, `kontor.component.typeahead`. */
export function otlpMetricName(record: Pick<TelemetryRecord, 'name'>): string {
  return /^[A-Z]+$/.test(record.name) ? `kontor.web_vital.${record.name.toLowerCase()}` : `kontor.component.${record.name}`;
}

const text = (key: string, value: string): OtlpAttribute => ({ key, value: { stringValue: value } });

function recordAttributes(record: TelemetryRecord): OtlpAttribute[] {
  const attributes = [text('kontor.rating', record.rating), text('kontor.metric.id', record.id)];
  if (record.target) attributes.push(text('kontor.target', record.target));
  if (record.outcome) attributes.push(text('kontor.outcome', record.outcome));
  attributes.push(text('kontor.delta', String(record.delta)));
  // Several slots can be in view: one attribute per slot keeps each variant queryable.
  for (const slot of record.slots) {
    attributes.push(text(`kontor.slot.${slot.slot}.variant`, slot.variant), text(`kontor.slot.${slot.slot}.segment`, slot.segment ?? 'default'));
  }
  return attributes;
}

/** The OTLP JSON body for a beacon, with `service.name` set to `serviceName`. */
export function toOtlp(beacon: Beacon, serviceName = 'kontor-storefront'): object {
  const { page } = beacon;
  const byName = new Map<string, TelemetryRecord[]>();
  for (const record of beacon.records) byName.set(otlpMetricName(record), [...(byName.get(otlpMetricName(record)) ?? []), record]);
  return {
    resourceMetrics: [
      {
        resource: {
          attributes: [
            text('service.name', serviceName),
            text('kontor.page.type', page.pageType),
            text('url.path', page.path),
            text('kontor.navigation.type', page.navigationType),
            text('kontor.device', page.device),
            text('network.connection.subtype', page.connection ?? 'unknown'),
          ],
        },
        scopeMetrics: [
          {
            scope: OTLP_SCOPE,
            metrics: [...byName].map(([name, records]) => ({
              name,
              unit: unitOf(records[0]!.name),
              gauge: {
                dataPoints: records.map((record) => ({
                  attributes: recordAttributes(record),
                  timeUnixNano: `${record.time}000000`,
                  asDouble: record.value,
                })),
              },
            })),
          },
        ],
      },
    ],
  };
}
