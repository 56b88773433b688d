/**
 * Kontor personalization: a visitor profile kept only with consent, segments written in
 * JSON, and decisions made synchronously so `<kontor-slot>` shows the right variant in the
 * first paint. See docs/personalization.md.
 *
 * ```js
 * import { consent } from 'kontor/sdk/consent';
 * import { startPersonalization } from 'kontor/sdk/personalization';
 * consent.set({ personalization: true });   // from your consent banner
 * startPersonalization();
 * ```
 */
import { whenConfigured } from '../../src/page-provider.js';
import { trackEvents, trackStorefront, type TrackedStorefront, type TrackerOptions } from './tracker.js';

export {
  allowed,
  choose,
  currentProfile,
  defineSegments,
  facts,
  forget,
  inSegment,
  onChange,
  onPreviewChange,
  previewSegments,
  profileLoaded,
  segment,
  segmentErrors,
  segments,
  setPreview,
  PREVIEW_PARAMETER,
} from './engine.js';
export { BUILT_IN_SEGMENTS, PARAMETRIC_PREFIXES, SEGMENT_FIELDS, SegmentError, builtInSegment, evaluate, parseSegments } from './segments.js';
export type { Condition, FieldCondition, ParsedSegments, Segment, SegmentDefinition } from './segments.js';
export type { Campaign, DeviceClass, Profile, ProfileFacts } from './profile.js';
export { trackEvents, trackStorefront, sessionFacts, type TrackedStorefront, type TrackerOptions } from './tracker.js';
export { consent, CONSENT_PURPOSES, type Consent, type ConsentPurpose, type ConsentState } from '../consent/index.js';

/** What {@link startPersonalization} connects to. */
export interface StartOptions extends TrackerOptions {
  /** The storefront whose session feeds the profile; by default the page-level one, once configured. */
  readonly storefront?: TrackedStorefront;
}

let started: (() => void) | null = null;

/**
 * Starts following the page: `kontor-*` events and the storefront's session. Idempotent;
 * returns the stop. Nothing is kept until consent for personalization is given.
 */
export function startPersonalization(options: StartOptions = {}): () => void {
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
