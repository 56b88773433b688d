import { UnavailableError, type CommerceAdapter } from '../../commerce/index.js';

/** A method of the contract. */
export type AdapterMethod = {
  // Optional methods count too (`-?`), so rules can fault them like any other.
  [K in keyof CommerceAdapter]-?: NonNullable<CommerceAdapter[K]> extends (...args: never[]) => unknown ? K : never;
}[keyof CommerceAdapter];

/** What to do to one call. */
export interface FaultPlan {
  /** Wait this long before calling the real adapter. */
  readonly delayMs?: number;
  /** Fail before the call reaches the backend (nothing happens there). */
  readonly failBefore?: Error;
  /** Let the call reach the backend, then fail as if the reply was lost. */
  readonly failAfter?: Error;
  /** Change the answer (for hostile or unusual backend data). */
  readonly transform?: (result: unknown) => unknown;
  /**
   * The call reaches the backend but its reply never arrives: after this many milliseconds
   * the caller gives up with a retryable `unavailable` error, and the backend's answer,
   * whenever it comes, is dropped (so the call may still commit after the caller gave up).
   */
  readonly timeoutMs?: number;
  /**
   * The request reaches the backend only this long after it was sent (a slow network). With
   * `timeoutMs` shorter than this, the caller gives up before the backend even sees the
   * request, which may then commit after anything the caller did next.
   */
  readonly lateByMs?: number;
}

/**
 * A network that can go away mid-flow: while it is offline, every call through a rule
 * from {@link FaultyNetwork.rule} fails before reaching the backend, as a browser without a
 * connection fails. It also serves as the checkout's `Connectivity`.
 */
export interface FaultyNetwork {
  online(): boolean;
  whenOnline(): Promise<void>;
  /** Switches the connection; waiters of `whenOnline()` resume when it comes back. */
  set(online: boolean): void;
  /** `inner` while online, a failure before the backend while offline. */
  rule(inner?: FaultRule): FaultRule;
}

/** Creates a {@link FaultyNetwork}, online at first. */
export function faultyNetwork(): FaultyNetwork {
  let online = true;
  let waiters: (() => void)[] = [];
  return {
    online: () => online,
    whenOnline: () => (online ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    set(value) {
      online = value;
      if (!online) return;
      const resume = waiters;
      waiters = [];
      for (const resolve of resume) resolve();
    },
    rule: (inner) => (method, args, callNumber) =>
      online ? inner?.(method, args, callNumber) : { failBefore: new UnavailableError('No network connection.') },
  };
}

/** Decides per call whether and how it fails; return undefined to pass the call through. */
export type FaultRule = (method: AdapterMethod, args: readonly unknown[], callNumber: number) => FaultPlan | undefined;

/**
 * Wraps an adapter so that calls fail, slow down or return altered data as `rule` decides.
 * For tests of failure paths and for stories of error states: faults are injected at the
 * adapter boundary, and everything above it runs for real.
 */
export function withFaults<A extends CommerceAdapter>(adapter: A, rule: FaultRule): A {
  let calls = 0;
  return new Proxy(adapter, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const plan = rule(property as AdapterMethod, args, ++calls);
        if (plan?.delayMs) await new Promise((resolve) => setTimeout(resolve, plan.delayMs));
        if (plan?.failBefore) throw plan.failBefore;
        const send = (): Promise<unknown> => Promise.resolve((value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
        const call = plan?.lateByMs ? new Promise((resolve) => setTimeout(resolve, plan.lateByMs)).then(send) : send();
        if (plan?.timeoutMs !== undefined) {
          call.catch(() => undefined);
          await new Promise((resolve) => setTimeout(resolve, plan.timeoutMs));
          throw new UnavailableError('The shop did not answer in time.');
        }
        const result: unknown = await call;
        if (plan?.failAfter) throw plan.failAfter;
        return plan?.transform ? plan.transform(result) : result;
      };
    },
  });
}
