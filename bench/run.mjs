// `npm run bench`: runs every bench/*.bench.ts in turn with tsx and streams its output.
// Benchmarks print their own figures; they are never part of `npm test`.
//
//   node bench/run.mjs [names…] [arguments…]
//
// A word that is part of a bench file's name picks that bench (`vitals`); numbers and
// options (`-…`) go to each bench picked (`npm run bench:vitals -- 9`: nine runs).
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = join(benchDir, '..');
const benches = readdirSync(benchDir).filter((file) => file.endsWith('.bench.ts'));
const words = process.argv.slice(2);
const only = words.filter((word) => benches.some((file) => file.includes(word)));
const passed = words.filter((word) => !only.includes(word));
const unknown = passed.filter((word) => !/^(-|\d)/.test(word));
if (unknown.length > 0) {
  console.error(`No bench named ${unknown.join(', ')} (bench/*.bench.ts).`);
  process.exit(1);
}

const files = benches.filter((file) => only.length === 0 || only.some((name) => file.includes(name))).sort();

if (files.length === 0) {
  console.log('No benchmarks (bench/*.bench.ts) to run.');
  process.exit(0);
}

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const code = await new Promise((resolveCode) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(benchDir, file), ...passed], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', () => resolveCode(1));
    child.once('exit', (exitCode, signal) => resolveCode(exitCode ?? (signal ? 1 : 0)));
  });
  if (code !== 0) {
    failed += 1;
    console.error(`${file} exited with code ${code}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
