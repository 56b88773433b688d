import { ContextProvider, ContextRoot } from '@lit/context';
import type { CommerceAdapter } from './commerce/index.js';
import { createHttpAdapter } from './adapters/http/http-adapter.js';
import { createLocalAdapter } from './adapters/local/local-adapter.js';
import { commerceContext } from './context.js';
import { createCommerce, type Commerce, type CommerceOptions } from './state/commerce.js';
import { deviceOptions } from './state/device-options.js';

/** How a page reaches its backend. */
export interface KontorConfig {
  /** `local` (default): the embedded reference backend; `http`: a REST contract server. */
  readonly backend?: 'local' | 'http';
  /** Base URL of the REST contract server, for `backend: 'http'`. */
  readonly apiUrl?: string;
  /** Catalog size of the embedded backend. */
  readonly catalogSize?: number;
  /** A ready adapter (any backend); wins over `backend`. */
  readonly adapter?: CommerceAdapter;
}

interface PageState {
  readonly provider: ContextProvider<typeof commerceContext, HTMLElement>;
  commerce: Commerce;
}

// Kept on the window under a global symbol: a second copy of the bundle reuses the first
// copy's provider instead of fighting it.
const PAGE_KEY = Symbol.for('kontor.page');
type PageWindow = typeof globalThis & { [PAGE_KEY]?: PageState };
const CONFIGURED_EVENT = 'kontor-page-configured';

/** Builds the adapter a configuration asks for. */
export function adapterFromConfig(config: KontorConfig): CommerceAdapter {
  if (config.adapter) return config.adapter;
  if (config.backend === 'http') {
    if (!config.apiUrl) throw new TypeError('Kontor: backend "http" needs an apiUrl (data-api-url on the script tag).');
    return createHttpAdapter({ baseUrl: config.apiUrl });
  }
  return createLocalAdapter(config.catalogSize === undefined ? {} : { catalogSize: config.catalogSize });
}

/**
 * Device options for a configuration: cart and checkout kept in IndexedDB and tabs in step,
 * separately per backend so two shops never mix carts.
 */
export function storefrontOptions(config: KontorConfig): CommerceOptions {
  const backendId = config.adapter ? 'custom' : config.backend === 'http' ? `http ${config.apiUrl ?? ''}` : `local ${config.catalogSize ?? 'default'}`;
  return deviceOptions(backendId);
}

/**
 * Configures the page-level storefront: every Kontor element anywhere on the page that has
 * no `<kontor-storefront>` around it uses this one. Calling it again switches the page to a
 * new backend; elements follow without a reload.
 */
export function configure(config: KontorConfig = {}): Commerce {
  const page = globalThis as PageWindow;
  const commerce = createCommerce(adapterFromConfig(config), storefrontOptions(config));
  pageCommerce()?.dispose();
  const existing = page[PAGE_KEY];
  if (existing) {
    existing.commerce = commerce;
    existing.provider.setValue(commerce);
  } else {
    const root = document.documentElement;
    // Elements that asked for the storefront before it existed get it once it does.
    new ContextRoot().attach(root);
    const provider = new ContextProvider(root, { context: commerceContext, initialValue: commerce });
    provider.hostConnected();
    page[PAGE_KEY] = { provider, commerce };
  }
  void commerce.ready().catch(() => undefined);
  document.dispatchEvent(new CustomEvent(CONFIGURED_EVENT, { detail: commerce }));
  return commerce;
}

/** Resolves with the page-level storefront once {@link configure} has run (at once if it has). */
export function whenConfigured(): Promise<Commerce> {
  const current = pageCommerce();
  if (current) return Promise.resolve(current);
  return new Promise((resolve) => {
    document.addEventListener(CONFIGURED_EVENT, (event) => resolve((event as CustomEvent<Commerce>).detail), { once: true });
  });
}

/** The page-level storefront, if {@link configure} has run. */
export function pageCommerce(): Commerce | null {
  return (globalThis as PageWindow)[PAGE_KEY]?.commerce ?? null;
}

/** Reads a configuration from a script tag's `data-backend`, `data-api-url`, `data-catalog-size`. */
export function configFromScript(script: HTMLScriptElement): KontorConfig {
  const { backend, apiUrl, catalogSize } = script.dataset;
  const size = catalogSize === undefined ? undefined : Number(catalogSize);
  return {
    backend: backend === 'http' ? 'http' : 'local',
    ...(apiUrl ? { apiUrl } : {}),
    ...(size !== undefined && Number.isInteger(size) && size > 0 ? { catalogSize: size } : {}),
  };
}
