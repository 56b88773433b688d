/**
 * Saved carts (requisition lists): the lines of a cart kept under a name, private to their
 * owner or shared with the owner's company. Only the owner renames, shares or deletes one;
 * anyone who sees it may restore it into their own cart.
 */
import { ForbiddenError, NotFoundError, ValidationError, type RestoreResult, type SaveCartInput, type SavedCart, type SavedCartPatch } from '../../commerce/index.js';
import type { BackendState, StoredSavedCart } from '../state/state.js';
import type { Actor } from './actor.js';
import { addLinesLenient, storedCart } from './cart.js';
import type { World } from './world.js';

/** Most saved carts one user may keep. */
export const MAX_SAVED_CARTS = 100;

/** Longest name of a saved cart. */
export const MAX_SAVED_CART_NAME = 100;

function savedCartsOf(state: BackendState): NonNullable<BackendState['savedCarts']> {
  state.savedCarts ??= { counter: 0, byId: {} };
  return state.savedCarts;
}

const visibleTo = (actor: Actor, saved: StoredSavedCart): boolean =>
  saved.ownerId === actor.user.id || (saved.shared && saved.companyId === actor.user.companyId);

function view(world: World, actor: Actor, saved: StoredSavedCart): SavedCart {
  return {
    id: saved.id,
    name: saved.name,
    owner: { userId: saved.ownerId, name: world.users.get(saved.ownerId)?.name ?? '' },
    shared: saved.shared,
    lines: saved.lines.map((line) => ({ ...line, name: world.catalog.bySku.get(line.sku)?.name[actor.locale] ?? line.sku })),
    createdAt: saved.createdAt,
    updatedAt: saved.updatedAt,
  };
}

function cleanName(actor: Actor, name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_SAVED_CART_NAME) {
    const message = actor.locale === 'de' ? `Geben Sie einen Namen mit 1 bis ${MAX_SAVED_CART_NAME} Zeichen ein.` : `Enter a name of 1 to ${MAX_SAVED_CART_NAME} characters.`;
    throw new ValidationError(message, [{ path: 'name', message }]);
  }
  return trimmed;
}

/** A saved cart the caller sees; others do not exist for the caller. */
function visible(state: BackendState, actor: Actor, id: string): StoredSavedCart {
  const saved = savedCartsOf(state).byId[id];
  if (!saved || !visibleTo(actor, saved)) throw new NotFoundError(`No saved cart ${id}.`);
  return saved;
}

function owned(state: BackendState, actor: Actor, id: string): StoredSavedCart {
  const saved = visible(state, actor, id);
  if (saved.ownerId !== actor.user.id) {
    throw new ForbiddenError(actor.locale === 'de' ? 'Nur wer die Liste angelegt hat, kann sie ändern oder löschen.' : 'Only the owner of a saved cart can change or delete it.');
  }
  return saved;
}

/** The caller's own saved carts and those shared in the company, newest first. */
export function listSavedCarts(world: World, state: BackendState, actor: Actor): SavedCart[] {
  return Object.values(savedCartsOf(state).byId)
    .filter((saved) => visibleTo(actor, saved))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : b.id.localeCompare(a.id)))
    .map((saved) => view(world, actor, saved));
}

/** Saves the caller's current cart under a name; the cart itself stays as it is. */
export function saveCart(world: World, state: BackendState, actor: Actor, input: SaveCartInput): SavedCart {
  const name = cleanName(actor, input.name);
  const cart = storedCart(state, actor);
  if (cart.lines.length === 0) {
    const message = actor.locale === 'de' ? 'Ein leerer Warenkorb kann nicht gespeichert werden.' : 'An empty cart cannot be saved.';
    throw new ValidationError(message, [{ path: 'cart', message }]);
  }
  const all = savedCartsOf(state);
  if (Object.values(all.byId).filter((s) => s.ownerId === actor.user.id).length >= MAX_SAVED_CARTS) {
    const message = actor.locale === 'de' ? `Sie können höchstens ${MAX_SAVED_CARTS} Listen speichern.` : `You can keep at most ${MAX_SAVED_CARTS} saved carts.`;
    throw new ValidationError(message, [{ path: 'cart', message }]);
  }
  const now = world.now().toISOString();
  const saved: StoredSavedCart = {
    id: `sc-${++all.counter}`,
    name,
    ownerId: actor.user.id,
    companyId: actor.user.companyId,
    shared: input.shared ?? false,
    lines: cart.lines.map(({ sku, quantity, note }) => ({ sku, quantity, note })),
    createdAt: now,
    updatedAt: now,
  };
  all.byId[saved.id] = saved;
  return view(world, actor, saved);
}

/** Renames or shares one of the caller's saved carts. */
export function updateSavedCart(world: World, state: BackendState, actor: Actor, id: string, patch: SavedCartPatch): SavedCart {
  const saved = owned(state, actor, id);
  if (patch.name !== undefined) saved.name = cleanName(actor, patch.name);
  if (patch.shared !== undefined) saved.shared = patch.shared;
  saved.updatedAt = world.now().toISOString();
  return view(world, actor, saved);
}

/** Deletes one of the caller's saved carts. */
export function deleteSavedCart(state: BackendState, actor: Actor, id: string): void {
  owned(state, actor, id);
  delete savedCartsOf(state).byId[id];
}

/** Adds a saved cart's lines to the caller's cart; lines that cannot be ordered any more are reported, not added. */
export function restoreSavedCart(world: World, state: BackendState, actor: Actor, id: string): RestoreResult {
  const saved = visible(state, actor, id);
  return addLinesLenient(
    world,
    state,
    actor,
    saved.lines.map((line) => ({ sku: line.sku, quantity: line.quantity, ...(line.note ? { note: line.note } : {}) })),
  );
}
