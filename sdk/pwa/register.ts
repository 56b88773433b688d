/**
 * Registers Kontor's service worker through workbox-window and runs the update flow: a new
 * version waits until the buyer says "reload", then takes over every tab at once and each
 * tab reloads, so no page ever runs old code against new files.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { Workbox } from 'workbox-window';
import { trustedScriptUrl } from '../../src/trusted-types.js';

/** Where the service worker stands on this page. */
export type ServiceWorkerStatus = 'unsupported' | 'registering' | 'active' | 'failed';

/** Options of {@link registerServiceWorker}. */
export interface RegisterOptions {
  /** Scope of the worker; default the worker file's folder. */
  readonly scope?: string;
  /** Reloads the page after an update took over; tests replace it. */
  readonly reload?: () => void;
}

/** A registration and its update flow. */
export interface PwaRegistration {
  readonly $status: ReadableAtom<ServiceWorkerStatus>;
  /** True while a new version is installed and waits for {@link PwaRegistration.update}. */
  readonly $updateAvailable: ReadableAtom<boolean>;
  /** Resolves once the worker is active (undefined when unsupported or failed). */
  readonly ready: Promise<ServiceWorkerRegistration | undefined>;
  /** Lets the waiting version take over; every tab of the shop then reloads once. */
  update(): void;
}

/**
 * Registers the service worker at `url` (served from the page's own origin: browsers
 * refuse a worker from another origin; docs/pwa.md shows the one-line file a CMS serves).
 * Without service worker support (or outside a secure context) it reports `unsupported`
 * and the shop simply works online.
 */
export function registerServiceWorker(url: string, options: RegisterOptions = {}): PwaRegistration {
  const $status = atom<ServiceWorkerStatus>('registering');
  const $updateAvailable = atom(false);
  const container = globalThis.navigator?.serviceWorker;
  if (!container || !globalThis.isSecureContext) {
    $status.set('unsupported');
    return { $status, $updateAvailable, ready: Promise.resolve(undefined), update: () => undefined };
  }
  // Under `require-trusted-types-for 'script'` the registration takes only a TrustedScriptURL;
  // Kontor's policy vouches for scripts of the page's own origin (a service worker must be).
  // updateViaCache 'none': update checks bypass the HTTP cache for the worker and the
  // scripts it imports, so a release on a CDN with long cache lifetimes still reaches buyers.
  const workbox = new Workbox(trustedScriptUrl(url) as string, { updateViaCache: 'none', ...(options.scope === undefined ? {} : { scope: options.scope }) });
  const reload = options.reload ?? (() => location.reload());
  // A first install takes control without a reload (nothing old is running); only a
  // replacement of a controlling version reloads, in every tab, so none mixes versions.
  let controlled = Boolean(container.controller);
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    if (controlled && !reloading) {
      reloading = true;
      reload();
    }
    controlled = true;
  });
  workbox.addEventListener('waiting', () => $updateAvailable.set(true));
  const ready = workbox
    .register()
    .then(async (registration) => {
      if (registration?.waiting && container.controller) $updateAvailable.set(true);
      await container.ready;
      $status.set('active');
      return registration;
    })
    .catch(() => {
      $status.set('failed');
      return undefined;
    });
  return {
    $status,
    $updateAvailable,
    ready,
    update() {
      if (!$updateAvailable.get()) return;
      $updateAvailable.set(false);
      workbox.messageSkipWaiting();
    },
  };
}
