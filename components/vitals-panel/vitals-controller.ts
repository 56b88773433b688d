import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { consent } from '../../sdk/consent/index.js';
import { onRecord, type MetricName, type Rating, type TelemetryRecord } from '../../sdk/telemetry/index.js';

/** The latest state of one metric on this page. */
export interface MetricState {
  readonly name: MetricName;
  /** The latest value (for errors: how many so far). */
  readonly value: number;
  readonly rating: Rating;
  readonly target: string | undefined;
  /** Measurements so far (repeated reports of one metric instance count once). */
  readonly samples: number;
}

/**
 * Follows the telemetry SDK's measurements for a panel: the latest value per metric, and
 * whether telemetry consent is on. Measuring sends nothing, so the panel works without consent.
 */
export class VitalsController implements ReactiveController {
  /** Metrics measured so far, by name. */
  readonly metrics = new Map<MetricName, MetricState>();
  /** Whether the visitor agreed to telemetry. */
  consented = consent.granted('telemetry');

  #ids = new Map<MetricName, Set<string>>();
  #stops: (() => void)[] = [];

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#stops.push(
      onRecord((record) => this.#take(record), { replay: true }),
      consent.listen((state) => {
        this.consented = state.telemetry;
        this.host.requestUpdate();
      }),
    );
  }

  hostDisconnected(): void {
    for (const stop of this.#stops.splice(0)) stop();
  }

  #take(record: TelemetryRecord): void {
    const ids = this.#ids.get(record.name) ?? new Set<string>();
    ids.add(record.id);
    this.#ids.set(record.name, ids);
    const previous = this.metrics.get(record.name);
    this.metrics.set(record.name, {
      name: record.name,
      value: record.name === 'error' ? ids.size : record.value,
      rating: record.rating,
      target: record.target ?? previous?.target,
      samples: ids.size,
    });
    this.host.requestUpdate();
  }
}
