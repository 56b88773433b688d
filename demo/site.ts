/**
 * The demo site's own script, as a CMS theme would have it: it sets the page's language,
 * passes URL parameters to Kontor tags, and after the first paint loads the site's chrome
 * (site-chrome.ts: header, footer, consent banner, demo toolbar).
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

async function start(): Promise<void> {
  const lang = language();
  document.documentElement.lang = lang;
  await useLocale(lang);
  applyUrlParameters();
  await afterFirstPaint();
  const { startSiteChrome } = await import('./site-chrome.js');
  await startSiteChrome(lang);
}

void start();
