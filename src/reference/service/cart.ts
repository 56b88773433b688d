/** Carts: one per user and account, stored unpriced and priced on every read. */
import { MAX_ORDER_LINES, NotFoundError, ValidationError, type Cart, type CartLineInput, type CartLinePatch, type FieldError } from '../../commerce/index.js';
import { quotePrice, totalsOf } from '../pricing/index.js';
import type { BackendState, StoredCart } from '../state/state.js';
import { pricingContextOf, type Actor } from './actor.js';
import { quantityError } from './quantity.js';
import { configurationModelOf } from '../configurator/index.js';
import { canonical } from '../../configurator/index.js';
import { configurationErrors, needsConfiguration, quoteConfigured, summaryOf } from './configurations.js';
import type { World } from './world.js';

/** Most lines a cart may hold. */
export const MAX_CART_LINES = MAX_ORDER_LINES;

const cartKey = (actor: Actor): string => `${actor.user.id}/${actor.account.id}`;

/** The caller's stored cart, or an empty one (not stored until it changes). */
export function storedCart(state: BackendState, actor: Actor): StoredCart {
  return state.carts[cartKey(actor)] ?? { id: `cart-${actor.user.id}-${actor.account.id}`, lines: [], version: 0, updatedAt: new Date(0).toISOString() };
}

/** Prices a stored cart in the caller's context (ship-to may be overridden for checkout). */
export function pricedCart(world: World, actor: Actor, cart: StoredCart, shipToId?: string): Cart {
  const pricing = pricingContextOf(world, actor, actor.locale, shipToId);
  const lines = cart.lines.flatMap((line) => {
    const item = world.catalog.bySku.get(line.sku);
    if (!item) return [];
    const model = line.configuration ? configurationModelOf(item, actor.locale) : null;
    if (model && line.configuration) {
      const price = quoteConfigured(item, model, line.configuration, line.quantity, pricing, world.topCategory(item));
      return [{ id: line.id, sku: line.sku, name: item.name[actor.locale], quantity: line.quantity, note: line.note, price, rules: item.quantity, configuration: line.configuration, configurationSummary: summaryOf(model, line.configuration) }];
    }
    const price = quotePrice(item, line.quantity, pricing, world.topCategory(item));
    return [{ id: line.id, sku: line.sku, name: item.name[actor.locale], quantity: line.quantity, note: line.note, price, rules: item.quantity }];
  });
  return { id: cart.id, lines, totals: totalsOf(lines.map((l) => l.price), pricing.currency), version: cart.version, updatedAt: cart.updatedAt };
}

function touch(world: World, state: BackendState, actor: Actor, cart: StoredCart): void {
  cart.version += 1;
  cart.updatedAt = world.now().toISOString();
  state.carts[cartKey(actor)] = cart;
}

/** Why an input line cannot go into the cart (unknown, discontinued, quantity), or null. */
function lineProblem(world: World, actor: Actor, cart: StoredCart, input: CartLineInput, path: string): FieldError | null {
  const t = (de: string, en: string): string => (actor.locale === 'de' ? de : en);
  const item = world.catalog.bySku.get(input.sku);
  if (!item) return { path: `${path}.sku`, message: t(`Unbekannte Artikelnummer ${input.sku}.`, `Unknown SKU ${input.sku}.`) };
  if (item.discontinued) {
    const replacement = item.discontinued.replacementSku;
    return {
      path: `${path}.sku`,
      message: replacement
        ? t(`${item.sku} ist ausgelaufen; Nachfolger: ${replacement}.`, `${item.sku} is discontinued; replacement: ${replacement}.`)
        : t(`${item.sku} ist ausgelaufen.`, `${item.sku} is discontinued.`),
    };
  }
  if (!input.configuration && needsConfiguration(item)) {
    return { path: `${path}.configuration`, message: t(`${item.sku} wird nach Ihren Angaben gefertigt: bitte zuerst konfigurieren.`, `${item.sku} is made to order: configure it first.`) };
  }
  const existing = sameLine(world, actor, cart, input);
  const quantity = (existing?.quantity ?? 0) + input.quantity;
  if (input.configuration) {
    const problem = configurationErrors(item, input.configuration, quantity, actor.locale, `${path}.configuration`)[0];
    if (problem) return problem;
  }
  return quantityError(item, quantity, `${path}.quantity`, actor.locale);
}

/** The configuration as stored: canonical, so equal choices merge into one line. */
function storedConfiguration(world: World, actor: Actor, input: CartLineInput): StoredCart['lines'][number]['configuration'] {
  const item = world.catalog.bySku.get(input.sku);
  const model = item && input.configuration ? configurationModelOf(item, actor.locale) : null;
  return model && input.configuration ? canonical(model, input.configuration) : undefined;
}

/** The cart line an input merges into: same SKU and same configuration. */
function sameLine(world: World, actor: Actor, cart: StoredCart, input: CartLineInput): StoredCart['lines'][number] | undefined {
  const key = JSON.stringify(storedConfiguration(world, actor, input) ?? null);
  return cart.lines.find((line) => line.sku === input.sku && JSON.stringify(line.configuration ?? null) === key);
}

function mergeLine(world: World, actor: Actor, state: BackendState, cart: StoredCart, input: CartLineInput): void {
  const existing = sameLine(world, actor, cart, input);
  if (existing) {
    existing.quantity += input.quantity;
    if (input.note !== undefined) existing.note = input.note;
  } else {
    const configuration = storedConfiguration(world, actor, input);
    cart.lines.push({ id: `line-${++state.counters.line}`, sku: input.sku, quantity: input.quantity, note: input.note ?? '', ...(configuration ? { configuration } : {}) });
  }
}

/** Adds lines, merging quantities into existing lines of the same SKU; all or nothing. */
export function addLines(world: World, state: BackendState, actor: Actor, inputs: readonly CartLineInput[]): Cart {
  const cart = storedCart(state, actor);
  const fields: FieldError[] = [];
  inputs.forEach((input, i) => {
    const problem = lineProblem(world, actor, cart, input, `lines.${i}`);
    if (problem) fields.push(problem);
    else mergeLine(world, actor, state, cart, input);
  });
  if (cart.lines.length > MAX_CART_LINES) fields.push({ path: 'lines', message: `A cart holds at most ${MAX_CART_LINES} lines.` });
  if (fields.length > 0) throw new ValidationError(actor.locale === 'de' ? 'Einige Positionen wurden nicht übernommen.' : 'Some lines could not be added.', fields);
  touch(world, state, actor, cart);
  return pricedCart(world, actor, cart);
}

/**
 * Adds what can be ordered and reports the rest (restoring a saved cart whose products
 * were discontinued since, say): one bad line never blocks the others.
 */
export function addLinesLenient(world: World, state: BackendState, actor: Actor, inputs: readonly CartLineInput[]): { cart: Cart; skipped: { sku: string; message: string }[] } {
  const cart = storedCart(state, actor);
  const skipped: { sku: string; message: string }[] = [];
  inputs.forEach((input, i) => {
    const full = cart.lines.length >= MAX_CART_LINES && !sameLine(world, actor, cart, input);
    const problem = full ? { path: 'lines', message: `A cart holds at most ${MAX_CART_LINES} lines.` } : lineProblem(world, actor, cart, input, `lines.${i}`);
    if (problem) skipped.push({ sku: input.sku, message: problem.message });
    else mergeLine(world, actor, state, cart, input);
  });
  touch(world, state, actor, cart);
  return { cart: pricedCart(world, actor, cart), skipped };
}

function lineOrThrow(cart: StoredCart, lineId: string) {
  const line = cart.lines.find((l) => l.id === lineId);
  if (!line) throw new NotFoundError(`No cart line ${lineId}.`);
  return line;
}

/** Changes a line's quantity and/or note. */
export function updateLine(world: World, state: BackendState, actor: Actor, lineId: string, patch: CartLinePatch): Cart {
  const cart = storedCart(state, actor);
  const line = lineOrThrow(cart, lineId);
  const item = world.catalog.bySku.get(line.sku);
  if (patch.quantity !== undefined) {
    const error = item ? quantityError(item, patch.quantity, 'quantity', actor.locale) : null;
    if (error) throw new ValidationError(error.message, [error]);
  }
  const configuration = patch.configuration ?? line.configuration;
  if (item && configuration && (patch.configuration !== undefined || patch.quantity !== undefined)) {
    const errors = configurationErrors(item, configuration, patch.quantity ?? line.quantity, actor.locale, 'configuration');
    if (errors.length > 0) throw new ValidationError(errors[0]?.message ?? 'Invalid configuration.', errors);
  }
  if (patch.quantity !== undefined) line.quantity = patch.quantity;
  if (patch.configuration !== undefined) line.configuration = storedConfiguration(world, actor, { sku: line.sku, quantity: line.quantity, configuration: patch.configuration });
  if (patch.note !== undefined) line.note = patch.note;
  touch(world, state, actor, cart);
  return pricedCart(world, actor, cart);
}

/** Removes a line. */
export function removeLine(world: World, state: BackendState, actor: Actor, lineId: string): Cart {
  const cart = storedCart(state, actor);
  lineOrThrow(cart, lineId);
  cart.lines = cart.lines.filter((l) => l.id !== lineId);
  touch(world, state, actor, cart);
  return pricedCart(world, actor, cart);
}

/** Empties the cart after an order. */
export function clearCart(world: World, state: BackendState, actor: Actor): void {
  const cart = storedCart(state, actor);
  cart.lines = [];
  touch(world, state, actor, cart);
}
