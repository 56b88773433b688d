/** Turning failures into `ErrorBody` replies; never a stack trace. */
import type { ZodError } from 'zod';
import { CommerceError, HTTP_STATUS, ValidationError, type ErrorBody, type FieldError } from '../../commerce/index.js';

/** A failure of the HTTP layer itself (body too large) with its status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.error.message);
  }
}

/** Turns zod issues into a ValidationError whose fields name each offending path. */
export function validationFromZod(error: ZodError, where: string): ValidationError {
  const fields: FieldError[] = [];
  for (const issue of error.issues) {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields.push({ path: base ? `${base}.${key}` : key, message: `Unknown field "${key}".` });
    } else {
      fields.push({ path: base, message: issue.message });
    }
  }
  const named = fields.map((f) => f.path || where).join(', ');
  return new ValidationError(`Invalid ${where}: ${named}.`, fields);
}

/** Status and body for anything thrown while handling a request. */
export function replyFor(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof HttpError) return { status: error.status, body: error.body };
  if (error instanceof CommerceError) return { status: HTTP_STATUS[error.code], body: error.toBody() };
  return { status: 500, body: { error: { code: 'unavailable', message: 'The service failed unexpectedly. Please try again.' } } };
}
