/**
 * Component metrics from the `kontor-*` events at the window: elements do not know about
 * telemetry. Round trips pair an intent with the fact (or error) fired by the same element.
 */
import { hostQualified } from './targets.js';
import type { ComponentMetricName } from './types.js';

/** One component measurement, before the page context is added. */
export interface ComponentSample {
  readonly name: ComponentMetricName;
  readonly value: number;
  readonly target: string | null;
  readonly outcome: string;
}

type Sink = (sample: ComponentSample) => void;

const source = (event: Event): EventTarget | undefined => event.composedPath()[0];
const detailOf = (event: Event): Record<string, unknown> => {
  const detail = (event as CustomEvent<unknown>).detail;
  return typeof detail === 'object' && detail !== null ? (detail as Record<string, unknown>) : {};
};
const duration = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null);

/** Starts listening; returns the stop. */
export function followComponents(sink: Sink): () => void {
  const adds = new Map<EventTarget, number>();
  const checkouts = new Map<EventTarget, number>();
  const listings = new WeakSet<EventTarget>();
  const targetOf = (event: Event): string | null => {
    const node = source(event);
    return node instanceof Node ? hostQualified(node) : null;
  };
  const finish = (pending: Map<EventTarget, number>, name: 'add-to-cart' | 'checkout', event: Event, outcome: string): void => {
    const element = source(event);
    const started = element ? pending.get(element) : undefined;
    if (!element || started === undefined) return;
    pending.delete(element);
    sink({ name, value: Math.max(0, event.timeStamp - started), target: targetOf(event), outcome });
  };
  const handlers: Record<string, (event: Event) => void> = {
    'kontor-suggestions': (event) => {
      const value = duration(detailOf(event)['durationMs']);
      if (value !== null) sink({ name: 'typeahead', value, target: targetOf(event), outcome: 'ok' });
    },
    'kontor-results': (event) => {
      const element = source(event);
      const value = duration(detailOf(event)['durationMs']);
      if (value !== null) sink({ name: 'results', value, target: targetOf(event), outcome: 'ok' });
      if (element && !listings.has(element)) {
        listings.add(element);
        sink({ name: 'first-results', value: event.timeStamp, target: targetOf(event), outcome: 'ok' });
      }
    },
    'kontor-add-to-cart': (event) => {
      const element = source(event);
      // A cancelled intent never reaches the backend: nothing to time.
      if (element && !event.defaultPrevented) adds.set(element, event.timeStamp);
    },
    'kontor-cart-change': (event) => finish(adds, 'add-to-cart', event, 'ok'),
    'kontor-checkout': (event) => {
      const element = source(event);
      if (element && !event.defaultPrevented) checkouts.set(element, event.timeStamp);
    },
    'kontor-order-placed': (event) => finish(checkouts, 'checkout', event, 'ok'),
    'kontor-error': (event) => {
      const detail = detailOf(event);
      const error = detail['error'];
      const code = typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : 'unknown';
      finish(adds, 'add-to-cart', event, 'error');
      finish(checkouts, 'checkout', event, 'error');
      sink({ name: 'error', value: 1, target: targetOf(event), outcome: code });
    },
  };
  // Telemetry never throws into the page, whatever detail a page script fires.
  const guarded = Object.entries(handlers).map(([type, handler]) => [type, (event: Event) => {
    try {
      handler(event);
    } catch {
      // Dropped: one odd event is not worth an error in the host page.
    }
  }] as const);
  // Bubble phase at the window: page scripts that cancel an intent at the document run first.
  for (const [type, handler] of guarded) addEventListener(type, handler);
  return () => {
    for (const [type, handler] of guarded) removeEventListener(type, handler);
  };
}
