/**
 * Sending without losing the last batch: `sendBeacon` survives the page being hidden or
 * closed; where it refuses (too large, or unavailable), fetch with `keepalive` does the same job.
 */

/** Sends `body` to `url`. Resolves to whether the browser accepted it; never rejects. */
export function send(url: string, body: string, contentType: 'text/plain' | 'application/json'): boolean {
  try {
    // text/plain is a CORS-safelisted type: a beacon to another origin needs no preflight.
    if (contentType === 'text/plain' && typeof navigator.sendBeacon === 'function' && navigator.sendBeacon(url, body)) return true;
  } catch {
    // Fall through to fetch.
  }
  try {
    void fetch(url, { method: 'POST', body, keepalive: true, mode: 'cors', credentials: 'omit', headers: { 'content-type': contentType } }).catch(() => undefined);
    return true;
  } catch {
    return false;
  }
}
