import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sameState, stateFromUrl, stateToUrl, type ListingState, type UrlProblem } from './listing-state.js';

/** What the history controller needs of its listing. */
export interface HistoryHost extends ReactiveControllerHost {
  /** Whether the listing keeps its state in the address. */
  readonly urlState: boolean;
  /** The state the attributes describe; the URL names only what differs. */
  baseState(): ListingState;
  /** Shows `state` (from a link, a reload or the back button). */
  applyState(state: ListingState, problems: readonly UrlProblem[]): void;
}

/** Where the page was scrolled, kept in each history entry for the way back. */
const SCROLL_KEY = 'kontorListingScroll';

function scrollOf(state: unknown): number | null {
  const value = (state as Record<string, unknown> | null)?.[SCROLL_KEY];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * Keeps a listing's state in the address: read on connect and on the back and forward
 * buttons, written as a new history entry per change. The scroll position of each entry is
 * restored once the results of that entry are rendered, not earlier, when the page is still
 * too short to scroll.
 */
export class ListingHistory implements ReactiveController {
  #pendingScroll: number | null = null;
  #previousRestoration: ScrollRestoration | null = null;

  constructor(private readonly host: HistoryHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.host.urlState) return;
    window.addEventListener('popstate', this.#onPopState);
    this.#previousRestoration = history.scrollRestoration;
    history.scrollRestoration = 'manual';
    this.#read();
    this.#pendingScroll = scrollOf(history.state);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
    if (this.#previousRestoration) history.scrollRestoration = this.#previousRestoration;
    this.#previousRestoration = null;
  }

  /** Records `state` as a new history entry (the current one keeps its scroll position). */
  push(state: ListingState): void {
    if (!this.host.urlState) return;
    const params = stateToUrl(state, new URLSearchParams(location.search), this.host.baseState());
    const current = stateFromUrl(new URLSearchParams(location.search), this.host.baseState()).state;
    if (sameState(current, state)) return;
    history.replaceState({ ...(history.state as object | null), [SCROLL_KEY]: window.scrollY }, '');
    const search = params.toString();
    history.pushState({ [SCROLL_KEY]: null }, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  }

  /** Call when results are rendered: scrolls back to where the entry was left. */
  rendered(): void {
    if (this.#pendingScroll === null) return;
    window.scrollTo({ top: this.#pendingScroll, behavior: 'instant' });
    this.#pendingScroll = null;
  }

  #read(): void {
    const { state, problems } = stateFromUrl(new URLSearchParams(location.search), this.host.baseState());
    this.host.applyState(state, problems);
  }

  readonly #onPopState = (event: PopStateEvent): void => {
    this.#pendingScroll = scrollOf(event.state);
    this.#read();
  };
}
