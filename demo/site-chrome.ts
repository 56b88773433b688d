/**
 * The demo site's chrome, as a CMS theme would have it: header, footer, consent banner, app
 * notices and the demo toolbar. The site's entry (site.ts) loads it after the first paint.
 * Kontor itself arrives through the loader script tag on each page; this file only uses its
 * public API.
 */
import { whenConfigured } from '../src/page-provider.js';
import type { Commerce, DemoUser } from '../src/index.js';
import { consent } from '../sdk/consent/index.js';
import { forget } from '../sdk/personalization/index.js';
import { startTelemetry } from '../sdk/telemetry/index.js';
import { appNotices } from './pwa.js';
import { LANGUAGE_KEY } from './site-language.js';

const VISITED_KEY = 'kontor-demo-visited';
// The site's own note that the banner was answered "not now" for this tab (no consent, so no Kontor storage).
const CONSENT_ASKED_KEY = 'kontor-demo-consent-asked';

const CATEGORIES: readonly [string, string, string][] = [
  ['fasteners', 'Befestigungstechnik', 'Fasteners'],
  ['cables', 'Kabel und Leitungen', 'Cables'],
  ['gloves', 'Arbeitsschutz', 'Protective equipment'],
  ['tools', 'Werkzeuge', 'Tools'],
  ['pipes', 'Rohre und Fittings', 'Pipes and fittings'],
  ['lab', 'Labor- und Praxisbedarf', 'Lab supplies'],
];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text = ''): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text) element.textContent = text;
  return element;
}

function header(lang: 'de' | 'en'): HTMLElement {
  const head = el('header', { class: 'site-header' });
  head.append(el('a', { class: 'brand', href: 'index.html' }, 'Rheinwerk Industriebedarf'));
  const search = el('kontor-search-box', { class: 'site-search', action: 'category.html', placeholder: lang === 'de' ? 'Artikel, Artikelnummer …' : 'Products, item numbers …' });
  search.setAttribute('value', new URLSearchParams(location.search).get('q') ?? '');
  head.append(search, el('kontor-mini-cart', { 'cart-url': 'cart.html' }));
  const nav = el('nav', { class: 'site-nav', 'aria-label': lang === 'de' ? 'Kategorien' : 'Categories' });
  // Another backend's demo entry (demo/vendure.ts) names its own categories.
  const categories = (globalThis as { KONTOR_DEMO_CATEGORIES?: typeof CATEGORIES }).KONTOR_DEMO_CATEGORIES ?? CATEGORIES;
  for (const [id, de, en] of categories) nav.append(el('a', { href: `category.html?category=${id}` }, lang === 'de' ? de : en));
  for (const [href, de, en] of [
    ['quick-order.html', 'Schnellbestellung', 'Quick order'],
    ['configurator.html', 'Konfigurator', 'Configurator'],
    ['approvals.html', 'Freigaben', 'Approvals'],
    ['account.html', 'Mein Konto', 'My account'],
  ] as const) {
    // The approvals link counts what waits for the user; its label is written here so it has
    // its final width before the element loads and the links after it never move.
    nav.append(el(href === 'approvals.html' ? 'kontor-approval-badge' : 'a', { href }, lang === 'de' ? de : en));
  }
  head.append(nav);
  return head;
}

/**
 * The backend's clock in the toolbar: orders ship, invoices fall due and budgets reset as
 * time passes, so the demo can show a week in a click. The page reloads so that every tag
 * reads the moved-on state.
 */
async function demoClock(commerce: Commerce, lang: 'de' | 'en'): Promise<HTMLElement | null> {
  const advance = commerce.adapter.advanceDemoClock?.bind(commerce.adapter);
  if (!advance || !commerce.$info.get()?.capabilities.demoUsers) return null;
  const de = lang === 'de';
  const group = el('span', { class: 'demo-clock', role: 'group', 'aria-label': de ? 'Zeit des Shops' : 'Shop time' });
  const now = el('output', { 'aria-live': 'polite' });
  const show = (iso: string): void => {
    now.textContent = new Intl.DateTimeFormat(de ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  };
  group.append(el('span', {}, de ? 'Zeit ' : 'Time '), now);
  for (const [hours, label] of [[24, de ? '+1 Tag' : '+1 day'], [24 * 7, de ? '+1 Woche' : '+1 week']] as const) {
    const button = el('button', { type: 'button', 'data-hours': String(hours) }, label);
    button.addEventListener('click', async () => {
      show((await advance(hours)).now);
      location.reload();
    });
    group.append(button);
  }
  show((await advance(0).catch(() => ({ now: new Date().toISOString() }))).now);
  return group;
}

async function demoToolbar(commerce: Commerce, lang: 'de' | 'en'): Promise<HTMLElement> {
  const bar = el('div', { class: 'demo-toolbar', role: 'region', 'aria-label': 'Demo toolbar' });
  bar.append(el('strong', {}, 'Demo'));
  const userLabel = el('label', {}, lang === 'de' ? 'Benutzer ' : 'User ');
  const users = el('select');
  userLabel.append(users);
  const languageLabel = el('label', {}, lang === 'de' ? 'Sprache ' : 'Language ');
  const languages = el('select');
  for (const [value, label] of [['en', 'English'], ['de', 'Deutsch']] as const) {
    const option = el('option', { value }, label);
    option.selected = value === lang;
    languages.append(option);
  }
  languageLabel.append(languages);
  bar.append(userLabel, languageLabel);
  const forgetButton = el('button', { type: 'button' }, lang === 'de' ? 'Profil löschen' : 'Forget me');
  forgetButton.addEventListener('click', async () => {
    await forget();
    location.reload();
  });
  bar.append(forgetButton);

  languages.addEventListener('change', () => {
    localStorage.setItem(LANGUAGE_KEY, languages.value);
    location.reload();
  });

  await commerce.ready();
  let demoUsers: readonly DemoUser[] = [];
  if (commerce.$info.get()?.capabilities.demoUsers) demoUsers = await commerce.adapter.listDemoUsers();
  const render = (): void => {
    const current = commerce.$session.get().value?.user?.email ?? '';
    users.replaceChildren(el('option', { value: '' }, lang === 'de' ? '(abgemeldet)' : '(logged out)'));
    for (const user of demoUsers) {
      const option = el('option', { value: user.email }, `${user.name} – ${user.roles.join(', ')} – ${user.companyName}`);
      option.selected = user.email === current;
      users.append(option);
    }
    // A backend without demo users (Vendure) still shows who is logged in, not "(logged out)".
    const user = commerce.$session.get().value?.user;
    if (user && !demoUsers.some((u) => u.email === user.email)) users.append(el('option', { value: user.email, selected: '' }, user.name));
  };
  commerce.$session.listen(render);
  render();
  const clock = await demoClock(commerce, lang);
  if (clock) bar.append(clock);
  // Live Web Vitals and component timings (docs/telemetry.md). Last in the bar: these take
  // their size when their scripts load (and the install offer comes whenever the browser
  // makes it), so nothing after them can be moved.
  bar.append(el('kontor-install-button'), el('kontor-vitals-panel'));
  users.addEventListener('change', async () => {
    const user = demoUsers.find((u) => u.email === users.value);
    if (user) await commerce.login({ email: user.email, password: user.password }).catch(() => undefined);
    else if (!users.value) await commerce.logout().catch(() => undefined);
  });
  // A first visit starts logged in as a buyer, so prices and the cart show at once.
  if (!localStorage.getItem(VISITED_KEY) && !commerce.$session.get().value?.user) {
    localStorage.setItem(VISITED_KEY, '1');
    const buyer = demoUsers.find((u) => u.roles.includes('buyer') && !u.roles.includes('approver'));
    if (buyer) await commerce.login({ email: buyer.email, password: buyer.password }).catch(() => undefined);
  }
  return bar;
}

/**
 * The site's consent banner, as a CMS consent tool would show it: fixed at the bottom, so it
 * moves nothing on the page. Personalization starts only after "Allow".
 */
function consentBanner(lang: 'de' | 'en'): HTMLElement | null {
  if ((consent.granted('personalization') && consent.granted('telemetry')) || sessionStorage.getItem(CONSENT_ASKED_KEY)) return null;
  const de = lang === 'de';
  const banner = el('div', { class: 'consent-banner', role: 'region', 'aria-label': de ? 'Einwilligung' : 'Consent' });
  // One question per purpose, each answered by its own button.
  const questions = el('div', { class: 'consent-questions' });
  questions.append(
    el('p', {}, de ? 'Dürfen wir Inhalte auf Ihre Besuche und Bestellungen abstimmen? Das Profil bleibt in Ihrem Browser.' : 'May we adapt content to your visits and orders? The profile stays in your browser.'),
    el('p', {}, de ? 'Dürfen wir messen, wie schnell die Seiten bei Ihnen laden?' : 'May we measure how fast pages load for you?'),
  );
  banner.append(questions);
  const allow = el('button', { type: 'button' }, de ? 'Personalisierung erlauben' : 'Allow personalization');
  const decline = el('button', { type: 'button' }, de ? 'Nicht jetzt' : 'Not now');
  // Telemetry is a purpose of its own: measuring page speed is not adapting content.
  const measure = el('button', { type: 'button' }, de ? 'Ladezeiten messen erlauben' : 'Allow speed measurement');
  for (const [button, purpose] of [[allow, 'personalization'], [measure, 'telemetry']] as const) {
    button.hidden = consent.granted(purpose);
    button.addEventListener('click', () => {
      consent.set({ [purpose]: true });
      button.remove();
      if (consent.granted('personalization') && consent.granted('telemetry')) banner.remove();
    });
  }
  decline.addEventListener('click', () => {
    sessionStorage.setItem(CONSENT_ASKED_KEY, '1');
    banner.remove();
  });
  banner.append(allow, measure, decline);
  return banner;
}

/**
 * Reports the page's vitals and component timings once the visitor allows it. The demo has
 * no collector of its own: `?collector=<URL of a Kontor API server>` (e.g. `npm run api`)
 * sends them there; its report is at `<URL>/telemetry/report.html`.
 */
function demoTelemetry(): void {
  const collector = new URLSearchParams(location.search).get('collector');
  if (!collector || !/^https?:\/\//.test(collector)) return;
  startTelemetry({ endpoint: `${collector.replace(/\/$/, '')}/telemetry/beacon` });
}

/** Builds the site's chrome in `lang`, in the places the page reserved for it. */
export async function startSiteChrome(lang: 'de' | 'en'): Promise<void> {
  demoTelemetry();
  place('site-header', header(lang));
  const footer = el('footer', { class: 'site-footer' }, 'Rheinwerk Industriebedarf GmbH · Demo shop built with Kontor');
  document.body.append(footer);
  const banner = consentBanner(lang);
  if (banner) document.body.append(banner);
  // Offline and update notices, and the service worker of the built demo (docs/pwa.md).
  document.body.append(appNotices(lang));
  // The loader configures the page-level storefront when the first tag appears.
  place('demo-toolbar', await demoToolbar(await whenConfigured(), lang));
}

/** Puts `element` where the page reserved room for it (same size, so nothing shifts). */
function place(id: string, element: HTMLElement): void {
  const reserved = document.getElementById(id);
  element.id = id;
  if (reserved) reserved.replaceWith(element);
  else document.body.prepend(element);
}
