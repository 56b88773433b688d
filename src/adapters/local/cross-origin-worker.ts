import { trustedScriptUrl, vouchForBlob } from '../../trusted-types.js';

/**
 * A module Worker that also starts when its script lives on another origin than the page,
 * as it does when a CMS page loads Kontor from a CDN. Browsers refuse `new Worker(url)` for
 * a cross-origin URL; a same-origin blob that imports the script is allowed (the script
 * host must send CORS headers, as it must for the module scripts anyway).
 *
 * Import it under the name `Worker` where the worker is created, so bundlers still see the
 * `new Worker(new URL(…, import.meta.url))` pattern and emit the worker file.
 *
 * Under `require-trusted-types-for 'script'` the URL goes through Kontor's `kontor` policy
 * (src/trusted-types.ts).
 */
// A server rendering a page (Node) has no Worker, and still loads this module with the rest
// of the SDK; only starting the embedded backend there fails.
const PlatformWorker: typeof Worker =
  globalThis.Worker ??
  (class {
    constructor() {
      throw new Error('The embedded backend needs a browser with Web Workers.');
    }
  } as unknown as typeof Worker);

export class CrossOriginWorker extends PlatformWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(trustedScriptUrl(workerScriptUrl(url)), options);
  }
}

function workerScriptUrl(url: string | URL): string | URL {
  const page = globalThis.location;
  if (!page) return url;
  const script = new URL(String(url), page.href);
  if (script.origin === page.origin) return url;
  const loader = new Blob([`import ${JSON.stringify(script.href)};`], { type: 'text/javascript' });
  const blob = URL.createObjectURL(loader);
  vouchForBlob(blob);
  return blob;
}
