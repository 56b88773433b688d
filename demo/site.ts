/**
 * The demo site's own script, as a CMS theme would have it: it sets the page's language,
 * passes URL parameters to Kontor tags, and after the first paint, once a page's product
 * listing has shown its first results, loads the site's chrome (site-chrome.ts: header,
 * footer, consent banner, demo toolbar).
 *
 * Only what Kontor's tags need before they render runs at once. The chrome and the SDK
 * modules it uses (consent, personalization, telemetry, the service worker) are a dynamic
 * import: evaluated before the first paint, as static imports of a module script are, they
 * held the drawn listing's first paint back by about 40 ms at 4x CPU throttling. Their places
 * are reserved in the page (site.css), so filling them in later moves nothing.
 */
import { afterFirstPaint } from '../components/shared/first-paint.js';
import { useLocale } from '../components/shared/localization.js';
import { language } from './site-language.js';

/** Copies URL parameters onto tags that ask for them: `data-url-params="q:query category:category"`. */
function applyUrlParameters(): void {
  const params = new URLSearchParams(location.search);
  for (const element of document.querySelectorAll<HTMLElement>('[data-url-params]')) {
    for (const pair of (element.dataset.urlParams ?? '').split(/\s+/)) {
      const [param, attribute] = pair.split(':');
      const value = param ? params.get(param) : null;
      if (param && attribute && value !== null) element.setAttribute(attribute, value);
    }
  }
}

/** How long the chrome waits at most for the listing's first results. */
const LISTING_WAIT_MS = 3000;

/**
 * Resolves once the page's product listing, its main content, has rendered its first results
 * or failed to (or after {@link LISTING_WAIT_MS}); at once on a page without one. The chrome's
 * elements (search box, mini cart, approval badge) and the rest of the chrome otherwise load
 * and render while the listing does, on the same main thread, and its largest paint waits
 * for them: the category page's LCP on a cold visit at 4x CPU came 250–340 ms later in A/Bs.
 */
function mainContentShown(): Promise<void> {
  const listing = document.querySelector('kontor-product-listing');
  if (!listing) return Promise.resolve();
  return new Promise((resolve) => {
    const shown = () => resolve();
    listing.addEventListener('kontor-results', shown, { once: true });
    listing.addEventListener('kontor-error', shown, { once: true });
    setTimeout(shown, LISTING_WAIT_MS);
  });
}

async function start(): Promise<void> {
  const lang = language();
  document.documentElement.lang = lang;
  await useLocale(lang);
  applyUrlParameters();
  await afterFirstPaint();
  await mainContentShown();
  const { startSiteChrome } = await import('./site-chrome.js');
  await startSiteChrome(lang);
}

void start();
