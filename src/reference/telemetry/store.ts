/**
 * Stored measurements and the p75 report. Kept in memory (a development collector), bounded:
 * the oldest records go first. Repeated reports of one metric instance (same id) replace
 * each other, so a CLS that grew over the visit counts once, at its final value.
 */

/** One stored measurement with its dimensions. */
export interface StoredRecord {
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly pageType: string;
  readonly device: string;
  /** `slot:variant`, or `none` when no personalized slot was in view. */
  readonly variant: string;
  /** The segment that chose the variant, `default`, or `none`. */
  readonly segment: string;
  readonly target: string | null;
  /** Where it came from: `beacon` or `otlp`. */
  readonly via: 'beacon' | 'otlp';
}

/** One row of the report. */
export interface ReportRow {
  readonly metric: string;
  readonly unit: string;
  readonly count: number;
  readonly p75: number;
}

/** p75 per metric, overall and per dimension. */
export interface TelemetryReport {
  /** Measurements stored. */
  readonly records: number;
  readonly metrics: readonly ReportRow[];
  readonly byPageType: readonly (ReportRow & { readonly pageType: string })[];
  readonly byDevice: readonly (ReportRow & { readonly device: string })[];
  readonly bySegment: readonly (ReportRow & { readonly segment: string; readonly variant: string })[];
  /** Where each metric is worst: targets by p75, five per metric at most. */
  readonly byTarget: readonly (ReportRow & { readonly target: string })[];
}

/** The 75th percentile by nearest rank (a value that was measured, never an interpolation). */
export function p75(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length * 0.75) - 1]!;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** A bounded store of measurements. */
export class TelemetryStore {
  readonly #records = new Map<string, StoredRecord>();

  constructor(private readonly limit = 20_000) {}

  /** Number of stored measurements. */
  get size(): number {
    return this.#records.size;
  }

  /** Stores `record` under `key` (a later record with the same key replaces it). */
  add(key: string, record: StoredRecord): void {
    this.#records.delete(key);
    this.#records.set(key, record);
    while (this.#records.size > this.limit) {
      const oldest = this.#records.keys().next().value;
      if (oldest === undefined) break;
      this.#records.delete(oldest);
    }
  }

  /** Forgets everything. */
  clear(): void {
    this.#records.clear();
  }

  /** The p75 report. */
  report(): TelemetryReport {
    const records = [...this.#records.values()];
    const group = <D extends Record<string, string>>(dimensions: (r: StoredRecord) => D): (ReportRow & D)[] => {
      const groups = new Map<string, { dims: D; unit: string; metric: string; values: number[] }>();
      for (const record of records) {
        const dims = dimensions(record);
        const key = JSON.stringify([record.metric, dims]);
        const entry = groups.get(key) ?? { dims, unit: record.unit, metric: record.metric, values: [] };
        entry.values.push(record.value);
        groups.set(key, entry);
      }
      return [...groups.values()]
        .sort((a, b) => a.metric.localeCompare(b.metric) || JSON.stringify(a.dims).localeCompare(JSON.stringify(b.dims)))
        .map(({ dims, unit, metric, values }) => ({ metric, unit, count: values.length, p75: round(p75(values)), ...dims }));
    };
    const targets = group((r) => ({ target: r.target ?? '' }))
      .filter((row) => row.target !== '')
      .sort((a, b) => a.metric.localeCompare(b.metric) || b.p75 - a.p75);
    const perMetric = new Map<string, number>();
    return {
      records: records.length,
      metrics: group(() => ({})),
      byPageType: group((r) => ({ pageType: r.pageType })),
      byDevice: group((r) => ({ device: r.device })),
      bySegment: group((r) => ({ segment: r.segment, variant: r.variant })),
      byTarget: targets.filter((row) => {
        const seen = perMetric.get(row.metric) ?? 0;
        perMetric.set(row.metric, seen + 1);
        return seen < 5;
      }),
    };
  }
}
