/**
 * The storefront every story runs in: the real reference backend in its Web Worker (one per
 * preview, small catalog), a fresh session per story, optional faults at the adapter
 * boundary, and the story's language, colour scheme and density.
 *
 * Stories configure it through `parameters.kontor` ({@link KontorParameters}) and the
 * toolbar globals `locale`, `scheme` and `density`.
 */
import { html, type TemplateResult } from 'lit';
import type { Decorator, Loader } from '@storybook/web-components-vite';
import {
  createCommerce,
  createLocalAdapter,
  memoryTokenStorage,
  startReferenceWorker,
  withFaults,
  type Commerce,
  type CommerceAdapter,
  type FaultRule,
  type ReferenceWorker,
} from '../../src/index.js';
import { useLocale } from '../../components/shared/localization.js';
import '../../components/storefront/storefront.js';
import { STORY_CATALOG_SIZE } from './catalog-size.js';

/** Who is logged in when a story starts. */
export type StoryUser = 'buyer' | 'approver' | 'admin' | 'visitor';

/** `parameters.kontor` of a story. */
export interface KontorParameters {
  /** Who is logged in (default: a buyer). */
  readonly user?: StoryUser;
  /** Failures, delays or altered answers at the adapter boundary (see `withFaults`). */
  readonly faults?: FaultRule;
  /** Prepares the backend before the story renders, e.g. fills the cart; runs without faults. */
  readonly setup?: (adapter: CommerceAdapter) => Promise<void>;
}

/** What the loader hands to the decorator and to `render` as `context.loaded`. */
export interface StoryLoaded {
  readonly commerce: Commerce;
}

let worker: ReferenceWorker | undefined;

async function signIn(adapter: CommerceAdapter, user: StoryUser): Promise<void> {
  if (user === 'visitor') return;
  const users = await adapter.listDemoUsers();
  const match = users.find((u) => u.roles.includes(user) && (user !== 'buyer' || !u.roles.includes('approver')));
  if (!match) throw new Error(`The reference backend has no ${user}.`);
  await adapter.login({ email: match.email, password: match.password });
  // Every story starts from an empty cart, so stories do not depend on their order.
  const cart = await adapter.getCart();
  for (const line of cart.lines) await adapter.removeCartLine(line.id);
}

/**
 * Loader: applies the language (before any request, as product texts follow the page
 * language), logs in, runs the story's setup and builds the story's storefront.
 */
export const storefrontLoader: Loader = async ({ parameters, globals }) => {
  const lang = globals['locale'] === 'de' ? 'de' : 'en';
  document.documentElement.lang = lang;
  await useLocale(lang);

  const kontor = (parameters['kontor'] ?? {}) as KontorParameters;
  worker ??= startReferenceWorker({ catalogSize: STORY_CATALOG_SIZE });
  const adapter = createLocalAdapter({ worker, tokenStorage: memoryTokenStorage() });
  await signIn(adapter, kontor.user ?? 'buyer');
  await kontor.setup?.(adapter);
  const commerce = createCommerce(kontor.faults ? withFaults(adapter, kontor.faults) : adapter);
  return { commerce } satisfies StoryLoaded;
};

/**
 * Decorator: wraps the story in a `<kontor-storefront>` that provides the loader's
 * storefront, inside a frame that applies the colour scheme and density globals.
 */
export const withStorefront: Decorator = (story, { loaded, globals }) => {
  const { commerce } = loaded as StoryLoaded;
  const scheme = globals['scheme'] === 'dark' ? 'dark' : 'light';
  const density = globals['density'] === 'compact' ? 'compact' : 'comfortable';
  return html`<div class="kontor-story" data-scheme=${scheme} data-density=${density}>
    <kontor-storefront .commerce=${commerce}>${story() as TemplateResult}</kontor-storefront>
  </div>`;
};
