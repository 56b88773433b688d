// Starts and stops the test-only Vendure server (tools/vendure-backend) for the Vendure
// suite and the Vendure demo. Every wait is bounded and every failure says what to do.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { root } from './run.mjs';

export const backendDir = join(root, 'tools', 'vendure-backend');
/** The seeded sample database, kept between runs so only the first run seeds (about a minute). */
const template = join(backendDir, '.data', 'seeded.sqlite');

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts Vendure on 127.0.0.1 with a fresh copy of the seeded database and resolves once it
 * printed `ready` (search index built, job queue empty, fixture customers created).
 * @param {{ port?: number, readyTimeoutMs?: number, keepData?: boolean }} [options]
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startVendure(options = {}) {
  if (!existsSync(join(backendDir, 'node_modules', '@vendure', 'core'))) {
    throw new Error('Vendure is not installed: run `npm ci --prefix tools/vendure-backend` first (test-only, kept out of Kontor’s own dependencies).');
  }
  const port = options.port ?? (await freePort());
  const readyTimeoutMs = options.readyTimeoutMs ?? 300_000;
  const dataDir = mkdtempSync(join(tmpdir(), 'kontor-vendure-'));
  const child = spawn(
    process.execPath,
    ['server.mjs', '--port', String(port), '--data-dir', dataDir, '--template', template, '--ready-timeout', String(Math.round(readyTimeoutMs / 1000))],
    { cwd: backendDir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, VENDURE_DISABLE_TELEMETRY: 'true' } },
  );
  const log = [];
  createInterface({ input: /** @type {import('node:stream').Readable} */ (child.stderr) }).on('line', (line) => {
    log.push(line);
    if (line.startsWith('[vendure]')) console.log(line);
  });

  let stopped;
  const stop = () =>
    (stopped ??= new Promise((resolveStop) => {
      const cleanup = () => {
        rmSync(dataDir, { recursive: true, force: true });
        resolveStop();
      };
      if (child.exitCode !== null || child.signalCode !== null) return cleanup();
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(force);
        cleanup();
      });
      child.kill('SIGTERM');
    }));
  process.once('exit', () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  try {
    const url = await new Promise((resolveUrl, reject) => {
      const timer = setTimeout(() => reject(new Error(`Vendure was not ready within ${readyTimeoutMs / 1000} s`)), readyTimeoutMs + 10_000);
      createInterface({ input: /** @type {import('node:stream').Readable} */ (child.stdout) }).on('line', (line) => {
        const match = /^ready (\S+)/.exec(line);
        if (match) {
          clearTimeout(timer);
          resolveUrl(match[1]);
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`Vendure exited before it was ready (code ${code}, signal ${signal})`));
      });
    });
    return { url, stop };
  } catch (error) {
    await stop();
    const tail = log.slice(-15).join('\n');
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nLast lines of its log:\n${tail}`);
  }
}
