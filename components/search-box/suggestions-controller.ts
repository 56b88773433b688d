import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CommerceAdapter, Suggestions } from '../../src/index.js';

/** Where the suggestions for the current text stand. */
export type SuggestStatus = 'idle' | 'loading' | 'slow' | 'ready' | 'error';

/** Milliseconds after which a pending request is shown as slow, and given up. */
export const SLOW_AFTER_MS = 1500;
export const GIVE_UP_AFTER_MS = 6000;

/**
 * Typeahead requests without a storm: at most one request is in flight; keystrokes while it
 * runs only remember the newest text, which is asked for when the reply arrives. A reply
 * for an older text than the one shown is never rendered, so results cannot arrive out of
 * order. A request that hangs turns into a quiet error after {@link GIVE_UP_AFTER_MS}.
 */
export class SuggestionsController implements ReactiveController {
  /** Suggestions for {@link text}, or null before the first reply. */
  value: Suggestions | null = null;
  /** The text {@link value} belongs to. */
  text = '';
  status: SuggestStatus = 'idle';
  /** Requests sent since creation (for tests and telemetry). */
  sent = 0;

  #wanted: { text: string; limit: number } | null = null;
  #inFlight = false;
  #generation = 0;
  #timers: ReturnType<typeof setTimeout>[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly adapter: () => CommerceAdapter | undefined,
  ) {
    host.addController(this);
  }

  /** Asks for suggestions for `text`; an empty text clears them. */
  request(text: string, limit: number): void {
    if (text === '') {
      this.clear();
      return;
    }
    this.#wanted = { text, limit };
    if (this.status !== 'slow') this.status = 'loading';
    this.host.requestUpdate();
    if (!this.#inFlight) void this.#next();
  }

  /** Forgets suggestions and ignores replies still on their way. */
  clear(): void {
    this.#generation++;
    this.#wanted = null;
    this.#inFlight = false;
    this.#stopTimers();
    this.value = null;
    this.text = '';
    this.status = 'idle';
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.clear();
  }

  async #next(): Promise<void> {
    const wanted = this.#wanted;
    const adapter = this.adapter();
    if (!wanted || !adapter) return;
    this.#wanted = null;
    this.#inFlight = true;
    const generation = ++this.#generation;
    this.#stopTimers();
    this.#timers.push(
      setTimeout(() => this.#settle(generation, 'slow'), SLOW_AFTER_MS),
      setTimeout(() => {
        // Give up: later keystrokes may ask again; this reply will be ignored.
        if (generation !== this.#generation) return;
        this.#generation++;
        this.#inFlight = false;
        this.#settle(this.#generation, 'error');
      }, GIVE_UP_AFTER_MS),
    );
    this.sent++;
    let reply: Suggestions | null = null;
    let failed = false;
    try {
      reply = await adapter.suggest(wanted.text, wanted.limit);
    } catch {
      failed = true;
    }
    if (generation !== this.#generation) return;
    this.#inFlight = false;
    this.#stopTimers();
    if (this.#wanted) {
      // The user typed on; show this reply only if nothing newer is shown, then ask again.
      if (reply) [this.value, this.text] = [reply, wanted.text];
      void this.#next();
      this.host.requestUpdate();
      return;
    }
    if (reply) [this.value, this.text] = [reply, wanted.text];
    this.status = failed ? 'error' : 'ready';
    this.host.requestUpdate();
  }

  #settle(generation: number, status: SuggestStatus): void {
    if (generation !== this.#generation) return;
    this.status = status;
    this.host.requestUpdate();
  }

  #stopTimers(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers = [];
  }
}
