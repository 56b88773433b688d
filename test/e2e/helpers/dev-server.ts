import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';

/** The demo's dev server and the address it listens on (no trailing slash). */
export interface DemoDevServer {
  readonly vite: ViteDevServer;
  readonly base: string;
}

/**
 * Starts the dev server `npm start` runs (the demo config of vite.config.ts, which reads
 * KONTOR_VENDURE_URL when it loads) on a free port. No file watching and no HMR, so edits
 * elsewhere in the checkout cannot reload a page mid-test.
 */
export async function startDemoDevServer(): Promise<DemoDevServer> {
  const vite = await createServer({
    configFile: fileURLToPath(new URL('../../../vite.config.ts', import.meta.url)),
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
  });
  await vite.listen();
  const url = vite.resolvedUrls?.local[0];
  assert.ok(url, 'the demo server has an address');
  return { vite, base: url.replace(/\/$/, '') };
}
