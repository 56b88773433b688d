// `npm run build:lib`: the ES module library (dist/lib), the CDN loader bundle (dist/cdn),
// the server renderer (dist/server) and the type declarations (dist/types). Stops at the
// first failing step.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root, run } from './lib/run.mjs';

/** @type {Array<{ name: string, command: string, args: string[], when?: () => boolean, skipNote?: string }>} */
const steps = [
  { name: 'library (dist/lib)', command: 'vite', args: ['build', '--mode', 'lib'] },
  {
    name: 'CDN loader (dist/cdn)',
    command: 'vite',
    args: ['build', '--mode', 'cdn'],
    when: () => existsSync(join(root, 'components', 'kontor.ts')),
    skipNote: 'components/kontor.ts does not exist yet',
  },
  { name: 'server renderer (dist/server)', command: 'vite', args: ['build', '--mode', 'server'] },
  { name: 'type declarations (dist/types)', command: 'tsc', args: ['-p', 'tsconfig.build.json'] },
];

for (const step of steps) {
  if (step.when && !step.when()) {
    console.log(`\n— ${step.name}: skipped (${step.skipNote})`);
    continue;
  }
  console.log(`\n— ${step.name}`);
  const code = await run(step.command, step.args);
  if (code !== 0) {
    console.error(`build:lib failed at: ${step.name}`);
    process.exit(code);
  }
}
