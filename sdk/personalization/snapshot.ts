/**
 * The snapshot: the profile's facts in localStorage (after consent only), read
 * synchronously before the first paint. The whole profile lives in IndexedDB
 * (`profile-store.ts`), whose code loads only when it is needed.
 */
import { emptyProfile, type Profile, type ProfileFacts } from './profile.js';

/** localStorage key of the snapshot. */
export const SNAPSHOT_KEY = 'kontor.personalization';
const SNAPSHOT_VERSION = 1;

/** What the snapshot holds: the facts, and when the visitor was last seen. */
export type Snapshot = ProfileFacts & { readonly lastSeen: number };

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Reads the snapshot as a profile without lists; a missing, foreign or damaged one counts as none. */
export function readSnapshot(): Profile | null {
  try {
    const value = JSON.parse(storage()?.getItem(SNAPSHOT_KEY) ?? 'null') as (Snapshot & { v?: number }) | null;
    // Written by this module only; rules check types as they evaluate, so a version and
    // the visit fields are enough to tell ours from anything else.
    if (value?.v !== SNAPSHOT_VERSION || typeof value.visits !== 'number' || typeof value.lastSeen !== 'number') return null;
    const { v: _version, ...snapshot } = value;
    return { ...emptyProfile(), ...snapshot };
  } catch {
    return null;
  }
}

/** The fields the snapshot keeps: what rules see, and when the visitor was last seen. */
const SNAPSHOT_FIELDS = ['visits', 'lastSeen', 'loggedIn', 'company', 'customerGroup', 'industry', 'categoriesViewed', 'categoriesOrdered', 'campaign', 'device'] as const;

/** The snapshot part of a profile. */
export const snapshotOf = (profile: Profile): Snapshot => Object.fromEntries(SNAPSHOT_FIELDS.map((key) => [key, profile[key]])) as unknown as Snapshot;

/** Writes the snapshot of `profile`. */
export function writeSnapshot(profile: Profile): void {
  try {
    storage()?.setItem(SNAPSHOT_KEY, JSON.stringify({ v: SNAPSHOT_VERSION, ...snapshotOf(profile) }));
  } catch {
    // Full or blocked storage: the next view decides from an older snapshot, or none.
  }
}

/** Removes the snapshot. */
export function eraseSnapshot(): void {
  try {
    storage()?.removeItem(SNAPSHOT_KEY);
  } catch {
    // Nothing stored can be reached, so nothing is left to erase.
  }
}

/** IndexedDB database of the full profile (see `profile-store.ts`). */
export const PROFILE_DATABASE = 'kontor-personalization';

/** Deletes the profile database; resolves when it is gone (other tabs close their connections). */
export function deleteDatabase(): Promise<void> {
  if (typeof indexedDB === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(PROFILE_DATABASE);
    request.onsuccess = request.onerror = () => resolve();
  });
}
