/**
 * Tells the other tabs of the same origin that the cart or the session changed, over a
 * BroadcastChannel. Messages carry only what changed and its version, never prices or
 * personal data: each tab re-reads the backend in its own context.
 */

/** What one tab tells the others. */
export type CrossTabMessage =
  | { readonly kind: 'cart'; readonly scope: string; readonly version: number }
  | { readonly kind: 'session' };

/** A channel to the other tabs. */
export interface CrossTab {
  post(message: CrossTabMessage): void;
  close(): void;
}

/** The default channel name; storefronts on different backends pass their own. */
export const CROSS_TAB_CHANNEL = 'kontor-storefront';

function isMessage(value: unknown): value is CrossTabMessage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { kind?: unknown; scope?: unknown; version?: unknown };
  return v.kind === 'session' || (v.kind === 'cart' && typeof v.scope === 'string' && typeof v.version === 'number');
}

/**
 * Opens the channel; `receive` sees messages of other tabs only (a BroadcastChannel never
 * delivers to its own sender). Without BroadcastChannel (old browsers, some workers) the
 * tab simply stays on its own.
 */
export function openCrossTab(name: string, receive: (message: CrossTabMessage) => void): CrossTab {
  if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isMessage(event.data)) receive(event.data);
  };
  return {
    post(message) {
      channel.postMessage(message);
    },
    close() {
      channel.close();
    },
  };
}
