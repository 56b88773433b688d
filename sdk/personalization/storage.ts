/**
 * Where a profile is kept, after consent only: a tiny snapshot of the facts in
 * localStorage, read synchronously before the first paint, and the whole profile in
 * IndexedDB, read asynchronously for the lists recommendations use.
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { emptyProfile, type Profile, type ProfileFacts } from './profile.js';

/** localStorage key of the snapshot. */
export const SNAPSHOT_KEY = 'kontor.personalization';
/** IndexedDB database of the full profile. */
export const PROFILE_DATABASE = 'kontor-personalization';
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

/** Reads the snapshot; a missing, foreign or damaged one counts as none. */
export function readSnapshot(): Snapshot | null {
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

/** Writes the snapshot of `profile`. */
export function writeSnapshot(profile: Profile): void {
  const { visits, lastSeen, loggedIn, company, customerGroup, industry, categoriesViewed, categoriesOrdered, campaign, device } = profile;
  try {
    storage()?.setItem(SNAPSHOT_KEY, JSON.stringify({ v: SNAPSHOT_VERSION, visits, lastSeen, loggedIn, company, customerGroup, industry, categoriesViewed, categoriesOrdered, campaign, device }));
  } catch {
    // Full or blocked storage: the next view decides from an older snapshot, or none.
  }
}

let database: UseStore | null = null;
/**
 * The store opens its database on first use, so nothing is created before consent. Each
 * connection closes when another tab deletes the database (`forget()` there), or the
 * deletion would wait for this tab to close.
 */
function profileStore(): UseStore {
  if (database) return database;
  const store = createStore(PROFILE_DATABASE, 'profile');
  database = store;
  void store('readonly', (objects) => {
    const db = objects.transaction.db;
    db.onversionchange = () => {
      db.close();
      if (database === store) database = null;
    };
  }).catch(() => undefined);
  return store;
}

/** Reads the full profile (null when there is none or IndexedDB is unavailable). */
export async function readProfile(): Promise<Profile | null> {
  try {
    const stored = await get<Profile>('profile', profileStore());
    return stored && typeof stored === 'object' ? { ...emptyProfile(), ...stored } : null;
  } catch {
    return null;
  }
}

/** Writes the full profile. */
export async function writeProfile(profile: Profile): Promise<void> {
  try {
    await set('profile', profile, profileStore());
  } catch {
    // IndexedDB unavailable (private mode): the snapshot still carries the facts.
  }
}

/** Removes the snapshot and deletes the database; resolves when both are gone. */
export async function eraseStorage(): Promise<void> {
  try {
    storage()?.removeItem(SNAPSHOT_KEY);
  } catch {
    // Nothing stored can be reached, so nothing is left to erase.
  }
  const open = database;
  database = null;
  // Our own open connection would block the deletion: close it first.
  if (open) await open('readonly', (store) => store.transaction.db.close()).catch(() => undefined);
  if (typeof indexedDB === 'undefined') return;
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(PROFILE_DATABASE);
    request.onsuccess = request.onerror = () => resolve();
  });
}
