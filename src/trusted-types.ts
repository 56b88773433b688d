/**
 * Kontor under a strict Content Security Policy with `require-trusted-types-for 'script'`:
 * script sinks then take only values made by a policy the page names in its
 * `trusted-types` directive. Kontor's policy is called `kontor` and vouches for three things
 * only: worker scripts of the page's own origin, the blob loaders Kontor made itself (see
 * adapters/local/cross-origin-worker.ts), and JSON (structured data in
 * `<script type="application/ld+json">`, which never runs). Pages without Trusted Types get
 * the values back unchanged. Lit's policy (`lit-html`) and DOMPurify's (`dompurify`) cover
 * the rest: `trusted-types lit-html dompurify kontor`.
 */

/** The name a page lists in its CSP. */
export const TRUSTED_TYPES_POLICY = 'kontor';

/** The parts of the Trusted Types API used here (not in TypeScript's DOM library yet). */
interface KontorPolicy {
  createScriptURL(url: string): unknown;
  createScript(source: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string; createScript(source: string): string }): KontorPolicy;
}
interface Shared {
  readonly policy: KontorPolicy | null;
  readonly blobs: Set<string>;
}

// One policy per page, shared by every copy of Kontor on it: a CSP without
// 'allow-duplicates' refuses a second policy of the same name.
const SHARED = Symbol.for('kontor.trusted-types');

function shared(): Shared {
  const slot = globalThis as unknown as { [SHARED]?: Shared };
  const existing = slot[SHARED];
  if (existing) return existing;
  const blobs = new Set<string>();
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  let policy: KontorPolicy | null = null;
  try {
    policy =
      factory?.createPolicy(TRUSTED_TYPES_POLICY, {
        createScriptURL(url: string): string {
          const parsed = new URL(url, globalThis.location?.href);
          const ownOrigin = parsed.origin === globalThis.location?.origin && /^https?:$/.test(parsed.protocol);
          if (ownOrigin || blobs.has(parsed.href)) return parsed.href;
          throw new TypeError(`Kontor does not vouch for the script URL ${parsed.href}.`);
        },
        createScript(source: string): string {
          // Only data: anything that is not JSON is refused.
          JSON.parse(source);
          return source;
        },
      }) ?? null;
  } catch {
    // The page's CSP does not allow the name: without enforcement plain values work, with
    // it the sink reports the violation, which is what the page asked for.
    policy = null;
  }
  const created: Shared = { policy, blobs };
  slot[SHARED] = created;
  return created;
}

/** Remembers a blob URL Kontor made, so the policy vouches for it. */
export function vouchForBlob(url: string): void {
  shared().blobs.add(url);
}

/**
 * `url` as the Worker constructor accepts it on this page: a TrustedScriptURL where Trusted
 * Types are available, the URL itself elsewhere.
 */
export function trustedScriptUrl(url: string | URL): string | URL {
  const { policy } = shared();
  // A TrustedScriptURL stands in for a string wherever the DOM takes a script URL.
  return policy ? (policy.createScriptURL(String(url)) as string) : url;
}

/** JSON as the text of a data script (`application/ld+json`); throws for anything but JSON. */
export function trustedJsonScript(json: string): string {
  const { policy } = shared();
  return policy ? (policy.createScript(json) as string) : json;
}
