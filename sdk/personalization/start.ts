/**
 * Starting the tracking of a page. Loaded on demand by `startPersonalization()`, after the
 * first decisions, so the code that follows events and the session never delays a paint.
 */
import { whenConfigured } from '../../src/page-provider.js';
import { trackEvents, trackStorefront, type TrackedStorefront, type TrackerOptions } from './tracker.js';

/** What `startPersonalization()` connects to. */
export interface StartOptions extends TrackerOptions {
  /** The storefront whose session feeds the profile; by default the page-level one, once configured. */
  readonly storefront?: TrackedStorefront;
}

let started: (() => void) | null = null;

/** Starts tracking once per page; returns the stop. */
export function start(options: StartOptions = {}): () => void {
  if (started) return started;
  const stops: (() => void)[] = [trackEvents(document)];
  let active = true;
  if (options.storefront) stops.push(trackStorefront(options.storefront, options));
  else
    void whenConfigured().then((commerce) => {
      if (active) stops.push(trackStorefront(commerce, options));
    });
  started = () => {
    active = false;
    for (const stop of stops) stop();
    started = null;
  };
  return started;
}
