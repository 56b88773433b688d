import { toCommerceError, type CommerceError, type SearchHit, type SearchResult } from '../../src/index.js';
import type { CommerceHost } from '../shared/store-controller.js';
import type { ListingKey } from './listing-search.js';

/** Products loaded per request while scrolling; also the size of the first answer. */
export const BLOCK_SIZE = 100;

/**
 * Most results one scrolling list holds. Beyond it the list would be taller than browsers
 * can lay out, and nobody scrolls further: the buyer is asked to narrow the search instead.
 */
export const MAX_SCROLL_RESULTS = 10_000;

/** What one position of the scrolling list shows. */
export type WindowSlot =
  | { readonly status: 'ready'; readonly hit: SearchHit }
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: CommerceError };

/**
 * The results of a scrolling listing, loaded in blocks of {@link BLOCK_SIZE} as they come
 * into view. The first block is the listing's own answer (with facets); later blocks ask for
 * no facets. Answers for an older search are dropped, a failed block can be asked for again,
 * and each block's prices go into the page's price store as they arrive.
 */
export class ResultWindow {
  /** Identifies the search the blocks belong to: its first answer. */
  #first: SearchResult | null = null;
  #request: ListingKey['request'] | null = null;
  #positions: readonly number[] = [];
  #total = 0;
  readonly #blocks = new Map<number, readonly SearchHit[]>();
  readonly #pending = new Set<number>();
  readonly #failed = new Map<number, CommerceError>();

  constructor(private readonly host: CommerceHost) {}

  /** How many positions the list has: every result, up to {@link MAX_SCROLL_RESULTS}. */
  get length(): number {
    return Math.min(this.#total, MAX_SCROLL_RESULTS);
  }

  /** Positions `0 … length - 1`: the same array while the length stays, so the list is not redrawn. */
  get positions(): readonly number[] {
    if (this.#positions.length !== this.length) this.#positions = Array.from({ length: this.length }, (_, i) => i);
    return this.#positions;
  }

  /** Starts over with the first answer to a new search; the same answer again keeps the blocks. */
  show(first: SearchResult, key: ListingKey): void {
    if (first === this.#first) return;
    this.#first = first;
    this.#request = key.request;
    this.#total = first.total;
    this.#blocks.clear();
    this.#pending.clear();
    this.#failed.clear();
    this.#blocks.set(0, first.hits);
  }

  /** The slot at `index`. */
  slot(index: number): WindowSlot {
    const block = Math.floor(index / BLOCK_SIZE);
    const hit = this.#blocks.get(block)?.[index % BLOCK_SIZE];
    if (hit) return { status: 'ready', hit };
    const error = this.#failed.get(block);
    return error ? { status: 'error', error } : { status: 'loading' };
  }

  /** Loads the blocks that positions `first` to `last` fall in, if not there yet. */
  need(first: number, last: number): void {
    if (this.#request === null || last < first) return;
    const from = Math.max(0, Math.floor(first / BLOCK_SIZE));
    const to = Math.floor(Math.min(last, this.length - 1) / BLOCK_SIZE);
    for (let block = from; block <= to; block++) {
      if (!this.#blocks.has(block) && !this.#pending.has(block) && !this.#failed.has(block)) void this.#load(block);
    }
  }

  /** Asks again for every block that failed: one retry button fixes the whole list. */
  retry(): void {
    const failed = [...this.#failed.keys()];
    this.#failed.clear();
    this.host.requestUpdate();
    for (const block of failed) void this.#load(block);
  }

  async #load(block: number): Promise<void> {
    const commerce = this.host.commerce;
    const request = this.#request;
    if (!commerce || !request) return;
    const search = this.#first;
    this.#pending.add(block);
    try {
      const result = await commerce.adapter.search({ ...request, facets: [], offset: block * BLOCK_SIZE, limit: BLOCK_SIZE });
      if (search !== this.#first) return;
      commerce.prices.prime(result.hits.map((hit) => hit.price));
      this.#blocks.set(block, result.hits);
    } catch (error) {
      if (search !== this.#first) return;
      this.#failed.set(block, toCommerceError(error));
    } finally {
      if (search === this.#first) this.#pending.delete(block);
      this.host.requestUpdate();
    }
  }
}
