/**
 * Vendure answers expected failures with typed `ErrorResult` union members instead of
 * GraphQL errors. This maps each one the Shop API can return to the contract's error, with a
 * message a buyer understands and, where one input is at fault, the field it belongs to.
 */
import {
  ConflictError,
  ForbiddenError,
  UnauthorizedError,
  ValidationError,
  type CommerceError,
} from '../../commerce/index.js';
import type { VendureErrorResult } from './documents.js';

/** Whether a union answer is an ErrorResult rather than the value asked for. */
export function isErrorResult(value: unknown): value is VendureErrorResult {
  return typeof value === 'object' && value !== null && typeof (value as { errorCode?: unknown }).errorCode === 'string';
}

/** Where an error belongs: the input field, and the SKU for stock messages. */
export interface ErrorTarget {
  readonly field?: string;
  readonly sku?: string;
}

function invalid(message: string, field: string | undefined): ValidationError {
  return new ValidationError(message, field ? [{ path: field, message }] : []);
}

/** The contract error for one Vendure ErrorResult. */
export function errorFromResult(result: VendureErrorResult, target: ErrorTarget = {}): CommerceError {
  const { field, sku } = target;
  switch (result.errorCode) {
    case 'INVALID_CREDENTIALS_ERROR':
      return new UnauthorizedError('The email address or the password is not correct.');
    case 'NOT_VERIFIED_ERROR':
      return new UnauthorizedError('Please confirm your email address first: the shop sent you a link.');
    case 'NATIVE_AUTH_STRATEGY_ERROR':
      return new ForbiddenError('This shop does not accept logins with a password.');
    case 'INSUFFICIENT_STOCK_ERROR': {
      const available = result.quantityAvailable ?? 0;
      const what = sku ? ` of ${sku}` : '';
      return invalid(
        available > 0 ? `Only ${available}${what} in stock: please order at most ${available}.` : `Not in stock${what}: it cannot be ordered now.`,
        field ?? 'quantity',
      );
    }
    case 'NEGATIVE_QUANTITY_ERROR':
      return invalid('The quantity must be more than zero.', field ?? 'quantity');
    case 'ORDER_LIMIT_ERROR':
      return invalid(`The cart cannot hold more items: ${result.message}`, field ?? 'quantity');
    case 'ORDER_MODIFICATION_ERROR':
      return new ConflictError('The cart can no longer be changed because an order is being placed from it. Reload and try again.');
    case 'ORDER_INTERCEPTOR_ERROR':
      return invalid(result.message, field);
    case 'COUPON_CODE_INVALID_ERROR':
      return invalid(`The promotion code "${result.couponCode ?? ''}" is not valid.`, 'promotionCode');
    case 'COUPON_CODE_EXPIRED_ERROR':
      return invalid('The promotion code has expired.', 'promotionCode');
    case 'COUPON_CODE_LIMIT_ERROR':
      return invalid('The promotion code has been used up.', 'promotionCode');
    case 'ORDER_STATE_TRANSITION_ERROR':
      return invalid(`The order cannot be placed yet: ${result.transitionError ?? result.message}`, field);
    case 'INELIGIBLE_SHIPPING_METHOD_ERROR':
    case 'NO_ACTIVE_ORDER_ERROR':
      return invalid(result.message, field);
    case 'PAYMENT_DECLINED_ERROR':
    case 'PAYMENT_FAILED_ERROR':
      return invalid(`The payment did not go through: ${result.paymentErrorMessage ?? result.message}`, 'paymentMethod');
    case 'INELIGIBLE_PAYMENT_METHOD_ERROR':
      return invalid('This payment method cannot be used for this order.', 'paymentMethod');
    case 'ORDER_PAYMENT_STATE_ERROR':
      return new ConflictError('The order is already paid or being paid.');
    case 'EMAIL_ADDRESS_CONFLICT_ERROR':
      return new ConflictError('An account with this email address exists already.');
    case 'MISSING_PASSWORD_ERROR':
    case 'PASSWORD_VALIDATION_ERROR':
      return invalid(`The password is not accepted: ${result.message}`, 'password');
    case 'ALREADY_LOGGED_IN_ERROR':
      return new ConflictError('Somebody is logged in already: log out first.');
    case 'GUEST_CHECKOUT_ERROR':
      return new UnauthorizedError('Please log in to order.');
    default:
      return invalid(result.message, field);
  }
}
