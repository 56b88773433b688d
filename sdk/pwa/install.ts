/**
 * The browser's install offer (`beforeinstallprompt`), kept from the moment this module
 * loads: the event fires once, often before any element that wants it exists.
 */
import { atom, type ReadableAtom } from 'nanostores';

/** Chromium's install offer; not in the DOM typings because it is not a standard. */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ readonly outcome: 'accepted' | 'dismissed'; readonly platform: string }>;
}

/** What became of an install offer. */
export type InstallOutcome = 'accepted' | 'dismissed' | 'unavailable';

const $offer = atom<BeforeInstallPromptEvent | null>(null);
const $installableAtom = atom(false);
let listening = false;

/** True while the browser offers to install the shop (and it is not installed yet). */
export const $installable: ReadableAtom<boolean> = $installableAtom;

/** Starts listening for the install offer; idempotent, and called when this module loads. */
export function listenForInstallPrompt(target: EventTarget = globalThis): void {
  if (listening || typeof target.addEventListener !== 'function') return;
  listening = true;
  target.addEventListener('beforeinstallprompt', (event) => {
    // Keep the offer for our own button instead of the browser's mini bar.
    event.preventDefault();
    $offer.set(event as BeforeInstallPromptEvent);
    $installableAtom.set(true);
  });
  target.addEventListener('appinstalled', () => {
    $offer.set(null);
    $installableAtom.set(false);
  });
}

/**
 * Shows the browser's install dialog. An offer can be used once: afterwards the shop is not
 * installable until the browser offers again.
 */
export async function promptInstall(): Promise<InstallOutcome> {
  const offer = $offer.get();
  if (!offer) return 'unavailable';
  $offer.set(null);
  $installableAtom.set(false);
  await offer.prompt();
  return (await offer.userChoice).outcome;
}

listenForInstallPrompt();
