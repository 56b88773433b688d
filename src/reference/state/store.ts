/**
 * Persistence seam: a {@link StateStore} loads and saves the whole state; the
 * {@link StateRepository} runs every mutation as load → apply → save under a lock, and only
 * then lets the caller reply. A mutation that throws saves nothing.
 */
import { emptyState, type BackendState } from './state.js';

/** Loads and saves the whole state. */
export interface StateStore {
  /** The current state, or null when nothing was saved yet. Callers must not mutate it. */
  load(): Promise<BackendState | null>;
  /** Replaces the stored state; resolves once it is durable. */
  save(state: BackendState): Promise<void>;
}

/** Runs a function exclusively (per process, per browser origin, …). */
export type LockRunner = <T>(task: () => Promise<T>) => Promise<T>;

/** A lock for a single process: tasks run one after another. */
export function processLock(): LockRunner {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** Keeps state in memory (tests and throwaway hosts). */
export class MemoryStateStore implements StateStore {
  private state: BackendState | null = null;
  /** Resolves with the current state. */
  async load(): Promise<BackendState | null> {
    return this.state;
  }
  /** Replaces the state. */
  async save(state: BackendState): Promise<void> {
    this.state = state;
  }
}

/** Reads and transactional writes over a {@link StateStore}. */
export class StateRepository {
  constructor(
    private readonly store: StateStore,
    private readonly lock: LockRunner = processLock(),
  ) {}

  /** Reads the current state without changing it. */
  async read<T>(reader: (state: BackendState) => T): Promise<T> {
    return reader((await this.store.load()) ?? emptyState());
  }

  /**
   * Applies a mutation to a private copy of the freshly loaded state and saves it before
   * resolving. When `mutate` throws, the stored state stays as it was.
   */
  async transaction<T>(mutate: (draft: BackendState) => T): Promise<T> {
    return this.lock(async () => {
      const current = (await this.store.load()) ?? emptyState();
      const draft = structuredClone(current);
      const result = mutate(draft);
      await this.store.save(draft);
      return result;
    });
  }
}
