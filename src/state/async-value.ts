import { CommerceError, UnavailableError } from '../commerce/index.js';

/** A value loaded from the backend, with its loading state and last error. */
export interface AsyncValue<T> {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  /** The last good value; kept while reloading and after an error so nothing flickers away. */
  readonly value: T | null;
  readonly error: CommerceError | null;
}

/** The state before anything was asked for. */
export function idle<T>(): AsyncValue<T> {
  return { status: 'idle', value: null, error: null };
}

/**
 * Turns anything thrown into a {@link CommerceError}, so stores and components only ever
 * handle the contract's typed errors.
 */
export function toCommerceError(error: unknown): CommerceError {
  if (error instanceof CommerceError) return error;
  return new UnavailableError('Something went wrong while talking to the shop.', undefined, error);
}
