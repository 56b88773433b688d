/**
 * Strict schemas for every body and query of the REST contract: unknown fields, wrong types
 * and out-of-range values are rejected before the service sees them.
 */
// Named imports (not the `z` namespace) let bundlers drop the unused parts of zod, which
// keeps the worker bundle small.
import { MAX_ADVANCE_HOURS } from '../service/clock.js';
import { NEVER, array, boolean, enum as oneOf, iso, number, preprocess, record, strictObject, string, union } from 'zod';
import { MAX_CODE_LENGTH, MAX_LOOKUP_CODES } from '../../commerce/sku-lookup-types.js';
import { MAX_ORDER_LINES } from '../../commerce/order-types.js';

const id = string().min(1).max(200);
const text = (max: number) => string().max(max);
const quantity = number().positive().finite().max(1_000_000);

/** POST /v1/session/login */
export const credentialsSchema = strictObject({ email: string().min(1).max(320), password: string().max(200) });

/** PATCH /v1/session/context */
export const contextPatchSchema = strictObject({
  accountId: id.optional(),
  billToId: id.optional(),
  shipToId: id.optional(),
  locale: oneOf(['de', 'en']).optional(),
  promotionCode: string().max(40).nullable().optional(),
});

/** Accepts a bare array as shorthand for `{ [key]: array }`, so errors still name fields. */
const wrapArray = (key: string) => (value: unknown): unknown => (Array.isArray(value) ? { [key]: value } : value);

const priceItem = strictObject({ sku: id, quantity });
/** POST /v1/prices: `{ items }`, or the bare array. */
export const pricesSchema = preprocess(wrapArray('items'), strictObject({ items: array(priceItem).max(500) }));

/** POST /v1/products/lookup: `{ codes }`, or the bare array. */
export const lookupSkusSchema = preprocess(
  wrapArray('codes'),
  strictObject({ codes: array(string().min(1).max(MAX_CODE_LENGTH)).min(1).max(MAX_LOOKUP_CODES) }),
);

/** A configuration: group id to option id, option ids, number or text (the engine checks the rest). */
const configuration = record(id, union([text(500), number().finite(), array(id).max(100)])).refine((c) => Object.keys(c).length <= 100, { message: 'At most 100 groups.' });

/** POST /v1/configurations/price */
export const priceConfigurationSchema = strictObject({ sku: id, configuration, quantity });

const lineInput = strictObject({ sku: id, quantity, note: text(1000).optional(), configuration: configuration.optional() });
/** POST /v1/cart/lines: `{ lines }`, or the bare array. */
export const addLinesSchema = preprocess(wrapArray('lines'), strictObject({ lines: array(lineInput).min(1).max(MAX_ORDER_LINES) }));

/** PATCH /v1/cart/lines/:lineId */
export const linePatchSchema = strictObject({ quantity: quantity.optional(), note: text(1000).optional(), configuration: configuration.optional() }).refine((p) => p.quantity !== undefined || p.note !== undefined || p.configuration !== undefined, { message: 'Give a quantity, a note or a configuration.' });

/** POST /v1/orders (the idempotency key may come in the header instead). */
export const checkoutSchema = strictObject({
  idempotencyKey: string().min(1).max(200).optional(),
  poNumber: text(100).optional(),
  costCenterId: id.optional(),
  requestedDeliveryDate: iso.date().optional(),
  billToId: id,
  shipToId: id,
  partialDelivery: boolean(),
  comment: text(2000).optional(),
  paymentMethod: oneOf(['invoice', 'card', 'direct-debit']),
  expectedCartVersion: number().int().min(0).optional(),
});

/** POST /v1/checkout/preview */
export const checkoutPreviewSchema = strictObject({
  costCenterId: id.optional(),
  requestedDeliveryDate: iso.date().optional(),
  billToId: id,
  shipToId: id,
  partialDelivery: boolean(),
  paymentMethod: oneOf(['invoice', 'card', 'direct-debit']),
});

/** POST /v1/saved-carts */
export const saveCartSchema = strictObject({ name: text(200), shared: boolean().optional() });

/** PATCH /v1/saved-carts/:savedCartId */
export const savedCartPatchSchema = strictObject({ name: text(200).optional(), shared: boolean().optional() }).refine((p) => p.name !== undefined || p.shared !== undefined, { message: 'Give a name or shared.' });

/** POST /v1/approvals/:approvalId/decision */
export const decisionSchema = strictObject({
  decision: oneOf(['approve', 'reject']),
  comment: text(2000).optional(),
  step: number().int().min(1).max(100).optional(),
});

/** POST /v1/approvals/decisions */
export const bulkDecisionSchema = strictObject({
  ids: array(id).min(1).max(200),
  decision: oneOf(['approve', 'reject']),
  comment: text(2000).optional(),
});

/** GET /v1/approvals query parameters. */
export const approvalsQuerySchema = strictObject({
  status: oneOf(['pending', 'approved', 'rejected']).optional(),
  scope: oneOf(['to-decide', 'mine']).optional(),
});

/** POST /v1/demo/clock: hours to move forward (0 reads the clock). */
export const demoClockSchema = strictObject({ advanceHours: number().finite().min(0).max(MAX_ADVANCE_HOURS) });

const intParam = (max: number) =>
  string()
    .regex(/^\d+$/, 'Expected a non-negative integer.')
    .transform(Number)
    .pipe(number().int().min(0).max(max));

const facetFilter = strictObject({
  facet: id,
  values: array(string().max(200)).max(100).optional(),
  min: number().finite().optional(),
  max: number().finite().optional(),
})
  .refine((f) => (f.values !== undefined) !== (f.min !== undefined || f.max !== undefined), {
    message: 'A filter has either values or a min/max range.',
  })
  .transform((f) =>
    f.values !== undefined
      ? { facet: f.facet, values: f.values }
      : { facet: f.facet, ...(f.min !== undefined && { min: f.min }), ...(f.max !== undefined && { max: f.max }) },
  );

/** GET /v1/search query parameters (see `SEARCH_PARAMS`). */
export const searchQuerySchema = strictObject({
  q: text(500).optional(),
  category: id.optional(),
  sort: oneOf(['relevance', 'price-asc', 'price-desc', 'name', 'availability']).optional(),
  limit: intParam(200).optional(),
  offset: intParam(1_000_000).optional(),
  facets: text(2000)
    .transform((value) => value.split(',').map((f) => f.trim()).filter((f) => f.length > 0))
    .optional(),
  filters: text(10000)
    .transform((value, ctx) => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'filters must be a JSON array.' });
        return NEVER;
      }
    })
    .pipe(array(facetFilter).max(50))
    .optional(),
});

/** GET /v1/suggest query parameters. */
export const suggestQuerySchema = strictObject({ q: text(200), limit: intParam(50).optional() });

/** GET /v1/orders query parameters. */
export const ordersQuerySchema = strictObject({
  status: oneOf(['pending-approval', 'confirmed', 'partially-shipped', 'shipped', 'invoiced', 'paid', 'rejected', 'cancelled']).optional(),
  limit: intParam(200).optional(),
  offset: intParam(1_000_000).optional(),
  from: iso.date().optional(),
  to: iso.date().optional(),
  poNumber: text(100).optional(),
  placedBy: id.optional(),
  accountId: id.optional(),
  search: text(200).optional(),
});

/** POST /v1/questions (the service checks the trimmed length and answers in the caller's language). */
export const questionSchema = strictObject({ sku: id, text: text(4000) });

/** GET /v1/questions query parameters. */
export const questionsQuerySchema = strictObject({ sku: id.optional() });

/** POST /v1/products/:sku/ratings (creates or replaces the caller's rating) */
export const ratingSchema = strictObject({ stars: number().int().min(1).max(5), comment: text(2000).optional() });

/** Routes without a query accept none. */
export const emptyQuerySchema = strictObject({});
