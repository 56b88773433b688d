/** Builds for the end-to-end tests and benchmarks, into folders of their own (dist/ is left alone). */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Builds the CDN bundle (`vite build --mode cdn`, as `npm run build` does) into `outDir`;
 * `env` adds to the build's environment.
 */
export async function buildCdn(outDir: string, env: Readonly<Record<string, string>> = {}): Promise<void> {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  await promisify(execFile)(process.execPath, [vite, 'build', '--mode', 'cdn', '--outDir', outDir, '--logLevel', 'warn'], {
    cwd: root,
    env: { ...process.env, ...env },
    maxBuffer: 16 * 1024 * 1024,
  });
}
