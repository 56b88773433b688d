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
import type { StartOptions } from './start.js';

export {
  allowed,
  choose,
  currentProfile,
  defineSegments,
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
export type { TrackedStorefront, TrackerOptions } from './tracker.js';
export type { StartOptions } from './start.js';
export { consent, CONSENT_PURPOSES, type Consent, type ConsentPurpose, type ConsentState } from '../consent/index.js';

/**
 * Starts following the page: `kontor-*` events and the storefront's session (the
 * page-level one by default). Idempotent; resolves with the stop. Nothing is kept until
 * consent for personalization is given. The tracking code loads on demand: a decision
 * never needs it, so it stays out of the render-blocking core.
 */
export async function startPersonalization(options: StartOptions = {}): Promise<() => void> {
  const { start } = await import('./start.js');
  return start(options);
}
