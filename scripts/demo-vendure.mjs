// `npm run demo:vendure`: the demo site on a live Vendure. Starts the test-only Vendure
// server (port KONTOR_VENDURE_PORT, default 3100) and the demo's Vite dev server on
// 127.0.0.1:5174 with every page configured for the Vendure adapter; Ctrl+C stops both.
// Install Vendure first with `npm ci --prefix tools/vendure-backend`.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root } from './lib/run.mjs';
import { startVendure } from './lib/vendure-server.mjs';

const port = Number(process.env.KONTOR_VENDURE_PORT ?? 3100);
const demoPort = process.env.KONTOR_DEMO_PORT ?? '5174';
let vendure;
try {
  vendure = await startVendure({ port });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
console.log(`Vendure Shop API: ${vendure.url} (log in as buyer@kontor.test / kontor-buyer)`);
const vite = spawn(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), '--port', demoPort, '--strictPort'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, KONTOR_VENDURE_URL: vendure.url },
});
const stop = async (code) => {
  if (vite.exitCode === null) vite.kill('SIGTERM');
  await vendure.stop();
  process.exit(code);
};
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
vite.once('exit', (code) => void stop(code ?? 0));
