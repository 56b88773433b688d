/**
 * The REST application: exactly the routes of `ROUTES`, with strict input validation and
 * typed error replies. Both hosts (Node server, Web Worker) serve this one app.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodType, output } from 'zod';
import {
  AUTH_HEADER,
  DEMO_ROUTES,
  IDEMPOTENCY_HEADER,
  MAX_BODY_BYTES,
  ROUTE_ACCESS,
  UnauthorizedError,
  ValidationError,
  routeParts,
  type AdapterInfo,
  type RouteName,
} from '../../commerce/index.js';
import type { RequestMeta } from '../service/actor.js';
import type { ReferenceBackend } from '../service/backend.js';
import { HttpError, replyFor, validationFromZod } from './http-errors.js';
import {
  addLinesSchema,
  checkoutPreviewSchema,
  checkoutSchema,
  contextPatchSchema,
  credentialsSchema,
  approvalsQuerySchema,
  bulkDecisionSchema,
  decisionSchema,
  demoClockSchema,
  emptyQuerySchema,
  linePatchSchema,
  ordersQuerySchema,
  lookupSkusSchema,
  pricesSchema,
  priceConfigurationSchema,
  saveCartSchema,
  savedCartPatchSchema,
  searchQuerySchema,
  suggestQuerySchema,
} from './schemas.js';
import { questionSchema, questionsQuerySchema, ratingSchema } from './schemas.js';

const tooLarge = (): HttpError =>
  new HttpError(413, { error: { code: 'validation', message: `The request body exceeds ${MAX_BODY_BYTES} bytes.` } });

/** Reads and parses a JSON body within the size limit. */
async function jsonBody(c: Context): Promise<unknown> {
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const raw = await c.req.arrayBuffer();
  if (raw.byteLength > MAX_BODY_BYTES) throw tooLarge();
  const text = new TextDecoder().decode(raw);
  if (text.trim() === '') throw new ValidationError('The request needs a JSON body.', [{ path: 'body', message: 'Missing JSON body.' }]);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ValidationError('The request body is not valid JSON.', [{ path: 'body', message: 'Malformed JSON.' }]);
  }
}

function parse<S extends ZodType>(schema: S, value: unknown, where: string): output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationFromZod(result.error, where);
  return result.data;
}

async function body<S extends ZodType>(c: Context, schema: S): Promise<output<S>> {
  return parse(schema, await jsonBody(c), 'request body');
}

/** Query parameters as an object; a repeated parameter is an error, not a silent pick. */
function query<S extends ZodType>(c: Context, schema: S): output<S> {
  const params = new URL(c.req.url).searchParams;
  const object: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in object) throw new ValidationError(`Query parameter ${key} is repeated.`, [{ path: key, message: 'Given more than once.' }]);
    object[key] = value;
  }
  return parse(schema, object, 'query');
}

/** Drops keys whose value is undefined: parsed optional fields become absent, as the contract types want. */
function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

function metaOf(c: Context): RequestMeta {
  const auth = c.req.header(AUTH_HEADER) ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(auth);
  return { token: match?.[1] ?? null, acceptLanguage: c.req.header('accept-language') ?? null };
}

/** Options of {@link createRestApp}. */
export interface RestAppOptions {
  /**
   * Serve the demo routes (`DEMO_ROUTES`: the public list of demo users for one-click login,
   * and the clock, for logged-in callers). Off by default: without it they do not exist.
   */
  readonly demo?: boolean;
}

/**
 * Builds the hono app serving the REST contract for a backend. Access is enforced here for
 * every route from `ROUTE_ACCESS`, so a route cannot forget it.
 */
export function createRestApp(backend: ReferenceBackend, options: RestAppOptions = {}): Hono {
  const demo = options.demo === true;
  const app = new Hono();
  app.use(
    '*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
      allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'accept-language'],
      maxAge: 600,
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    c.header('Vary', 'Authorization, Accept-Language');
    c.header('Cache-Control', 'no-store');
  });
  // Routes that read no body must not take an unlimited one either, declared or chunked.
  // The rest of an oversized body is never read, so the connection cannot be reused.
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => {
        c.header('Connection', 'close');
        throw tooLarge();
      },
    }),
  );

  const on = (name: RouteName, handler: (c: Context) => Promise<Response>): void => {
    if (!demo && DEMO_ROUTES.includes(name)) return;
    const { method, path } = routeParts(name);
    if (ROUTE_ACCESS[name] === 'public') {
      app.on(method, path, handler);
      return;
    }
    app.on(method, path, async (c) => {
      if ((await backend.getSession(metaOf(c))).user === null) throw new UnauthorizedError();
      return handler(c);
    });
  };
  const info = (): AdapterInfo => {
    const own = backend.info();
    return demo ? own : { ...own, capabilities: { ...own.capabilities, demoUsers: false } };
  };
  const noQuery = (c: Context): void => void query(c, emptyQuerySchema);
  const param = (c: Context, key: string): string => c.req.param(key) ?? '';

  on('info', async (c) => (noQuery(c), c.json(info())));
  on('session', async (c) => (noQuery(c), c.json(await backend.getSession(metaOf(c)))));
  on('login', async (c) => (noQuery(c), c.json(await backend.login(metaOf(c), await body(c, credentialsSchema)))));
  on('logout', async (c) => (noQuery(c), c.json(await backend.logout(metaOf(c)))));
  on('setContext', async (c) => {
    noQuery(c);
    const patch = await body(c, contextPatchSchema);
    return c.json(await backend.setContext(metaOf(c), patch));
  });
  on('demoUsers', async (c) => (noQuery(c), c.json(backend.listDemoUsers())));
  on('search', async (c) => {
    const q = query(c, searchQuerySchema);
    return c.json(
      await backend.search(metaOf(c), {
        ...(q.q !== undefined && { query: q.q }),
        ...(q.category !== undefined && { categoryId: q.category }),
        ...(q.sort !== undefined && { sort: q.sort }),
        ...(q.limit !== undefined && { limit: q.limit }),
        ...(q.offset !== undefined && { offset: q.offset }),
        ...(q.facets !== undefined && { facets: q.facets }),
        ...(q.filters !== undefined && { filters: q.filters }),
      }),
    );
  });
  on('suggest', async (c) => {
    const q = query(c, suggestQuerySchema);
    return c.json(await backend.suggest(metaOf(c), q.q, q.limit));
  });
  on('categories', async (c) => (noQuery(c), c.json(await backend.getCategories(metaOf(c)))));
  on('product', async (c) => (noQuery(c), c.json(await backend.getProduct(metaOf(c), param(c, 'sku')))));
  on('lookupSkus', async (c) => {
    noQuery(c);
    const { codes } = await body(c, lookupSkusSchema);
    return c.json(await backend.lookupSkus(metaOf(c), codes));
  });
  on('prices', async (c) => {
    noQuery(c);
    const { items } = await body(c, pricesSchema);
    return c.json(await backend.getPrices(metaOf(c), items));
  });
  on('configurationModel', async (c) => (noQuery(c), c.json(await backend.getConfigurationModel(metaOf(c), param(c, 'sku')))));
  on('priceConfiguration', async (c) => {
    noQuery(c);
    return c.json(await backend.priceConfiguration(metaOf(c), await body(c, priceConfigurationSchema)));
  });
  on('cart', async (c) => (noQuery(c), c.json(await backend.getCart(metaOf(c)))));
  on('addCartLines', async (c) => {
    noQuery(c);
    const { lines } = await body(c, addLinesSchema);
    return c.json(await backend.addToCart(metaOf(c), lines));
  });
  on('updateCartLine', async (c) => {
    noQuery(c);
    const patch = await body(c, linePatchSchema);
    return c.json(await backend.updateCartLine(metaOf(c), param(c, 'lineId'), patch));
  });
  on('removeCartLine', async (c) => (noQuery(c), c.json(await backend.removeCartLine(metaOf(c), param(c, 'lineId')))));
  on('previewCheckout', async (c) => {
    noQuery(c);
    const input = await body(c, checkoutPreviewSchema);
    return c.json(await backend.previewCheckout(metaOf(c), input));
  });
  on('savedCarts', async (c) => (noQuery(c), c.json(await backend.listSavedCarts(metaOf(c)))));
  on('saveCart', async (c) => {
    noQuery(c);
    const input = await body(c, saveCartSchema);
    return c.json(await backend.saveCart(metaOf(c), input), 201);
  });
  on('updateSavedCart', async (c) => {
    noQuery(c);
    const patch = await body(c, savedCartPatchSchema);
    return c.json(await backend.updateSavedCart(metaOf(c), param(c, 'savedCartId'), patch));
  });
  on('deleteSavedCart', async (c) => {
    noQuery(c);
    await backend.deleteSavedCart(metaOf(c), param(c, 'savedCartId'));
    return c.body(null, 204);
  });
  on('restoreSavedCart', async (c) => (noQuery(c), c.json(await backend.restoreSavedCart(metaOf(c), param(c, 'savedCartId')))));
  on('placeOrder', async (c) => {
    noQuery(c);
    const input = await body(c, checkoutSchema);
    const header = c.req.header(IDEMPOTENCY_HEADER);
    if (header !== undefined && input.idempotencyKey !== undefined && header !== input.idempotencyKey) {
      throw new ValidationError('Idempotency keys differ.', [{ path: 'idempotencyKey', message: 'Differs from the Idempotency-Key header.' }]);
    }
    const key = header ?? input.idempotencyKey;
    if (key === undefined || key.length === 0 || key.length > 200) {
      throw new ValidationError('An Idempotency-Key header is required.', [{ path: 'Idempotency-Key', message: 'Send 1 to 200 characters.' }]);
    }
    const { order, replayed } = await backend.placeOrder(metaOf(c), { ...input, idempotencyKey: key });
    return c.json(order, replayed ? 200 : 201);
  });
  on('orders', async (c) => {
    return c.json(await backend.listOrders(metaOf(c), definedOnly(query(c, ordersQuerySchema))));
  });
  on('order', async (c) => (noQuery(c), c.json(await backend.getOrder(metaOf(c), param(c, 'orderId')))));
  on('approvals', async (c) => c.json(await backend.listApprovals(metaOf(c), definedOnly(query(c, approvalsQuerySchema)))));
  on('decideApprovals', async (c) => {
    noQuery(c);
    return c.json(await backend.decideApprovals(metaOf(c), definedOnly(await body(c, bulkDecisionSchema))));
  });
  on('invoices', async (c) => (noQuery(c), c.json(await backend.listInvoices(metaOf(c)))));
  on('demoClock', async (c) => {
    noQuery(c);
    const { advanceHours } = await body(c, demoClockSchema);
    return c.json(await backend.advanceDemoClock(advanceHours));
  });
  on('decideApproval', async (c) => {
    noQuery(c);
    const input = definedOnly(await body(c, decisionSchema));
    return c.json(await backend.decideApproval(metaOf(c), param(c, 'approvalId'), input));
  });
  on('variantFamily', async (c) => (noQuery(c), c.json(await backend.getVariantFamily(metaOf(c), param(c, 'familyId')))));
  on('askQuestion', async (c) => {
    noQuery(c);
    const input = await body(c, questionSchema);
    return c.json(await backend.askQuestion(metaOf(c), input), 201);
  });
  on('questions', async (c) => {
    const q = query(c, questionsQuerySchema);
    return c.json(await backend.listQuestions(metaOf(c), q.sku !== undefined ? { sku: q.sku } : {}));
  });
  on('ratings', async (c) => (noQuery(c), c.json(await backend.getRatings(metaOf(c), param(c, 'sku')))));
  on('rateProduct', async (c) => {
    noQuery(c);
    const input = await body(c, ratingSchema);
    return c.json(await backend.rateProduct(metaOf(c), { sku: param(c, 'sku'), stars: input.stars, ...(input.comment !== undefined && { comment: input.comment }) }));
  });

  app.notFound((c) => c.json({ error: { code: 'not-found', message: `No route ${c.req.method} ${new URL(c.req.url).pathname}.` } }, 404));
  app.onError((error, c) => {
    const { status, body: errorBody } = replyFor(error);
    if (status >= 500) console.error(error);
    return c.json(errorBody, status as ContentfulStatusCode);
  });
  return app;
}
