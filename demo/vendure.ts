/**
 * The demo on Vendure (`npm run demo:vendure`): configures the page-level storefront with the
 * Vendure adapter before Kontor's loader would configure the embedded backend, and points the
 * demo's catalog references at Vendure's sample collections. The Vite demo config adds this
 * script (with the Shop API address) to every page only in that mode.
 */
import { configure } from '../src/page-provider.js';
import { createVendureAdapter } from '../src/adapters/vendure/vendure-adapter.js';

const script = document.querySelector<HTMLScriptElement>('script[data-shop-api]');
const shopApiUrl = script?.dataset.shopApi;
const VISITED_KEY = 'kontor-vendure-demo-visited';

/** The test backend's fixture buyer (tools/vendure-backend/fixtures.mjs). */
const DEMO_BUYER = { email: 'buyer@kontor.test', password: 'kontor-buyer' };

if (shopApiUrl) {
  // The demo's header lists these instead of the reference catalog's categories.
  (globalThis as { KONTOR_DEMO_CATEGORIES?: readonly [string, string, string][] }).KONTOR_DEMO_CATEGORIES = [
    ['electronics', 'Elektronik', 'Electronics'],
    ['home-garden', 'Haus und Garten', 'Home & Garden'],
    ['sports-outdoor', 'Sport und Outdoor', 'Sports & Outdoor'],
  ];
  for (const listing of document.querySelectorAll('kontor-product-listing[category="fasteners"]')) listing.setAttribute('category', 'electronics');
  const commerce = configure({ adapter: createVendureAdapter({ shopApiUrl }) });
  // A first visit starts logged in as the fixture buyer, as the reference demo does.
  void commerce.ready().then(async () => {
    if (localStorage.getItem(VISITED_KEY) || commerce.$session.get().value?.user) return;
    localStorage.setItem(VISITED_KEY, '1');
    await commerce.login(DEMO_BUYER).catch(() => undefined);
  });
}
