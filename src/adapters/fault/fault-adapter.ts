import type { CommerceAdapter } from '../../commerce/index.js';

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
        const result: unknown = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        if (plan?.failAfter) throw plan.failAfter;
        return plan?.transform ? plan.transform(result) : result;
      };
    },
  });
}
