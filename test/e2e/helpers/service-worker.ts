// Waiting for a page's service worker in the end-to-end tests.
import type { Page } from 'playwright-core';

/**
 * Waits (up to a minute) for the page's service worker to be activated and in control, and
 * says where it stands: `activated controlling` once it is.
 */
export async function activeWorker(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const settled = (async () => {
      const registration = await navigator.serviceWorker.ready;
      const worker = registration.active;
      if (worker && worker.state !== 'activated') {
        await new Promise<void>((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
      }
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    })();
    await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 60_000))]);
    const registration = await navigator.serviceWorker.getRegistration();
    return `${registration?.active?.state ?? 'none'} ${navigator.serviceWorker.controller ? 'controlling' : 'not controlling'}`;
  });
}
