/**
 * The CDN loader: the one script a CMS page includes.
 *
 * ```html
 * <script type="module" src="https://cdn.example/kontor/kontor.js" data-backend="local"></script>
 * <kontor-product-listing category="fasteners"></kontor-product-listing>
 * ```
 *
 * It defines each `kontor-*` element only when the page first uses it (on load or when
 * added later), so a page pays only for the tags it contains, and only after the page's
 * first paint. Tags outside a
 * `<kontor-storefront>` share a page-level storefront configured from the script tag's
 * `data-backend`, `data-api-url` and `data-catalog-size` attributes, or by `configure()`.
 */
import type { KontorConfig } from '../src/page-provider.js';
import { afterFirstPaint } from './shared/first-paint.js';

const ELEMENTS: Readonly<Record<string, () => Promise<unknown>>> = {
  'kontor-storefront': () => import('./storefront/storefront.js'),
  'kontor-price': () => import('./price/price.js'),
  'kontor-add-to-cart': () => import('./add-to-cart/add-to-cart.js'),
  'kontor-product-listing': () => import('./product-listing/product-listing.js'),
  'kontor-search-box': () => import('./search-box/search-box.js'),
  'kontor-product': () => import('./product/product.js'),
  'kontor-configurator': () => import('./configurator/configurator.js'),
  'kontor-mini-cart': () => import('./mini-cart/mini-cart.js'),
  'kontor-cart': () => import('./cart/cart.js'),
  'kontor-login': () => import('./login/login.js'),
  'kontor-account-switcher': () => import('./account-switcher/account-switcher.js'),
  'kontor-quick-order': () => import('./quick-order/quick-order.js'),
  'kontor-approval-inbox': () => import('./approval-inbox/approval-inbox.js'),
  'kontor-approval-badge': () => import('./approval-inbox/approval-badge.js'),
  'kontor-order-history': () => import('./order-history/order-history.js'),
  'kontor-slot': () => import('./slot/slot.js'),
  'kontor-vitals-panel': () => import('./vitals-panel/vitals-panel.js'),
  'kontor-install-button': () => import('./install-button/install-button.js'),
  'kontor-recommendations': () => import('./recommendations/recommendations.js'),
  'kontor-personalization-preview': () => import('./personalization-preview/personalization-preview.js'),
};

const requested = new Set<string>();
let scriptConfig: KontorConfig | null = null;
let pageConfigured: Promise<unknown> | null = null;

function ownScript(): HTMLScriptElement | null {
  // Module scripts have no document.currentScript; find the tag that loaded this file.
  const scripts = document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]');
  for (const script of scripts) if (script.src === import.meta.url) return script;
  return document.querySelector<HTMLScriptElement>('script[data-kontor]');
}

/**
 * Configures the page-level storefront (backend, API address) from script. Without a call,
 * the script tag's data attributes are used when the first element outside a
 * `<kontor-storefront>` appears.
 */
export async function configure(config: KontorConfig): Promise<void> {
  const pageProvider = await import('../src/page-provider.js');
  pageProvider.configure(config);
  pageConfigured = Promise.resolve();
}

async function configureFromScript(): Promise<void> {
  const pageProvider = await import('../src/page-provider.js');
  if (pageProvider.pageCommerce()) return;
  const script = ownScript();
  scriptConfig ??= script ? pageProvider.configFromScript(script) : {};
  pageProvider.configure(scriptConfig);
}

function upgrade(element: Element): void {
  const tag = element.localName;
  if (!tag.startsWith('kontor-') || customElements.get(tag)) return;
  const load = ELEMENTS[tag];
  if (!load) {
    if (!requested.has(tag)) console.warn(`Kontor: <${tag}> is not a Kontor element.`);
    requested.add(tag);
    return;
  }
  if (tag !== 'kontor-storefront' && !element.closest('kontor-storefront')) {
    pageConfigured ??= configureFromScript().catch((error: unknown) => console.error('Kontor: configuration failed.', error));
  }
  if (requested.has(tag)) return;
  requested.add(tag);
  load().catch((error: unknown) => {
    requested.delete(tag);
    console.error(`Kontor: <${tag}> could not be loaded.`, error);
  });
}

function scan(root: ParentNode): void {
  for (const element of root.querySelectorAll(':not(:defined)')) upgrade(element);
}

function start(): void {
  scan(document);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        upgrade(node as Element);
        scan(node as Element);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

// Elements load after the page's first paint, so that their code never holds it back: a
// listing a server drew (docs/server-rendering.md) painted about 40 ms later at 4x CPU
// throttling when its module was evaluated first. Until then a tag shows its drawing, or
// the room the page reserved for it.
void afterFirstPaint().then(start);
