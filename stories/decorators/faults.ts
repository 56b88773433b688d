/**
 * Fault rules for stories of loading, error and unusual-data states, built on `withFaults`
 * (faults at the adapter boundary; everything above runs for real).
 */
import { UnavailableError, type AdapterMethod, type FaultRule } from '../../src/index.js';

/** Longest delay a timer accepts: for a story, a call that never returns. */
const FOREVER_MS = 2 ** 31 - 1;

/** Calls to `methods` never answer: the elements stay in their loading state. */
export function neverAnswers(...methods: readonly AdapterMethod[]): FaultRule {
  return (method) => (methods.includes(method) ? { delayMs: FOREVER_MS } : undefined);
}

/** Calls to `methods` fail as if the backend were down. */
export function failing(...methods: readonly AdapterMethod[]): FaultRule {
  return (method) =>
    methods.includes(method) ? { failBefore: new UnavailableError('The shop service is not reachable. Please try again in a moment.') } : undefined;
}

/** Answers of `method` pass through `change` (unusual or hostile backend data). */
export function altered(method: AdapterMethod, change: (result: unknown) => unknown): FaultRule {
  return (called) => (called === method ? { transform: change } : undefined);
}

/** A product name far longer than any real one, for layout stories. */
export const LONG_NAME =
  'Socket head cap screw ISO 4762 M10x100 steel 10.9 plain, with extra-long thread, nylon patch, ' +
  'special coating for offshore use and individually inspected, packed per 50 in recyclable boxes';
