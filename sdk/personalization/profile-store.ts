/**
 * The whole profile in IndexedDB (after consent only), read asynchronously for the lists
 * recommendations use. Loaded on demand: no decision waits for it, so its code stays out of
 * the render-blocking core.
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import type { Profile } from './profile.js';

// Only types are imported: a static import of the core's modules would split them into a
// chunk of their own and make the render-blocking core bigger.

let database: UseStore | null = null;
/**
 * The store opens its database on first use, so nothing is created before consent. Each
 * connection closes when another tab deletes the database (`forget()` there), or the
 * deletion would wait for this tab to close.
 */
function profileStore(name: string): UseStore {
  if (database) return database;
  const store = createStore(name, 'profile');
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

/** Reads the full profile from database `name` (null when there is none or IndexedDB is unavailable). */
export async function readProfile(name: string): Promise<Partial<Profile> | null> {
  try {
    const stored = await get<Partial<Profile>>('profile', profileStore(name));
    return stored && typeof stored === 'object' ? stored : null;
  } catch {
    return null;
  }
}

/** Writes the full profile to database `name`. */
export async function writeProfile(name: string, profile: Profile): Promise<void> {
  try {
    await set('profile', profile, profileStore(name));
  } catch {
    // IndexedDB unavailable (private mode): the snapshot still carries the facts.
  }
}

/** Closes this page's connection, then deletes the database with `remove`; resolves when it is gone. */
export async function eraseProfile(remove: () => Promise<void>): Promise<void> {
  const open = database;
  database = null;
  // Our own open connection would block the deletion: close it first.
  if (open) await open('readonly', (store) => store.transaction.db.close()).catch(() => undefined);
  await remove();
}
