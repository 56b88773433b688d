import type { ReactiveController } from 'lit';
import type { AsyncValue, Commerce, Resource } from '../../src/index.js';
import type { CommerceHost } from './store-controller.js';

/** How a {@link ResourceController} loads. */
export interface ResourceControllerOptions<K, T> {
  /** Builds the resource on the host's current storefront. */
  create(commerce: Commerce): Resource<K, T>;
  /** The key to load now, from the host's properties; null loads nothing. */
  key(): K | null;
  /** Sees every state change (custom states, events); the host has an update pending by then. */
  onChange?(state: AsyncValue<T>): void;
}

/**
 * Keeps a {@link Resource} in step with its host: rebuilt when the storefront changes,
 * reloaded when the key (compared by value) changes, unsubscribed when disconnected.
 * Elements then only render `state`.
 */
export class ResourceController<K, T> implements ReactiveController {
  #resource: Resource<K, T> | undefined;
  #source: Commerce | undefined;
  #loadedKey = '';
  #unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: CommerceHost,
    private readonly options: ResourceControllerOptions<K, T>,
  ) {
    host.addController(this);
  }

  /** The current state, or undefined before a storefront is present. */
  get state(): AsyncValue<T> | undefined {
    return this.#resource?.$state.get();
  }

  /** Loads the current key again (after an error, say). */
  reload(): void {
    const key = this.options.key();
    if (this.#resource && key !== null) void this.#resource.load(key);
  }

  hostUpdate(): void {
    const commerce = this.host.commerce;
    if (commerce && commerce !== this.#source) {
      this.#unsubscribe?.();
      this.#source = commerce;
      this.#resource = this.options.create(commerce);
      this.#unsubscribe = this.#resource.$state.listen((state) => {
        // The update is asked for first: `updateComplete`, awaited in onChange, then settles
        // once this state is rendered, not at once with the previous one.
        this.host.requestUpdate();
        this.options.onChange?.(state);
      });
      this.#loadedKey = '';
    }
    const key = this.options.key();
    const serialized = JSON.stringify(key);
    if (this.#resource && key !== null && serialized !== this.#loadedKey) {
      this.#loadedKey = serialized;
      void this.#resource.load(key);
    }
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#source = undefined;
    this.#resource = undefined;
  }
}
