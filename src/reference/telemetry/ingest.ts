/**
 * Turning beacons and OTLP exports into stored measurements. A record counts once per
 * personalized slot in view (so each variant's p75 sees it), and once under `none` when no
 * slot was in view. Both exporters key a record by its metric id, so a page that sends
 * both formats to this collector is not counted twice.
 */
import type { output } from 'zod';
import type { beaconSchema, otlpMetricsSchema } from './schemas.js';
import type { StoredRecord, TelemetryStore } from './store.js';

type Beacon = output<typeof beaconSchema>;
type OtlpExport = output<typeof otlpMetricsSchema>;
type Attributes = readonly { key: string; value: { stringValue?: string | undefined; doubleValue?: number | undefined; intValue?: string | number | undefined } }[] | undefined;

const MS_METRICS = new Set(['LCP', 'INP', 'FCP', 'TTFB', 'typeahead', 'first-results', 'results', 'add-to-cart', 'checkout']);
const unitOf = (metric: string): string => (MS_METRICS.has(metric) ? 'ms' : '1');

interface Slot {
  readonly variant: string;
  readonly segment: string;
}
const NO_SLOT: Slot = { variant: 'none', segment: 'none' };

/** Stores a validated beacon; returns the measurements stored. */
export function ingestBeacon(store: TelemetryStore, beacon: Beacon): number {
  let stored = 0;
  for (const record of beacon.records) {
    const slots: Slot[] = record.slots.length ? record.slots.map((s) => ({ variant: `${s.slot}:${s.variant}`, segment: s.segment ?? 'default' })) : [NO_SLOT];
    for (const slot of slots) {
      store.add(`${record.id}|${slot.variant}`, {
        metric: record.name,
        value: record.value,
        unit: unitOf(record.name),
        pageType: beacon.page.pageType,
        device: beacon.page.device,
        ...slot,
        target: record.target ?? null,
        via: 'beacon',
      });
      stored++;
    }
  }
  return stored;
}

function attribute(attributes: Attributes, key: string): string | undefined {
  const value = attributes?.find((a) => a.key === key)?.value;
  if (!value) return undefined;
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.doubleValue !== undefined) return String(value.doubleValue);
  return value.intValue !== undefined ? String(value.intValue) : undefined;
}

/** The SDK's metric names back from their OTLP names; other instruments keep theirs. */
function metricName(otlpName: string): string {
  if (otlpName.startsWith('kontor.web_vital.')) return otlpName.slice('kontor.web_vital.'.length).toUpperCase();
  if (otlpName.startsWith('kontor.component.')) return otlpName.slice('kontor.component.'.length);
  return otlpName;
}

/** Slots from `kontor.slot.<name>.variant` / `.segment` attributes. */
function slotsOf(attributes: Attributes): Slot[] {
  const slots: Slot[] = [];
  for (const { key } of attributes ?? []) {
    const match = /^kontor\.slot\.(.+)\.variant$/.exec(key);
    if (!match) continue;
    const name = match[1]!;
    slots.push({ variant: `${name}:${attribute(attributes, key) ?? ''}`, segment: attribute(attributes, `kontor.slot.${name}.segment`) ?? 'default' });
  }
  return slots.length ? slots : [NO_SLOT];
}

let anonymous = 0;

/** Stores the data points of an OTLP export; returns the measurements stored. */
export function ingestOtlp(store: TelemetryStore, request: OtlpExport): number {
  let stored = 0;
  for (const resourceMetrics of request.resourceMetrics) {
    const resource = resourceMetrics.resource?.attributes;
    for (const scopeMetrics of resourceMetrics.scopeMetrics) {
      for (const metric of scopeMetrics.metrics) {
        const name = metricName(metric.name);
        for (const point of [...(metric.gauge?.dataPoints ?? []), ...(metric.sum?.dataPoints ?? [])]) {
          const value = point.asDouble ?? (point.asInt !== undefined ? Number(point.asInt) : undefined);
          if (value === undefined || !Number.isFinite(value)) continue;
          const id = attribute(point.attributes, 'kontor.metric.id') ?? `otlp-${++anonymous}`;
          for (const slot of slotsOf(point.attributes)) {
            const record: StoredRecord = {
              metric: name,
              value,
              unit: metric.unit || unitOf(name),
              pageType: attribute(resource, 'kontor.page.type') ?? 'unknown',
              device: attribute(resource, 'kontor.device') ?? 'unknown',
              ...slot,
              target: attribute(point.attributes, 'kontor.target') ?? null,
              via: 'otlp',
            };
            store.add(`${id}|${slot.variant}`, record);
            stored++;
          }
        }
      }
    }
  }
  return stored;
}
