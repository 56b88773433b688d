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
import type { BackendState } from '../state/state.js';
import { findActor, sessionOf, type Actor, type RequestMeta } from './actor.js';
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
 * Switches account, addresses or locale. A new account without addresses in the patch
 * starts at that account's first bill-to and ship-to.
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
  if (fields.length > 0) throw new ValidationError('The context cannot be changed.', fields);
  const context: SessionContext = { accountId, billToId, shipToId, locale: patch.locale ?? actor.session.context.locale };
  const stored = state.sessions[actor.token];
  if (stored) stored.context = context;
  return sessionOf(world, findActor(world, state, { token: actor.token, acceptLanguage: null }));
}
