import { atom, computed, onMount, type ReadableAtom } from 'nanostores';
import {
  ConflictError,
  type ApprovalDecisionInput,
  type ApprovalRequest,
  type BulkDecisionResult,
  type CommerceError,
} from '../commerce/index.js';
import { idle, toCommerceError, type AsyncValue } from './async-value.js';
import type { Commerce } from './commerce.js';

/**
 * The approval requests of the logged-in user, shared by every inbox and badge of one
 * storefront: a decision made in the inbox updates the header badge at once.
 */
export interface ApprovalInbox {
  /** Requests the user placed or may decide, newest first. */
  readonly $requests: ReadableAtom<AsyncValue<readonly ApprovalRequest[]>>;
  /** How many requests wait for the user's decision now. */
  readonly $toDecide: ReadableAtom<number>;
  /** Ids of requests whose decision is on its way. */
  readonly $deciding: ReadableAtom<ReadonlySet<string>>;
  /** Whether the backend has approvals at all (false: explain, do not ask). */
  supported(): boolean;
  /**
   * Loads the requests again. Resolves once `$requests` has settled (ready, error or idle),
   * whether or not anything watches the store.
   */
  refresh(): Promise<void>;
  /**
   * Decides one request on the step the user saw. When someone else decided first, the list
   * is reloaded and the {@link ConflictError} is rethrown so the element can say so.
   */
  decide(id: string, input: Omit<ApprovalDecisionInput, 'step'>): Promise<ApprovalRequest>;
  /** The same decision on several requests; each gets its own outcome. */
  decideMany(ids: readonly string[], input: Omit<ApprovalDecisionInput, 'step'>): Promise<readonly BulkDecisionResult[]>;
}

const inboxes = new WeakMap<Commerce, ApprovalInbox>();

/** The inbox of a storefront, created on first use. */
export function approvalInboxOf(commerce: Commerce): ApprovalInbox {
  let inbox = inboxes.get(commerce);
  if (!inbox) {
    inbox = createApprovalInbox(commerce);
    inboxes.set(commerce, inbox);
  }
  return inbox;
}

function replace(list: readonly ApprovalRequest[], updated: ApprovalRequest): ApprovalRequest[] {
  return list.map((r) => (r.id === updated.id ? updated : r));
}

/** Creates an {@link ApprovalInbox}; it loads when first watched and follows logins. */
export function createApprovalInbox(commerce: Commerce): ApprovalInbox {
  const $requests = atom<AsyncValue<readonly ApprovalRequest[]>>(idle());
  const $deciding = atom<ReadonlySet<string>>(new Set());
  const $toDecide = computed($requests, (state) => (state.value ?? []).filter((r) => r.status === 'pending' && r.canDecide).length);
  let ticket = 0;
  // The newest load and how many loads are out: a caller's refresh settles with the newest,
  // and watching the store starts no second load while one is out.
  let latest: Promise<void> = Promise.resolve();
  let running = 0;

  const supported = (): boolean => commerce.$info.get()?.capabilities.approvals !== false;

  async function load(mine: number): Promise<void> {
    if (!commerce.$session.get().value?.user || !supported()) {
      $requests.set(idle());
      return;
    }
    // Reading an unwatched store mounts it for a moment; `running` keeps that from loading again.
    $requests.set({ ...$requests.get(), status: 'loading' });
    try {
      const requests = await commerce.adapter.listApprovals();
      if (mine === ticket) $requests.set({ status: 'ready', value: requests, error: null });
    } catch (error) {
      if (mine === ticket) $requests.set({ status: 'error', value: $requests.get().value, error: toCommerceError(error) });
    }
  }

  /** Loads again; resolves once the store has settled, also when a newer refresh replaced this one's answer. */
  async function refresh(): Promise<void> {
    running += 1;
    let current = load(++ticket).finally(() => {
      running -= 1;
    });
    latest = current;
    await current;
    while (latest !== current) {
      current = latest;
      await current;
    }
  }

  function marking<T>(ids: readonly string[], run: () => Promise<T>): Promise<T> {
    $deciding.set(new Set([...$deciding.get(), ...ids]));
    return run().finally(() => {
      const left = new Set($deciding.get());
      for (const id of ids) left.delete(id);
      $deciding.set(left);
    });
  }

  function settle(updated: readonly ApprovalRequest[]): void {
    let list = $requests.get().value ?? [];
    for (const request of updated) list = replace(list, request);
    $requests.set({ status: 'ready', value: list, error: null });
  }

  onMount($requests, () => {
    if (running === 0) void refresh();
    let user = commerce.$session.get().value?.user?.id;
    return commerce.$session.listen((session) => {
      const next = session.value?.user?.id;
      if (session.status === 'ready' && next !== user) {
        user = next;
        void refresh();
      }
    });
  });

  return {
    $requests,
    $toDecide,
    $deciding,
    supported,
    refresh,
    decide(id, input) {
      const seen = $requests.get().value?.find((r) => r.id === id);
      return marking([id], async () => {
        try {
          const updated = await commerce.adapter.decideApproval(id, { ...input, ...(seen?.step !== undefined && { step: seen.step }) });
          settle([updated]);
          return updated;
        } catch (error) {
          const commerceError: CommerceError = toCommerceError(error);
          if (commerceError instanceof ConflictError) await refresh();
          throw commerceError;
        }
      });
    },
    decideMany(ids, input) {
      return marking(ids, async () => {
        const adapter = commerce.adapter;
        const results: readonly BulkDecisionResult[] = adapter.decideApprovals
          ? await adapter.decideApprovals({ ids, ...input })
          : await Promise.all(
              ids.map(async (id): Promise<BulkDecisionResult> => {
                try {
                  return { id, request: await adapter.decideApproval(id, input), error: null };
                } catch (error) {
                  const e = toCommerceError(error);
                  return { id, request: null, error: { code: e.code, message: e.message } };
                }
              }),
            );
        settle(results.flatMap((r) => (r.request ? [r.request] : [])));
        if (results.some((r) => r.error?.code === 'conflict')) await refresh();
        return results;
      });
    },
  };
}
