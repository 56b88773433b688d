/**
 * Command line entry of the Node host:
 * `tsx src/reference/node/cli.ts [--port 8787] [--data-dir .data] [--catalog-size 20000] [--demo]`.
 * Prints exactly one line, `Kontor API listening on <url>`, once it accepts requests.
 * `--demo` serves the demo routes (demo users, demo clock); without it they do not exist.
 */
import { parseArgs } from 'node:util';
import { startApiServer } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    'data-dir': { type: 'string', default: '.data' },
    'catalog-size': { type: 'string', default: '20000' },
    host: { type: 'string', default: '127.0.0.1' },
    demo: { type: 'boolean', default: false },
  },
});

function integer(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`--${name} needs a non-negative integer, got "${value}"\n`);
    process.exit(2);
  }
  return n;
}

const server = await startApiServer({
  port: integer('port', values.port),
  host: values.host,
  dataDir: values['data-dir'],
  catalogSize: integer('catalog-size', values['catalog-size']),
  demo: values.demo,
});
process.stdout.write(`Kontor API listening on ${server.url}\n`);

const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
