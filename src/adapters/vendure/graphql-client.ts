/**
 * A minimal GraphQL client for Vendure's Shop API over `fetch`: carries the session as a
 * bearer token (Vendure's `vendure-auth-token` reply header) and turns transport and
 * GraphQL-level failures into the contract's typed errors. No Vendure code is imported.
 */
import {
  CommerceError,
  ForbiddenError,
  NotFoundError,
  UnauthorizedError,
  UnavailableError,
  ValidationError,
} from '../../commerce/index.js';
import type { TokenStorage } from '../rest/token-storage.js';

/** The reply header in which Vendure hands out (and renews) the session token. */
export const VENDURE_TOKEN_HEADER = 'vendure-auth-token';

/** Options of {@link createGraphqlClient}. */
export interface GraphqlClientOptions {
  /** The Shop API endpoint, e.g. `https://shop.example/shop-api`. */
  readonly url: string;
  readonly tokenStorage: TokenStorage;
  /** Abort a request that has not answered after this many milliseconds. */
  readonly timeoutMs: number;
  readonly fetch: typeof fetch;
  /** Sent as `vendure-token` to select a channel other than the default one. */
  readonly channelToken?: string;
}

/** Sends one GraphQL operation and resolves with its `data`. */
export type GraphqlRequest = <T>(query: string, variables?: Readonly<Record<string, unknown>>) => Promise<T>;

interface GraphqlErrorEntry {
  readonly message?: string;
  readonly extensions?: { readonly code?: string };
}

/** Maps a GraphQL-level error (not an ErrorResult) to the contract's error. */
export function errorFromGraphql(entry: GraphqlErrorEntry): CommerceError {
  const message = entry.message ?? 'The shop refused the request.';
  switch (entry.extensions?.code) {
    case 'FORBIDDEN':
      return new UnauthorizedError('Please log in to continue.');
    case 'ENTITY_NOT_FOUND':
      return new NotFoundError(message);
    case 'USER_INPUT_ERROR':
    case 'BAD_USER_INPUT':
    case 'GRAPHQL_VALIDATION_FAILED':
      return new ValidationError(`The shop rejected the request: ${message}`);
    case 'ILLEGAL_OPERATION':
      return new ForbiddenError(message);
    default:
      return new UnavailableError(`The shop could not answer: ${message}`);
  }
}

/** Creates the request function of one adapter. */
export function createGraphqlClient(options: GraphqlClientOptions): GraphqlRequest {
  return async <T>(query: string, variables: Readonly<Record<string, unknown>> = {}): Promise<T> => {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    const token = options.tokenStorage.get();
    if (token) headers.authorization = `Bearer ${token}`;
    if (options.channelToken) headers['vendure-token'] = options.channelToken;
    let response: Response;
    try {
      response = await options.fetch(options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (cause) {
      const timedOut = cause instanceof DOMException && cause.name === 'TimeoutError';
      throw new UnavailableError(
        timedOut
          ? `The shop did not answer within ${(options.timeoutMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} seconds. Please try again.`
          : 'The shop cannot be reached. Check the connection and try again.',
        undefined,
        cause,
      );
    }
    const renewed = response.headers.get(VENDURE_TOKEN_HEADER);
    if (renewed) options.tokenStorage.set(renewed);
    let body: { data?: T | null; errors?: readonly GraphqlErrorEntry[] };
    try {
      body = (await response.json()) as typeof body;
    } catch (cause) {
      throw new UnavailableError(`The shop answered with status ${response.status} and no readable reply.`, undefined, cause);
    }
    const first = body.errors?.[0];
    if (first) throw errorFromGraphql(first);
    if (!response.ok || body.data === undefined || body.data === null) {
      throw new UnavailableError(`The shop answered with status ${response.status}.`);
    }
    return body.data;
  };
}
