/**
 * Helpers for tests that touch personalization's storage. Test files run side by side in
 * pages of one origin, which share localStorage and IndexedDB: a file that uses them holds
 * a Web Lock for its whole run so the others wait.
 */
import { consent, CONSENT_KEY } from '../../../sdk/consent/index.js';
import { forget } from '../../../sdk/personalization/index.js';
import { emptyProfile, type Profile } from '../../../sdk/personalization/profile.js';
import { PROFILE_DATABASE, SNAPSHOT_KEY, writeSnapshot } from '../../../sdk/personalization/snapshot.js';

const LOCK = 'kontor-personalization-tests';

/** Holds the storage lock from `before` to `after` of the calling describe block. */
export function exclusiveStorage(): void {
  let release: (() => void) | undefined;
  before(async function () {
    this.timeout(120_000);
    await new Promise<void>((acquired) => {
      void navigator.locks.request(LOCK, () => {
        acquired();
        return new Promise<void>((done) => (release = done));
      });
    });
    await forget();
  });
  after(async () => {
    await forget();
    release?.();
  });
}

/**
 * A returning visitor's stored snapshot as a previous view would have left it, with consent.
 * The engine reads it at its next start (after {@link forget}, say).
 */
export function seedProfile(patch: Partial<Profile>): void {
  consent.set({ personalization: true });
  writeSnapshot({ ...emptyProfile(), visits: 2, lastSeen: Date.now(), ...patch });
}

/** What personalization left in this origin's storage: localStorage keys, databases, cookies. */
export async function storedTraces(): Promise<{ localStorage: string[]; databases: string[]; cookies: string }> {
  const databases = (await indexedDB.databases()).map((db) => db.name ?? '').filter((name) => name === PROFILE_DATABASE);
  // The SDK's keys (other Kontor keys, such as the local backend's login token, are not its).
  const keys = Object.keys(localStorage).filter((key) => key.startsWith(SNAPSHOT_KEY) || key.startsWith(CONSENT_KEY));
  return { localStorage: keys, databases, cookies: document.cookie.split(';').filter((c) => c.includes('kontor')).join(';') };
}

/** Waits for pending timers (the engine writes in a zero-delay timeout). */
export const settle = (ms = 30): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
