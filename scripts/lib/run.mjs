// Runs a command with inherited stdio and resolves with its exit code (never rejects), so
// callers decide whether a failure stops them.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * @param {string} command an executable, or the name of a binary in node_modules/.bin
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<number>}
 */
export function run(command, args, options = {}) {
  const local = join(root, 'node_modules', '.bin', command);
  const executable = command === 'node' ? process.execPath : local;
  return new Promise((resolveCode) => {
    const child = spawn(executable, args, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...options.env },
      // .bin entries are .cmd shims on Windows.
      shell: process.platform === 'win32',
    });
    child.once('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolveCode(1);
    });
    child.once('exit', (code, signal) => resolveCode(code ?? (signal ? 1 : 0)));
  });
}
