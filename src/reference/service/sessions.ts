/** Login, logout and context switches. */
import {
  UnauthorizedError,
  ValidationError,
  type Credentials,
  type FieldError,
  type LoginReply,
  type Session,
  type SessionContext,
} from '../../commerce/index.js';
import { toLocale } from '../catalog/localize.js';
import { findPromotion, normalizeCode } from '../pricing/index.js';
import type { BackendState } from '../state/state.js';
import { findActor, sessionOf, today, type Actor, type RequestMeta } from './actor.js';
import type { World } from './world.js';

/** An unguessable bearer token. */
function newToken(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Checks credentials and opens a session in the user's first account. */
export function login(world: World, state: BackendState, meta: RequestMeta, credentials: Credentials): LoginReply {
  const user = world.usersByEmail.get(credentials.email.trim().toLowerCase());
  if (!user || user.password !== credentials.password) throw new UnauthorizedError('Email or password is wrong.');
  const account = world.accounts.get(user.accountIds[0] ?? '');
  if (!account) throw new UnauthorizedError('This user has no account.');
  const token = newToken();
  const context: SessionContext = {
    accountId: account.id,
    billToId: account.billTo[0]?.id ?? '',
    shipToId: account.shipTo[0]?.id ?? '',
    locale: toLocale(meta.acceptLanguage),
  };
  state.sessions[token] = { userId: user.id, context, createdAt: world.now().toISOString() };
  const actor = findActor(world, state, { ...meta, token });
  return { token, session: sessionOf(world, actor) };
}

/** Ends the session (when there is one); the reply is the anonymous session. */
export function logout(world: World, state: BackendState, meta: RequestMeta): Session {
  if (meta.token !== null) delete state.sessions[meta.token];
  return sessionOf(world, null);
}

/**
 * The promotion code a patch asks for: `undefined` keeps the current one, null or blank
 * removes it; an unknown, expired or not yet valid code is a field error.
 */
function promotionCodeOf(world: World, actor: Actor, patch: Partial<SessionContext>, fields: FieldError[]): string | null {
  const current = actor.session.context.promotionCode ?? null;
  if (patch.promotionCode === undefined) return current;
  if (patch.promotionCode === null || patch.promotionCode.trim() === '') return null;
  const t = (de: string, en: string): string => (actor.locale === 'de' ? de : en);
  const code = normalizeCode(patch.promotionCode);
  const lookup = findPromotion(world.seed.promotions, code, today(world));
  if (lookup.kind === 'valid') return lookup.promotion.code;
  const message =
    lookup.kind === 'unknown'
      ? t(`Den Aktionscode ${code} gibt es nicht.`, `There is no promotion code ${code}.`)
      : lookup.kind === 'expired'
        ? t(`Der Aktionscode ${code} galt bis ${lookup.promotion.validTo}.`, `The promotion code ${code} expired on ${lookup.promotion.validTo}.`)
        : t(`Der Aktionscode ${code} gilt erst ab ${lookup.promotion.validFrom}.`, `The promotion code ${code} is valid from ${lookup.promotion.validFrom}.`);
  fields.push({ path: 'promotionCode', message });
  return current;
}

/**
 * Switches account, addresses, locale or promotion code. A new account without addresses
 * in the patch starts at that account's first bill-to and ship-to; the promotion code stays,
 * since promotions are not tied to an account. Only the user's own accounts and their
 * addresses are accepted: anything else reads as unknown, revealing nothing about it.
 */
export function setContext(world: World, state: BackendState, actor: Actor, patch: Partial<SessionContext>): Session {
  const fields: FieldError[] = [];
  const accountId = patch.accountId ?? actor.session.context.accountId;
  const account = actor.user.accountIds.includes(accountId) ? world.accounts.get(accountId) : undefined;
  if (!account) {
    throw new ValidationError('Unknown account.', [{ path: 'accountId', message: `You cannot act for account ${accountId}.` }]);
  }
  const switched = accountId !== actor.session.context.accountId;
  const billToId = patch.billToId ?? (switched ? account.billTo[0]?.id : actor.session.context.billToId) ?? '';
  const shipToId = patch.shipToId ?? (switched ? account.shipTo[0]?.id : actor.session.context.shipToId) ?? '';
  if (!account.billTo.some((a) => a.id === billToId)) fields.push({ path: 'billToId', message: `Unknown bill-to address ${billToId} for account ${accountId}.` });
  if (!account.shipTo.some((a) => a.id === shipToId)) fields.push({ path: 'shipToId', message: `Unknown ship-to address ${shipToId} for account ${accountId}.` });
  if (patch.locale !== undefined && patch.locale !== 'de' && patch.locale !== 'en') fields.push({ path: 'locale', message: 'Supported locales are de and en.' });
  const promotionCode = promotionCodeOf(world, actor, patch, fields);
  if (fields.length > 0) {
    const only = fields.length === 1 ? fields[0] : undefined;
    throw new ValidationError(only?.path === 'promotionCode' ? only.message : 'The context cannot be changed.', fields);
  }
  const context: SessionContext = {
    accountId,
    billToId,
    shipToId,
    locale: patch.locale ?? actor.session.context.locale,
    ...(promotionCode !== null && { promotionCode }),
  };
  const stored = state.sessions[actor.token];
  if (stored) stored.context = context;
  return sessionOf(world, findActor(world, state, { token: actor.token, acceptLanguage: null }));
}
