/**
 * Consent switches shared by Kontor's SDK modules: one per purpose (personalization,
 * telemetry), read synchronously so a first paint can depend on them. Nothing is written
 * until something is granted; withdrawing the last purpose removes the stored choice, so a
 * page without consent carries nothing of Kontor's in its storage.
 */

/** What a visitor can agree to, one switch each. */
export type ConsentPurpose = 'personalization' | 'telemetry';

/** Every purpose, in a stable order (for settings screens). */
export const CONSENT_PURPOSES: readonly ConsentPurpose[] = ['personalization', 'telemetry'];

/** The state of every switch. */
export type ConsentState = Readonly<Record<ConsentPurpose, boolean>>;

/** The consent switches of one page. */
export interface Consent {
  /** Whether the visitor agreed to `purpose`. */
  granted(purpose: ConsentPurpose): boolean;
  /** Every switch at once. */
  state(): ConsentState;
  /** Turns switches on or off; writes storage only while at least one is on. */
  set(choice: Partial<ConsentState>): void;
  /** Calls `listener` after every change (also changes made in another tab); returns the unsubscribe. */
  listen(listener: (state: ConsentState) => void): () => void;
}

/** The storage key of the stored choice. */
export const CONSENT_KEY = 'kontor.consent';

const NONE: ConsentState = { personalization: false, telemetry: false };

function parse(text: string | null): ConsentState {
  if (!text) return NONE;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return NONE;
    const record = value as Record<string, unknown>;
    return { personalization: record.personalization === true, telemetry: record.telemetry === true };
  } catch {
    return NONE;
  }
}

/** Storage may be missing or throw (privacy modes, sandboxed frames): consent then stays off. */
function localStore(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Creates consent switches over `storage` (the page's localStorage by default). Usually
 * you want the page-wide {@link consent} instead.
 */
export function createConsent(storage: Storage | null = localStore()): Consent {
  let current = parse(storage?.getItem(CONSENT_KEY) ?? null);
  const listeners = new Set<(state: ConsentState) => void>();
  const notify = (): void => {
    for (const listener of [...listeners]) listener(current);
  };
  if (storage && storage === localStore() && typeof addEventListener === 'function') {
    addEventListener('storage', (event) => {
      if (event.key !== CONSENT_KEY && event.key !== null) return;
      current = parse(storage.getItem(CONSENT_KEY));
      notify();
    });
  }
  return {
    granted: (purpose) => current[purpose],
    state: () => current,
    set(choice) {
      const next = { ...current, ...choice };
      if (next.personalization === current.personalization && next.telemetry === current.telemetry) return;
      current = next;
      try {
        if (next.personalization || next.telemetry) storage?.setItem(CONSENT_KEY, JSON.stringify(next));
        else storage?.removeItem(CONSENT_KEY);
      } catch {
        // A full or blocked storage keeps the choice for this page view only.
      }
      notify();
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const CONSENT_GLOBAL = Symbol.for('kontor.consent');
type ConsentWindow = typeof globalThis & { [CONSENT_GLOBAL]?: Consent };

/**
 * The page's consent switches. Kept under a global symbol so two copies of the bundle (or
 * the personalization and telemetry modules from different builds) share one state.
 */
export const consent: Consent = ((globalThis as ConsentWindow)[CONSENT_GLOBAL] ??= createConsent());
