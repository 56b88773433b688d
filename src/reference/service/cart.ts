/** Carts: one per user and account, stored unpriced and priced on every read. */
import { NotFoundError, ValidationError, type Cart, type CartLineInput, type CartLinePatch, type FieldError } from '../../commerce/index.js';
import { quotePrice, totalsOf } from '../pricing/index.js';
import type { BackendState, StoredCart } from '../state/state.js';
import { pricingContextOf, type Actor } from './actor.js';
import { quantityError } from './quantity.js';
import type { World } from './world.js';

/** Most lines a cart may hold. */
export const MAX_CART_LINES = 500;

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
    const price = quotePrice(item, line.quantity, pricing, world.topCategory(item));
    return [{ id: line.id, sku: line.sku, name: item.name[actor.locale], quantity: line.quantity, note: line.note, price }];
  });
  return { id: cart.id, lines, totals: totalsOf(lines.map((l) => l.price), pricing.currency), version: cart.version, updatedAt: cart.updatedAt };
}

function touch(world: World, state: BackendState, actor: Actor, cart: StoredCart): void {
  cart.version += 1;
  cart.updatedAt = world.now().toISOString();
  state.carts[cartKey(actor)] = cart;
}

/** Adds lines, merging quantities into existing lines of the same SKU. */
export function addLines(world: World, state: BackendState, actor: Actor, inputs: readonly CartLineInput[]): Cart {
  const cart = storedCart(state, actor);
  const fields: FieldError[] = [];
  const t = (de: string, en: string): string => (actor.locale === 'de' ? de : en);
  inputs.forEach((input, i) => {
    const item = world.catalog.bySku.get(input.sku);
    if (!item) {
      fields.push({ path: `lines.${i}.sku`, message: t(`Unbekannte Artikelnummer ${input.sku}.`, `Unknown SKU ${input.sku}.`) });
      return;
    }
    if (item.discontinued) {
      const replacement = item.discontinued.replacementSku;
      fields.push({
        path: `lines.${i}.sku`,
        message: replacement
          ? t(`${item.sku} ist ausgelaufen; Nachfolger: ${replacement}.`, `${item.sku} is discontinued; replacement: ${replacement}.`)
          : t(`${item.sku} ist ausgelaufen.`, `${item.sku} is discontinued.`),
      });
      return;
    }
    const existing = cart.lines.find((line) => line.sku === input.sku);
    const quantity = (existing?.quantity ?? 0) + input.quantity;
    const error = quantityError(item, quantity, `lines.${i}.quantity`, actor.locale);
    if (error) {
      fields.push(error);
      return;
    }
    if (existing) {
      existing.quantity = quantity;
      if (input.note !== undefined) existing.note = input.note;
    } else {
      cart.lines.push({ id: `line-${++state.counters.line}`, sku: input.sku, quantity, note: input.note ?? '' });
    }
  });
  if (cart.lines.length > MAX_CART_LINES) fields.push({ path: 'lines', message: `A cart holds at most ${MAX_CART_LINES} lines.` });
  if (fields.length > 0) throw new ValidationError(t('Einige Positionen wurden nicht übernommen.', 'Some lines could not be added.'), fields);
  touch(world, state, actor, cart);
  return pricedCart(world, actor, cart);
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
  if (patch.quantity !== undefined) {
    const item = world.catalog.bySku.get(line.sku);
    const error = item ? quantityError(item, patch.quantity, 'quantity', actor.locale) : null;
    if (error) throw new ValidationError(error.message, [error]);
    line.quantity = patch.quantity;
  }
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
