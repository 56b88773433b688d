/**
 * The measuring side: web-vitals (attribution build) and component events turned into
 * records. One hub per page, whatever number of reporters and panels listen, because
 * web-vitals' observers cannot be stopped once started. Measuring keeps nothing and sends
 * nothing: reporters decide (with consent) what leaves the page.
 */
import { onCLS, onFCP, onINP, onLCP, onTTFB, type MetricWithAttribution } from 'web-vitals/attribution';
import { followComponents, type ComponentSample } from './components.js';
import { followSlots } from './context.js';
import { followInteractions, generateTarget } from './targets.js';
import { rate } from './thresholds.js';
import type { TelemetryRecord } from './types.js';

/** Receives every record measured on the page. */
export type RecordListener = (record: TelemetryRecord) => void;

const listeners = new Set<RecordListener>();
const seen: TelemetryRecord[] = [];
let slots: ReturnType<typeof followSlots> | null = null;
let counter = 0;

function publish(record: TelemetryRecord): void {
  seen.push(record);
  if (seen.length > 200) seen.shift();
  for (const listener of [...listeners]) {
    try {
      listener(record);
    } catch {
      // A listener's failure must not stop the others, nor reach the host page.
    }
  }
}

/** The target web-vitals attributed a metric to (each metric names it differently). */
function vitalTarget(metric: MetricWithAttribution): string | undefined {
  switch (metric.name) {
    case 'LCP':
      return metric.attribution.target;
    case 'INP':
      return metric.attribution.interactionTarget;
    case 'CLS':
      return metric.attribution.largestShiftTarget;
    default:
      return undefined;
  }
}

function onVital(metric: MetricWithAttribution): void {
  const target = vitalTarget(metric);
  publish({
    name: metric.name,
    value: metric.value,
    delta: metric.delta,
    rating: metric.rating,
    id: metric.id,
    ...(target ? { target } : {}),
    time: Date.now(),
    slots: slots?.inView() ?? [],
  });
}

function onComponent(sample: ComponentSample): void {
  publish({
    name: sample.name,
    value: sample.value,
    delta: sample.value,
    rating: sample.name === 'error' ? 'poor' : rate(sample.name, sample.value),
    id: `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${(counter++).toString(36)}`,
    ...(sample.target ? { target: sample.target } : {}),
    outcome: sample.outcome,
    time: Date.now(),
    slots: slots?.inView() ?? [],
  });
}

function start(): void {
  if (slots) return;
  slots = followSlots();
  followInteractions();
  followComponents(onComponent);
  // Every change, so a live panel moves; reporters keep the latest value per metric id.
  const options = { reportAllChanges: true, generateTarget };
  onLCP(onVital, options);
  onINP(onVital, options);
  onCLS(onVital, options);
  onFCP(onVital, options);
  onTTFB(onVital, options);
}

/**
 * Calls `listener` with every record from now on (and, with `replay`, the recent ones
 * measured before). Starts measuring on first use. Returns the unsubscribe.
 */
export function onRecord(listener: RecordListener, options: { replay?: boolean } = {}): () => void {
  try {
    start();
  } catch {
    // Browsers without PerformanceObserver: component metrics only, or nothing.
  }
  listeners.add(listener);
  if (options.replay) for (const record of [...seen]) listener(record);
  return () => listeners.delete(listener);
}
