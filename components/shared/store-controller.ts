import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadableAtom } from 'nanostores';
import type { Commerce } from '../../src/index.js';

/** A host that knows its current storefront (it may change when the page reconfigures). */
export interface CommerceHost extends ReactiveControllerHost {
  readonly commerce: Commerce | undefined;
}

/**
 * Follows one store of the host's current {@link Commerce} and re-renders the host when it
 * changes. Unlike a controller bound to one store, it re-subscribes when the storefront
 * itself is replaced (a page switching backends).
 */
export class CommerceStoreController<T> implements ReactiveController {
  #source: Commerce | undefined;
  #unsubscribe: (() => void) | undefined;
  #connected = false;

  constructor(
    private readonly host: CommerceHost,
    private readonly select: (commerce: Commerce) => ReadableAtom<T>,
  ) {
    host.addController(this);
  }

  /** The store's current value, or undefined while no storefront is present. */
  get value(): T | undefined {
    return this.host.commerce ? this.select(this.host.commerce).get() : undefined;
  }

  hostConnected(): void {
    this.#connected = true;
    this.#follow();
  }

  hostUpdate(): void {
    this.#follow();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#source = undefined;
  }

  #follow(): void {
    const commerce = this.host.commerce;
    if (!this.#connected || commerce === this.#source) return;
    this.#unsubscribe?.();
    this.#source = commerce;
    this.#unsubscribe = commerce ? this.select(commerce).listen(() => this.host.requestUpdate()) : undefined;
  }
}
