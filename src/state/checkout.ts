import { atom, type ReadableAtom } from 'nanostores';
import type { CheckoutInput, CommerceError, Order } from '../commerce/index.js';
import { toCommerceError } from './async-value.js';
import type { Commerce } from './commerce.js';

/** Where an order attempt stands. */
export interface CheckoutAttempt {
  readonly status: 'idle' | 'placing' | 'placed' | 'failed';
  readonly order: Order | null;
  readonly error: CommerceError | null;
}

/** Places orders exactly once, however often the buyer clicks or the network fails. */
export interface Checkout {
  readonly $attempt: ReadableAtom<CheckoutAttempt>;
  /** Places the cart as an order. Concurrent calls share one attempt. */
  place(input: Omit<CheckoutInput, 'idempotencyKey'>): Promise<Order>;
  /** Starts over after a placed order (a new order gets a new key). */
  reset(): void;
}

/**
 * Creates a {@link Checkout}. The idempotency key is made once per order attempt and
 * re-sent on every retry after a failure that may have reached the backend (timeouts, lost
 * replies), so the backend answers a retry with the order it already made. Only a refusal
 * that certainly made nothing (validation, forbidden) lets the next attempt use a new key.
 */
export function createCheckout(commerce: Commerce): Checkout {
  const $attempt = atom<CheckoutAttempt>({ status: 'idle', order: null, error: null });
  let key: string | null = null;
  let inFlight: Promise<Order> | null = null;

  async function run(input: Omit<CheckoutInput, 'idempotencyKey'>): Promise<Order> {
    key ??= globalThis.crypto.randomUUID();
    $attempt.set({ status: 'placing', order: null, error: null });
    try {
      const order = await commerce.placeOrder({ ...input, idempotencyKey: key });
      key = null;
      $attempt.set({ status: 'placed', order, error: null });
      return order;
    } catch (error) {
      const commerceError = toCommerceError(error);
      if (!commerceError.retryable) key = null;
      $attempt.set({ status: 'failed', order: null, error: commerceError });
      throw commerceError;
    }
  }

  return {
    $attempt,
    place(input) {
      inFlight ??= run(input).finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
    reset() {
      key = null;
      $attempt.set({ status: 'idle', order: null, error: null });
    },
  };
}
