/**
 * Whether this device has a network connection, as the browser reports it. `navigator.onLine`
 * false is reliable (no network at all); true only means "maybe", so callers still treat a
 * failed request as a failure.
 */
import { atom, onMount, type ReadableAtom } from 'nanostores';

/** The connection as a store and as a promise; the checkout takes it as an option so tests can drive it. */
export interface Connectivity {
  /** False while the browser knows it has no network. */
  online(): boolean;
  /** Resolves when the browser reports the connection back (at once when online). */
  whenOnline(): Promise<void>;
}

const browserOnline = (): boolean => globalThis.navigator?.onLine !== false;

/** The browser's connection: `navigator.onLine` and the window's `online` event. */
export const browserConnectivity: Connectivity = {
  online: browserOnline,
  whenOnline() {
    if (browserOnline() || typeof globalThis.addEventListener !== 'function') return Promise.resolve();
    return new Promise((resolve) => globalThis.addEventListener('online', () => resolve(), { once: true }));
  },
};

const $onlineAtom = atom(browserOnline());

onMount($onlineAtom, () => {
  if (typeof globalThis.addEventListener !== 'function') return undefined;
  const update = (): void => $onlineAtom.set(browserOnline());
  update();
  globalThis.addEventListener('online', update);
  globalThis.addEventListener('offline', update);
  return () => {
    globalThis.removeEventListener('online', update);
    globalThis.removeEventListener('offline', update);
  };
});

/** True while the device may be online; false while the browser knows it is offline. */
export const $online: ReadableAtom<boolean> = $onlineAtom;

/** The longest pause between two replays of a queued order. */
export const MAX_RETRY_DELAY_MS = 60_000;

/**
 * How long to wait before the next replay after `failures` failed ones: 1 s, 2 s, 4 s …
 * up to a minute, or what the server asked for (Retry-After), capped at the same minute
 * so a wrong header cannot park an order for hours.
 */
export function retryDelay(failures: number, retryAfterSeconds?: number): number {
  if (retryAfterSeconds !== undefined && Number.isFinite(retryAfterSeconds) && retryAfterSeconds >= 0) {
    return Math.min(retryAfterSeconds * 1000, MAX_RETRY_DELAY_MS);
  }
  return Math.min(1000 * 2 ** Math.max(0, failures), MAX_RETRY_DELAY_MS);
}
