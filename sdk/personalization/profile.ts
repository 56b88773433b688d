/**
 * The visitor profile and the pure steps that update it. Nothing here touches storage; the
 * engine decides when (and whether, by consent) a profile is kept.
 */

/** Device class, from the viewport and the pointer. */
export type DeviceClass = 'mobile' | 'tablet' | 'desktop';

/** The campaign a visit came from (utm parameters). */
export interface Campaign {
  readonly source: string;
  readonly medium: string;
  readonly name: string;
  readonly term: string;
  readonly content: string;
}

/** What rules can see: small enough to keep in a synchronous snapshot. */
export interface ProfileFacts {
  /** Visits so far, this one included (0 without a profile). */
  readonly visits: number;
  readonly loggedIn: boolean;
  readonly company: string | null;
  readonly customerGroup: string | null;
  readonly industry: string | null;
  /** Category ids viewed, most viewed first. */
  readonly categoriesViewed: readonly string[];
  /** Category ids of products ordered before, most ordered first. */
  readonly categoriesOrdered: readonly string[];
  readonly campaign: Campaign | null;
  readonly device: DeviceClass;
}

/** The whole profile: the facts plus the lists recommendations need. */
export interface Profile extends ProfileFacts {
  /** Epoch milliseconds of the last activity; a gap of {@link VISIT_GAP_MS} starts a visit. */
  readonly lastSeen: number;
  /** Views per category id. */
  readonly categoryViews: Readonly<Record<string, number>>;
  /** Ordered quantity lines per category id. */
  readonly categoryOrders: Readonly<Record<string, number>>;
  /** SKUs viewed, newest first. */
  readonly recentlyViewed: readonly string[];
  /** Times each SKU was ordered (order lines), from the order history. */
  readonly productsOrdered: Readonly<Record<string, number>>;
}

/** Inactivity that ends a visit (the usual analytics convention). */
export const VISIT_GAP_MS = 30 * 60 * 1000;

/** A profile with no history. */
export function emptyProfile(device: DeviceClass = 'desktop'): Profile {
  return {
    visits: 0,
    lastSeen: 0,
    loggedIn: false,
    company: null,
    customerGroup: null,
    industry: null,
    categoriesViewed: [],
    categoriesOrdered: [],
    campaign: null,
    device,
    categoryViews: {},
    categoryOrders: {},
    recentlyViewed: [],
    productsOrdered: {},
  };
}

/** Counts a page view: a new visit after {@link VISIT_GAP_MS} of silence; a campaign from the URL wins. */
export function recordVisit(profile: Profile, now: number, campaign: Campaign | null, device: DeviceClass): Profile {
  const newVisit = profile.visits === 0 || now - profile.lastSeen > VISIT_GAP_MS;
  return {
    ...profile,
    visits: profile.visits + (newVisit ? 1 : 0),
    lastSeen: now,
    campaign: campaign ?? profile.campaign,
    device,
  };
}

/** Reads utm parameters; null when the URL names no campaign. */
export function campaignFromUrl(search: string): Campaign | null {
  const params = new URLSearchParams(search);
  const get = (key: string): string => (params.get(`utm_${key}`) ?? '').slice(0, 100);
  const campaign = { source: get('source'), medium: get('medium'), name: get('campaign'), term: get('term'), content: get('content') };
  return Object.values(campaign).some(Boolean) ? campaign : null;
}

/** The device class from the viewport width and whether the main pointer is coarse. */
export function deviceClass(width: number, coarsePointer: boolean): DeviceClass {
  if (width < 640) return 'mobile';
  if (width < 1024 && coarsePointer) return 'tablet';
  return 'desktop';
}
