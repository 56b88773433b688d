import { atom, type ReadableAtom } from 'nanostores';
import type { Cart, CartLine } from '../commerce/index.js';
import type { Commerce } from './commerce.js';

/** A line just removed, with what it takes to put it back. */
export interface RemovedLine {
  readonly line: CartLine;
  /** Position it had, so the element can say where it was. */
  readonly index: number;
}

/** Line edits with undo: a removed line can be put back with its quantity and note. */
export interface CartEditor {
  /** The line removed last, until it is restored, dismissed or another line goes. */
  readonly $removed: ReadableAtom<RemovedLine | null>;
  remove(line: CartLine): Promise<Cart>;
  /** Puts the last removed line back (same SKU, quantity and note). */
  undo(): Promise<Cart | null>;
  /** Forgets the removed line (the undo offer ends). */
  dismiss(): void;
}

/**
 * Creates a {@link CartEditor}. Removal happens at once, so totals are always the backend's;
 * undo adds the line again through the backend, which re-checks quantity rules and prices.
 */
export function createCartEditor(commerce: Commerce): CartEditor {
  const $removed = atom<RemovedLine | null>(null);
  return {
    $removed,
    async remove(line) {
      const index = commerce.$cart.get().value?.lines.findIndex((l) => l.id === line.id) ?? -1;
      const cart = await commerce.removeCartLine(line.id);
      $removed.set({ line, index });
      return cart;
    },
    async undo() {
      const removed = $removed.get();
      if (!removed) return null;
      const { sku, quantity, note } = removed.line;
      const cart = await commerce.addToCart([{ sku, quantity, ...(note ? { note } : {}) }]);
      if ($removed.get() === removed) $removed.set(null);
      return cart;
    },
    dismiss() {
      $removed.set(null);
    },
  };
}
