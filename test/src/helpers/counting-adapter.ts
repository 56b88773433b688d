import type { CommerceAdapter } from '../../../src/index.js';

/**
 * Wraps an adapter to count its calls still out (dropped replies included), so that a test
 * can wait for a late request to land before it reads the backend.
 */
export function counting(adapter: CommerceAdapter): { adapter: CommerceAdapter; running: () => number } {
  let running = 0;
  const proxy = new Proxy(adapter, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        running += 1;
        return Promise.resolve((value as (...a: unknown[]) => unknown).apply(target, args)).finally(() => {
          running -= 1;
        });
      };
    },
  });
  return { adapter: proxy, running: () => running };
}
