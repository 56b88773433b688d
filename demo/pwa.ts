/**
 * The demo's app behaviour: registers Kontor's service worker in the built demo, says when
 * the device is offline, and offers the reload when a new version is ready.
 */
import { $online, registerServiceWorker } from '../sdk/pwa/index.js';

/** A live region with the offline note and the update offer; empty while neither applies. */
export function appNotices(lang: 'de' | 'en'): HTMLElement {
  const de = lang === 'de';
  const region = document.createElement('div');
  region.className = 'app-notices';
  region.setAttribute('role', 'status');
  const offline = document.createElement('p');
  offline.className = 'offline-notice';
  offline.textContent = de
    ? 'Sie sind offline. Sie sehen gespeicherte Seiten und Preise; Ihr Warenkorb bleibt erhalten, und Bestellungen werden gesendet, sobald die Verbindung wieder steht.'
    : 'You are offline. You see saved pages and prices; your cart is kept, and orders are sent once the connection is back.';
  $online.subscribe((online) => {
    offline.hidden = online;
  });
  region.append(offline);
  // Only the build links a manifest and ships sw.js; dev serves no worker (it would cache
  // files that change on every edit).
  if (!document.querySelector('link[rel=manifest]')) return region;
  const registration = registerServiceWorker('./sw.js');
  const update = document.createElement('p');
  update.className = 'update-notice';
  update.hidden = true;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = de ? 'Neu laden' : 'Reload';
  reload.addEventListener('click', () => registration.update());
  update.append(de ? 'Eine neue Version des Shops ist verfügbar. ' : 'A new version of the shop is available. ', reload);
  registration.$updateAvailable.subscribe((available) => {
    update.hidden = !available;
  });
  region.append(update);
  return region;
}
