/**
 * The REST contract: the routes every HTTP backend for Kontor serves, shared by the
 * reference backend (which serves them) and the REST client (which calls them), so the two
 * cannot drift. `docs/rest-api.md` documents bodies and replies.
 */

/** Prefix of every route; bumped with the contract's major version. */
export const API_PREFIX = '/v1';

/** Header carrying the session token (`Bearer <token>`). */
export const AUTH_HEADER = 'authorization';

/** Header carrying an order's idempotency key. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** Largest request body the contract accepts, in bytes: room for a cart of MAX_ORDER_LINES lines. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The routes, as `METHOD path` with `:param` placeholders. */
export const ROUTES = {
  info: 'GET /v1/info',
  session: 'GET /v1/session',
  login: 'POST /v1/session/login',
  logout: 'POST /v1/session/logout',
  setContext: 'PATCH /v1/session/context',
  demoUsers: 'GET /v1/demo-users',
  search: 'GET /v1/search',
  suggest: 'GET /v1/suggest',
  categories: 'GET /v1/categories',
  product: 'GET /v1/products/:sku',
  lookupSkus: 'POST /v1/products/lookup',
  prices: 'POST /v1/prices',
  cart: 'GET /v1/cart',
  addCartLines: 'POST /v1/cart/lines',
  updateCartLine: 'PATCH /v1/cart/lines/:lineId',
  removeCartLine: 'DELETE /v1/cart/lines/:lineId',
  previewCheckout: 'POST /v1/checkout/preview',
  placeOrder: 'POST /v1/orders',
  orders: 'GET /v1/orders',
  order: 'GET /v1/orders/:orderId',
  approvals: 'GET /v1/approvals',
  decideApproval: 'POST /v1/approvals/:approvalId/decision',
  variantFamily: 'GET /v1/families/:familyId',
  askQuestion: 'POST /v1/questions',
  questions: 'GET /v1/questions',
  ratings: 'GET /v1/products/:sku/ratings',
  rateProduct: 'POST /v1/products/:sku/ratings',
  decideApprovals: 'POST /v1/approvals/decisions',
  invoices: 'GET /v1/invoices',
  demoClock: 'POST /v1/demo/clock',
  savedCarts: 'GET /v1/saved-carts',
  saveCart: 'POST /v1/saved-carts',
  updateSavedCart: 'PATCH /v1/saved-carts/:savedCartId',
  deleteSavedCart: 'DELETE /v1/saved-carts/:savedCartId',
  restoreSavedCart: 'POST /v1/saved-carts/:savedCartId/restore',
  configurationModel: 'GET /v1/products/:sku/configuration',
  priceConfiguration: 'POST /v1/configurations/price',
} as const;

/** The name of a route in {@link ROUTES}. */
export type RouteName = keyof typeof ROUTES;

/**
 * Who may call a route: `public` routes answer anonymous callers too (the catalog with list
 * prices, logging in); `session` routes answer 401 `unauthorized` to a caller without a
 * valid session, before they read the body.
 */
export type RouteAccess = 'public' | 'session';

/** The access of every route; a backend enforces it for all routes in one place. */
export const ROUTE_ACCESS = {
  info: 'public',
  session: 'public',
  login: 'public',
  logout: 'public',
  setContext: 'session',
  // Public so a demo toolbar can offer one-click logins; served by demo backends only.
  demoUsers: 'public',
  search: 'public',
  suggest: 'public',
  categories: 'public',
  product: 'public',
  lookupSkus: 'public',
  prices: 'public',
  cart: 'session',
  addCartLines: 'session',
  updateCartLine: 'session',
  removeCartLine: 'session',
  previewCheckout: 'session',
  placeOrder: 'session',
  orders: 'session',
  order: 'session',
  approvals: 'session',
  decideApproval: 'session',
  variantFamily: 'public',
  askQuestion: 'session',
  questions: 'session',
  ratings: 'public',
  rateProduct: 'session',
  decideApprovals: 'session',
  invoices: 'session',
  demoClock: 'session',
  savedCarts: 'session',
  saveCart: 'session',
  updateSavedCart: 'session',
  deleteSavedCart: 'session',
  restoreSavedCart: 'session',
  configurationModel: 'public',
  priceConfiguration: 'public',
} as const satisfies Record<RouteName, RouteAccess>;

/**
 * Routes for demos only: a backend serves them only when started in demo mode, and
 * otherwise they do not exist (404) and `capabilities.demoUsers` is false.
 */
export const DEMO_ROUTES: readonly RouteName[] = ['demoUsers', 'demoClock'];

/** Reply of the login route: the session plus the bearer token for later calls. */
export interface LoginReply {
  readonly token: string;
  readonly session: import('./account-types.js').Session;
}

/** Splits a route into its method and its path pattern. */
export function routeParts(name: RouteName): { method: string; path: string } {
  const [method, path] = ROUTES[name].split(' ') as [string, string];
  return { method, path };
}

/** Fills `:param` placeholders of a route path, encoding each value. */
export function fillPath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`Missing route parameter ${key}`);
    return encodeURIComponent(value);
  });
}

/**
 * Search request as query parameters (GET, so responses can be cached by a service worker):
 * `q`, `category`, `sort`, `limit`, `offset`, `facets` (comma separated) and `filters`
 * (JSON array of facet filters).
 */
export const SEARCH_PARAMS = {
  query: 'q',
  categoryId: 'category',
  sort: 'sort',
  limit: 'limit',
  offset: 'offset',
  facets: 'facets',
  filters: 'filters',
} as const;
