/**
 * The personalization engine of a page: the profile in memory, the segments, the
 * decision, the preview. Decisions read only memory, filled synchronously from the
 * snapshot, so they never wait for IndexedDB or the network.
 */
import { consent } from '../consent/index.js';
import {
  campaignFromUrl,
  deviceClass,
  emptyProfile,
  recordVisit,
  type Profile,
} from './profile.js';
import { builtInSegment, evaluate, parseSegments, type Segment, type SegmentError } from './segments.js';
import { deleteDatabase, eraseSnapshot, PROFILE_DATABASE, readSnapshot, snapshotOf, writeSnapshot } from './snapshot.js';

/** The IndexedDB side, loaded when first needed (never before consent, never for a decision). */
const profileStore = () => {
  state.storeLoaded = true;
  return import('./profile-store.js');
};

/** URL parameter that previews the page as one or more segments (comma-separated). */
export const PREVIEW_PARAMETER = 'kontor-preview';

/** The page's personalization state. */
interface EngineState {
  readonly custom: Map<string, Segment>;
  readonly problems: SegmentError[];
  readonly listeners: Set<() => void>;
  readonly previewListeners: Set<() => void>;
  profile: Profile | null;
  loaded: Promise<void> | null;
  /** Changes made before the full profile arrived from IndexedDB, replayed on top of it. */
  pending: ((profile: Profile) => Profile)[] | null;
  preview: readonly string[] | null;
  scanned: boolean;
  writeTimer: ReturnType<typeof setTimeout> | undefined;
  storeLoaded: boolean;
}

// Kept on the window under a global symbol, like the consent switches: a slot from one
// build and a preview panel from another still share one profile, one preview, one decision.
const ENGINE_KEY = Symbol.for('kontor.personalization');
type EngineWindow = typeof globalThis & { [ENGINE_KEY]?: EngineState };
const existing = (globalThis as EngineWindow)[ENGINE_KEY];
const state: EngineState = ((globalThis as EngineWindow)[ENGINE_KEY] ??= {
  custom: new Map(),
  problems: [],
  listeners: new Set(),
  previewListeners: new Set(),
  profile: null,
  loaded: null,
  pending: null,
  preview: null,
  scanned: false,
  writeTimer: undefined,
  storeLoaded: false,
});
const { custom, problems, listeners, previewListeners } = state;

const now = (): number => Date.now();
const device = () => deviceClass(globalThis.innerWidth ?? 1280, globalThis.matchMedia?.('(pointer: coarse)').matches ?? false);
const notify = (): void => {
  for (const listener of [...listeners]) listener();
};

/** Whether personalization may use and keep a profile. */
export function allowed(): boolean {
  return consent.granted('personalization');
}

/**
 * The profile for this view, started on first use: from the snapshot (synchronous), with
 * this view counted. Null without consent.
 */
export function currentProfile(): Profile | null {
  if (!allowed()) return null;
  if (state.profile) return state.profile;
  const snapshot = readSnapshot();
  const base = snapshot ?? emptyProfile();
  state.profile = recordVisit(base, now(), campaignFromUrl(globalThis.location?.search ?? ''), device());
  state.pending = [];
  persistSoon();
  state.loaded = profileStore().then(async ({ readProfile }) => {
    const found = await readProfile(PROFILE_DATABASE);
    const stored = found && { ...emptyProfile(), ...found };
    if (!state.profile || !state.pending) return;
    // The snapshot's facts are newer than the stored lists' (it is written with them and read first).
    let merged: Profile = stored ? { ...stored, ...snapshotOf(state.profile) } : state.profile;
    for (const change of state.pending) merged = change(merged);
    state.profile = merged;
    state.pending = null;
    persistSoon();
    notify();
  });
  return state.profile;
}

/** Resolves when the full profile (lists included) has been read. */
export async function profileLoaded(): Promise<Profile | null> {
  currentProfile();
  await state.loaded;
  return allowed() ? state.profile : null;
}

/** Applies a change to the profile and keeps it (for the next view). Ignored without consent. */
export function updateProfile(change: (profile: Profile) => Profile): void {
  const current = currentProfile();
  if (!current) return;
  state.profile = change(current);
  state.pending?.push(change);
  persistSoon();
  notify();
}

function persistSoon(): void {
  clearTimeout(state.writeTimer);
  state.writeTimer = setTimeout(() => {
    if (!state.profile || !allowed()) return;
    writeSnapshot(state.profile);
    // Until IndexedDB answered, writing would replace its lists with empty ones.
    const profile = state.profile;
    if (!state.pending) void profileStore().then(({ writeProfile }) => writeProfile(PROFILE_DATABASE, profile));
  }, 0);
}

/** Adds segment definitions (JSON text or parsed); returns the errors, which are also logged. */
export function defineSegments(definitions: unknown, source = 'defineSegments()'): readonly SegmentError[] {
  const { segments, errors } = parseSegments(definitions, source);
  for (const segment of segments) custom.set(segment.id, segment);
  for (const error of errors) console.error(`Kontor personalization: ${error.message}`);
  problems.push(...errors);
  if (segments.length > 0 || errors.length > 0) notify();
  return errors;
}

/** Reads `<script type="application/json" data-kontor-segments>` blocks once. */
function scanSegmentScripts(): void {
  if (state.scanned || typeof document === 'undefined') return;
  state.scanned = true;
  document.querySelectorAll<HTMLScriptElement>('script[data-kontor-segments]').forEach((script, i) => {
    defineSegments(script.textContent ?? '', script.id ? `#${script.id}` : `script[data-kontor-segments] #${i + 1}`);
  });
}

/** A segment by id: one defined on the page, else a built-in; null when unknown. */
export function segment(id: string): Segment | null {
  scanSegmentScripts();
  return custom.get(id) ?? builtInSegment(id);
}

/** Every segment the page defines, then the plain built-ins. */
export function segments(): readonly Segment[] {
  scanSegmentScripts();
  return [...custom.values()];
}

/** Problems found in the page's segment definitions. */
export function segmentErrors(): readonly SegmentError[] {
  scanSegmentScripts();
  return problems;
}

/** Whether the visitor is in segment `id` (the preview decides while it is on). */
export function inSegment(id: string): boolean {
  const previewed = previewSegments();
  if (previewed) return previewed.includes(id);
  const found = segment(id);
  const current = currentProfile();
  return Boolean(found && current && evaluate(found.when, current));
}

/**
 * Picks among candidate segments: the matching one with the highest priority (the first
 * listed on a tie), or null for the default.
 */
export function choose(candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestPriority = -Infinity;
  for (const id of candidates) {
    if (!inSegment(id)) continue;
    const priority = segment(id)?.priority ?? 0;
    if (priority > bestPriority) {
      best = id;
      bestPriority = priority;
    }
  }
  return best;
}

/** The previewed segments (from the URL parameter or {@link setPreview}), or null. */
export function previewSegments(): readonly string[] | null {
  if (state.preview === null && globalThis.location) {
    const value = new URLSearchParams(globalThis.location.search).get(PREVIEW_PARAMETER);
    state.preview = value === null ? [] : value.split(',').map((s) => s.trim()).filter(Boolean);
    if (value !== null && state.preview.length === 0) state.preview = ['default'];
  }
  return state.preview && state.preview.length > 0 ? state.preview : null;
}

/**
 * Views the page as `ids` (an empty list: as nobody, the defaults), or ends the preview
 * (null). The stored profile is not touched.
 */
export function setPreview(ids: readonly string[] | null): void {
  state.preview = ids === null ? [] : ids.length === 0 ? ['default'] : [...ids];
  for (const listener of [...previewListeners]) listener();
  notify();
}

/**
 * Calls `listener` when the preview changes; returns the unsubscribe. Slots follow only
 * this: a real visitor's variant stays put for the whole view, so nothing moves under them.
 */
export function onPreviewChange(listener: () => void): () => void {
  previewListeners.add(listener);
  return () => previewListeners.delete(listener);
}

/** Calls `listener` when decisions may differ (preview, segments, profile); returns the unsubscribe. */
export function onChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Erases everything personalization stored (snapshot, IndexedDB) and withdraws consent;
 * resolves when nothing remains. The page shows defaults from the next decision on.
 */
export async function forget(): Promise<void> {
  clearTimeout(state.writeTimer);
  state.profile = null;
  state.pending = null;
  consent.set({ personalization: false, telemetry: false });
  await state.loaded?.catch(() => undefined);
  state.loaded = null;
  eraseSnapshot();
  // Without the store's code in this page, no connection is open here: delete directly.
  if (state.storeLoaded) await (await profileStore()).eraseProfile(deleteDatabase);
  else await deleteDatabase();
  notify();
}

if (!existing) {
  consent.listen((choice) => {
    // Withdrawing consent erases the profile; granting it starts one with this view.
    if (!choice.personalization && state.profile) void forget();
    else for (const listener of [...listeners]) listener();
  });
}
