/**
 * Typed errors of the commerce contract. Every adapter call rejects with a
 * {@link CommerceError}; components switch on `code` to show the right message and to
 * decide whether a retry can help (`retryable`).
 */

/** The kinds of failure the contract distinguishes. */
export type CommerceErrorCode =
  | 'not-found'
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'conflict'
  | 'unavailable';

/** A problem with one input field, addressed by its path (`lines.3.quantity`). */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

/** The JSON body that carries an error over the REST contract. */
export interface ErrorBody {
  readonly error: {
    readonly code: CommerceErrorCode;
    readonly message: string;
    readonly fields?: readonly FieldError[];
    readonly retryAfterSeconds?: number;
  };
}

/** Base class of all contract errors. */
export class CommerceError extends Error {
  override readonly name: string = 'CommerceError';
  /** Whether repeating the same call later may succeed. */
  readonly retryable: boolean;

  constructor(
    readonly code: CommerceErrorCode,
    message: string,
    options: { retryable?: boolean; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.retryable = options.retryable ?? false;
  }

  /** Serializes this error for the REST contract. */
  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message } };
  }
}

/** The requested thing does not exist (or is not visible to this user). */
export class NotFoundError extends CommerceError {
  override readonly name = 'NotFoundError';
  constructor(message: string) {
    super('not-found', message);
  }
}

/** The input was rejected; `fields` says which parts and why. */
export class ValidationError extends CommerceError {
  override readonly name = 'ValidationError';
  constructor(
    message: string,
    readonly fields: readonly FieldError[] = [],
  ) {
    super('validation', message);
  }

  override toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, fields: this.fields } };
  }
}

/** No valid session: log in first. */
export class UnauthorizedError extends CommerceError {
  override readonly name = 'UnauthorizedError';
  constructor(message = 'Please log in to continue.') {
    super('unauthorized', message);
  }
}

/** Logged in, but not allowed to do this. */
export class ForbiddenError extends CommerceError {
  override readonly name = 'ForbiddenError';
  constructor(message: string) {
    super('forbidden', message);
  }
}

/** The state changed underneath (a decision already made, a stale version). */
export class ConflictError extends CommerceError {
  override readonly name = 'ConflictError';
  constructor(message: string) {
    super('conflict', message);
  }
}

/** The backend cannot be reached or is overloaded; retrying later may help. */
export class UnavailableError extends CommerceError {
  override readonly name = 'UnavailableError';
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
    cause?: unknown,
  ) {
    super('unavailable', message, { retryable: true, cause });
  }

  override toBody(): ErrorBody {
    return this.retryAfterSeconds === undefined
      ? super.toBody()
      : { error: { code: this.code, message: this.message, retryAfterSeconds: this.retryAfterSeconds } };
  }
}

/** HTTP status for each error code, used by the REST host and read back by REST clients. */
export const HTTP_STATUS: Readonly<Record<CommerceErrorCode, number>> = {
  'not-found': 404,
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  conflict: 409,
  unavailable: 503,
};

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

/**
 * Rebuilds the typed error from a REST reply. Unknown bodies become an
 * {@link UnavailableError} for 5xx/429 and a {@link ValidationError} for other 4xx.
 */
export function errorFromResponse(status: number, body: unknown): CommerceError {
  if (isErrorBody(body)) {
    const { code, message, fields, retryAfterSeconds } = body.error;
    switch (code) {
      case 'not-found':
        return new NotFoundError(message);
      case 'validation':
        return new ValidationError(message, fields ?? []);
      case 'unauthorized':
        return new UnauthorizedError(message);
      case 'forbidden':
        return new ForbiddenError(message);
      case 'conflict':
        return new ConflictError(message);
      case 'unavailable':
        return new UnavailableError(message, retryAfterSeconds);
    }
  }
  if (status >= 500 || status === 429) {
    return new UnavailableError(`The shop service answered with status ${status}.`);
  }
  return new ValidationError(`The shop service rejected the request (status ${status}).`);
}
