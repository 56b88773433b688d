import type { KeyValueStore } from '../../src/index.js';

/** Most recent searches kept per user. */
export const MAX_RECENT = 8;

/** Storage key of a user's recent searches; anonymous visitors share one list per device. */
export function recentKey(userId: string | null): string {
  return `kontor-search-recent:${userId ?? 'anonymous'}`;
}

/** Reads a user's recent searches; unreadable storage reads as none. */
export async function loadRecent(store: KeyValueStore, userId: string | null): Promise<string[]> {
  try {
    const value = await store.get<unknown>(recentKey(userId));
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

/** The list with `query` first, without duplicates (case-insensitive), at most {@link MAX_RECENT}. */
export function withRecent(list: readonly string[], query: string): string[] {
  const text = query.trim();
  if (!text) return [...list];
  return [text, ...list.filter((q) => q.toLowerCase() !== text.toLowerCase())].slice(0, MAX_RECENT);
}

/** Stores a user's recent searches; a failing store only loses the list, never the search. */
export async function saveRecent(store: KeyValueStore, userId: string | null, list: readonly string[]): Promise<void> {
  try {
    await store.set(recentKey(userId), [...list]);
  } catch {
    /* storage blocked or full: recent searches are a convenience */
  }
}
