/** Who is calling: the session behind a bearer token, its user, account and locale. */
import { ANONYMOUS_SESSION, UnauthorizedError, type Account, type Session, type User } from '../../commerce/index.js';
import { toLocale } from '../catalog/localize.js';
import type { Locale } from '../catalog/types.js';
import type { PricingContext } from '../pricing/index.js';
import { findPromotion, vatPerMille } from '../pricing/index.js';
import type { SeedUser } from '../seed/index.js';
import type { BackendState, StoredSession } from '../state/state.js';
import type { World } from './world.js';

/** What the transport tells the service about a request. */
export interface RequestMeta {
  /** Bearer token, null when none was sent. */
  readonly token: string | null;
  /** The `Accept-Language` header, used when no session says otherwise. */
  readonly acceptLanguage: string | null;
}

/** A logged-in caller. */
export interface Actor {
  readonly token: string;
  readonly user: SeedUser;
  readonly session: StoredSession;
  readonly account: Account;
  readonly locale: Locale;
}

/** The caller, or null for anonymous callers and unknown tokens. */
export function findActor(world: World, state: BackendState, meta: RequestMeta): Actor | null {
  if (meta.token === null) return null;
  const session = state.sessions[meta.token];
  if (!session) return null;
  const user = world.users.get(session.userId);
  const account = world.accounts.get(session.context.accountId);
  if (!user || !account) return null;
  // The page's language, sent with every request, wins over the one saved at login: a buyer
  // who switches the site to English gets English product texts at once.
  const locale = toLocale(meta.acceptLanguage ?? session.context.locale);
  return { token: meta.token, user, session, account, locale };
}

/** The caller; anonymous callers get an {@link UnauthorizedError}. */
export function requireActor(world: World, state: BackendState, meta: RequestMeta): Actor {
  const actor = findActor(world, state, meta);
  if (!actor) throw new UnauthorizedError();
  return actor;
}

/** The locale to answer in: the request's `Accept-Language`, else the session's, else `de`. */
export function localeOf(actor: Actor | null, meta: RequestMeta): Locale {
  return actor ? actor.locale : toLocale(meta.acceptLanguage);
}

/** The user as the contract shows it: without the password. */
export function publicUser(user: SeedUser): User {
  const { password: _password, ...rest } = user;
  return rest;
}

/** The contract's session view of a caller. */
export function sessionOf(world: World, actor: Actor | null): Session {
  if (!actor) return ANONYMOUS_SESSION;
  const accounts = actor.user.accountIds.flatMap((id) => {
    const account = world.accounts.get(id);
    return account ? [account] : [];
  });
  return {
    user: publicUser(actor.user),
    company: world.companies.get(actor.user.companyId) ?? null,
    accounts,
    context: actor.session.context,
  };
}

/** The ISO day (YYYY-MM-DD) of the injected clock. */
export const today = (world: World): string => world.now().toISOString().slice(0, 10);

/**
 * Prices for a caller: anonymous visitors see list prices in EUR with German VAT; logged-in
 * callers get their account's currency, group, contracts, the ship-to's price region and
 * VAT, and the session's promotion while it is valid.
 */
export function pricingContextOf(world: World, actor: Actor | null, locale: Locale, shipToId?: string): PricingContext {
  if (!actor) return { currency: 'EUR', group: null, contracts: [], vatPerMille: vatPerMille('DE'), today: today(world), locale };
  const account = actor.account;
  const shipTo = account.shipTo.find((a) => a.id === (shipToId ?? actor.session.context.shipToId)) ?? account.shipTo[0];
  const day = today(world);
  const code = actor.session.context.promotionCode;
  const lookup = code ? findPromotion(world.seed.promotions, code, day) : null;
  return {
    currency: account.currency,
    group: world.groups.get(account.customerGroupId) ?? null,
    contracts: world.contractsByAccount.get(account.id) ?? [],
    vatPerMille: vatPerMille(shipTo?.country ?? 'DE'),
    today: day,
    locale,
    region: (shipTo && world.regionByShipTo.get(shipTo.id)) ?? null,
    // A code that expired during the session simply stops applying; it stays visible in the
    // context so the buyer can see and remove it.
    promotion: lookup?.kind === 'valid' ? lookup.promotion : null,
  };
}
