// One Vite config, five jobs, chosen by --mode:
//   (serve)      `vite`               the demo site with root demo/, on 127.0.0.1:5173
//   demo         `vite build --mode demo`  static multi-page build of demo/ into dist/demo
//   lib          `vite build --mode lib`   ES modules, one entry per element and SDK module,
//                                          shared chunks, minified, into dist/lib
//   cdn          `vite build --mode cdn`   the lazy loader components/kontor.ts with
//                                          code-split chunks, sdk/pwa.js and the service
//                                          worker sw.js into dist/cdn
//   server       `vite build --mode server`  the server renderer (`kontor/server`, Node)
//                                          into dist/server
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { cdnPwa, demoPwa } from './demo/pwa.config.js';
import { preloadChunkGraph } from './scripts/preload-chunk-graph.js';
import { startSnapshotRenderer, type SnapshotRenderer } from './demo/snapshot-renderer.js';

const root = dirname(fileURLToPath(import.meta.url));
const demoDir = join(root, 'demo');

/** Folders directly under `dir` (none when `dir` does not exist yet). */
function folders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Library entries: `components/<name>/<name>.ts` per element folder, `sdk/<name>/index.ts`
 * per SDK module, and the two core entry points. Missing files are skipped so the build
 * works while the folders are still being written.
 */
export function libraryEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  const add = (name: string, file: string): void => {
    const path = join(root, file);
    if (existsSync(path)) entries[name] = path;
  };
  add('index', 'src/index.ts');
  add('commerce', 'src/commerce/index.ts');
  add('contract-suite', 'src/commerce/contract-suite.ts');
  for (const name of folders(join(root, 'components'))) {
    add(`components/${name}`, `components/${name}/${name}.ts`);
  }
  for (const name of folders(join(root, 'sdk'))) {
    add(`sdk/${name}`, `sdk/${name}/index.ts`);
  }
  return entries;
}

/** Every demo/*.html page is an input of the multi-page demo build. */
function demoPages(): Record<string, string> {
  if (!existsSync(demoDir)) return {};
  return Object.fromEntries(
    readdirSync(demoDir)
      .filter((file) => file.endsWith('.html'))
      .map((file) => [file.slice(0, -'.html'.length), join(demoDir, file)]),
  );
}

/**
 * Demo pages refer to the source tree as `/components/...`, `/src/...`, `/sdk/...` (the
 * dev server's root is demo/), so map those URLs onto the repository in dev and build.
 */
const repoAliases = [
  { find: /^\/(components|src|sdk)\//, replacement: `${root.replaceAll('\\', '/')}/$1/` },
];

/**
 * In dev, a module outside the root is served as `/@fs/<absolute path>`, which is what the
 * alias above turns `import '/components/…'` into. A page's `<script src="/components/…">`
 * must use that same URL, or the browser loads the module twice and the second
 * `customElements.define` throws. (The build bundles by file path, so it needs no rewrite.)
 */
function demoSourceUrls(): Plugin {
  const fsRoot = `/@fs${root.replaceAll('\\', '/')}`;
  return {
    name: 'kontor-demo-source-urls',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace(/(\s(?:src|href)=["'])\/(components|src|sdk)\//g, `$1${fsRoot}/$2/`),
    },
  };
}

/** Attributes of a module script tag other than `type`, `src` and `crossorigin`, as written. */
function scriptAttributes(tag: string): string {
  return tag
    .replace(/^<script|>$/g, '')
    .replace(/\s(?:type|src|crossorigin)(?:=(?:"[^"]*"|'[^']*'|[^\s>]*))?/g, '')
    .trim();
}

/**
 * The build bundles a page's module scripts into chunks and writes new script tags, dropping
 * the attributes the pages set on theirs: `blocking="render"` (the personalization slot
 * decides before the first paint) and the loader's `data-kontor data-backend=…` (read by
 * components/kontor.ts from its own tag). These two steps put each tag's attributes back on
 * the tag of the chunk that now holds its module.
 */
function keepScriptAttributes(): Plugin[] {
  const written = new Map<string, { file: string; attributes: string }[]>();
  const moduleFile = (page: string, src: string): string =>
    /^\/(components|src|sdk)\//.test(src) ? join(root, src) : resolve(dirname(page), src.replace(/^\//, ''));
  return [
    {
      name: 'kontor-script-attributes-read',
      apply: 'build',
      transformIndexHtml: {
        order: 'pre',
        handler: (html, ctx) => {
          const scripts = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"[^>]*>/g)]
            .map(([tag, src]) => ({ file: moduleFile(ctx.filename, src ?? ''), attributes: scriptAttributes(tag) }))
            .filter((script) => script.attributes !== '');
          written.set(ctx.filename, scripts);
          return html;
        },
      },
    },
    {
      name: 'kontor-script-attributes-write',
      apply: 'build',
      transformIndexHtml: {
        order: 'post',
        handler: (html, ctx) => {
          let out = html;
          for (const script of written.get(ctx.filename) ?? []) {
            const chunk = Object.values(ctx.bundle ?? {}).find((item) => item.type === 'chunk' && item.moduleIds.includes(script.file));
            if (!chunk) throw new Error(`${ctx.filename}: no chunk holds ${script.file}, so its script attributes (${script.attributes}) would be lost`);
            const tag = new RegExp(`<script\\b([^>]*)\\bsrc="([^"]*/)?${chunk.fileName.split('/').pop()!.replace(/[.$]/g, '\\$&')}"([^>]*)>`);
            if (!tag.test(out)) throw new Error(`${ctx.filename}: no script tag for ${chunk.fileName}, so its attributes (${script.attributes}) would be lost`);
            out = out.replace(tag, (whole) => whole.replace(/>$/, ` ${script.attributes}>`));
          }
          return out;
        },
      },
    },
  ];
}

/**
 * Puts a page's render-blocking module scripts (the personalization slot's) before its other
 * module scripts. The build writes a page's script tags in an order of its own; module scripts
 * run in document order, and the first paint waits for the render-blocking one, so with the
 * slot's last the page's other scripts ran before the first paint too: the home page painted
 * about 40 ms later at 4x CPU throttling. Imports between chunks do not depend on tag order.
 */
function renderBlockingScriptsFirst(): Plugin {
  const moduleScript = /<script\b[^>]*\btype="module"[^>]*><\/script>\s*/g;
  return {
    name: 'kontor-render-blocking-scripts-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const isBlocking = (tag: string) => /\sblocking="render"/.test(tag);
        const scripts = [...html.matchAll(moduleScript)].map((match) => ({ tag: match[0], index: match.index }));
        const blocking = scripts.filter(({ tag }) => isBlocking(tag)).map(({ tag }) => tag);
        const first = scripts[0];
        if (!first || blocking.length === 0 || isBlocking(first.tag)) return html;
        // Taking out tags after the first leaves the first where it was.
        const others = html.replace(moduleScript, (tag) => (isBlocking(tag) ? '' : tag));
        return others.slice(0, first.index) + blocking.join('') + others.slice(first.index);
      },
    },
  };
}

/**
 * Vite's library mode leaves `process.env.NODE_ENV` alone so that consumers can set it,
 * but nanostores reads it unguarded and a browser has no `process`: fix it at build time.
 */
const productionDefine = { 'process.env.NODE_ENV': JSON.stringify('production') };

const shared: UserConfig = {
  // TypeScript (with the legacy decorators set in tsconfig.json) is compiled by Vite's
  // built-in transform, which reads tsconfig.json per file. Module workers stay ES modules
  // and are emitted as files of their own.
  worker: { format: 'es' },
  resolve: { alias: repoAliases },
  clearScreen: false,
};

/**
 * `npm run demo:vendure` sets KONTOR_VENDURE_URL: every demo page then loads demo/vendure.ts,
 * which configures the Vendure adapter, right before Kontor's loader.
 */
function vendureDemo(shopApiUrl: string | undefined): Plugin[] {
  if (!shopApiUrl) return [];
  const attribute = shopApiUrl.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return [
    {
      name: 'kontor-demo-vendure',
      transformIndexHtml: {
        order: 'pre',
        handler: (html) =>
          html.replace(/(\n\s*)(<script type="module" src="\/components\/kontor\.ts")/, `$1<script type="module" src="./vendure.ts" data-shop-api="${attribute}"></script>$1$2`),
      },
    },
  ];
}

/**
 * `npm start`: a page with a product listing comes with the listing's first results drawn in
 * its HTML, from the reference backend on the dev server, as a CMS renders such a page
 * (docs/server-rendering.md). Not with the Vendure demo, whose products differ.
 */
function serverRenderedListings(): Plugin[] {
  if (process.env.KONTOR_VENDURE_URL) return [];
  let renderer: SnapshotRenderer | undefined;
  return [
    {
      name: 'kontor-demo-server-render',
      apply: 'serve',
      configureServer(server) {
        server.httpServer?.once('close', () => void renderer?.close());
      },
      transformIndexHtml: {
        // After Vite's own HTML processing, which would take the drawing's styles for the page's.
        order: 'post',
        handler: (html, ctx) => {
          if (!html.includes('<kontor-product-listing')) return html;
          renderer ??= startSnapshotRenderer();
          return renderer.renderInto(html, new URL(ctx.originalUrl ?? ctx.path, 'http://127.0.0.1'));
        },
      },
    },
  ];
}

/** The modules `components/slot/slot.ts` needs to decide a variant (docs/personalization.md). */
const RENDER_BLOCKING_MODULES =
  /[\\/](components[\\/]slot[\\/]slot|components[\\/]shared[\\/](define|events)|sdk[\\/]consent[\\/][\w-]+|sdk[\\/]personalization[\\/](index|engine|profile|segments|snapshot))\.ts$/;

/** What every page's script needs before its first paint, besides its own code. */
const FIRST_PAINT_MODULES = /[\\/]components[\\/]shared[\\/]first-paint\.ts$|vite[\\/]preload-helper/;

function demoConfig(): UserConfig {
  return {
    ...shared,
    root: demoDir,
    // The service worker and manifest (docs/pwa.md) belong to the demo build alone.
    plugins: [...vendureDemo(process.env.KONTOR_VENDURE_URL), demoSourceUrls(), ...keepScriptAttributes(), renderBlockingScriptsFirst(), ...demoPwa(root), ...serverRenderedListings()],
    // Relative asset URLs: the built demo works from any directory of a static host.
    base: './',
    // demo/public/ (favicon, product images under /media/…) is served as is at the site root.
    publicDir: join(demoDir, 'public'),
    server: {
      host: '127.0.0.1',
      port: 5173,
      strictPort: true,
      fs: { allow: [root] },
    },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
    build: {
      target: 'es2022',
      outDir: join(root, 'dist', 'demo'),
      emptyOutDir: true,
      rolldownOptions: {
        input: demoPages(),
        output: {
          // The render-blocking slot script holds back the first paint until its module graph
          // has loaded: keep that graph to the slot and the personalization core, instead of
          // the chunks the bundler would otherwise share with the site's script and the loader.
          // The slot's graph would also take in what it shares with every page's script (the
          // first-paint wait, the bundler's preload helper), and every page would then evaluate
          // the personalization core before its first paint: those go in a chunk of their own.
          codeSplitting: {
            groups: [
              { name: 'first-paint', test: FIRST_PAINT_MODULES, priority: 1 },
              { name: 'slot', test: RENDER_BLOCKING_MODULES },
            ],
          },
        },
      },
    },
  };
}

/**
 * Library and CDN builds use Vite's library mode (no preload helper, entry exports kept),
 * but library mode keeps whitespace in ES output, and the size budgets must measure what a
 * browser downloads: ask the bundler for full minification directly. `/* @__PURE__ *\/`
 * annotations survive, so consumers' bundlers can still tree-shake.
 */
function moduleBuild(outDir: string, entry: Record<string, string>): UserConfig {
  return {
    ...shared,
    root,
    // Relative URLs for chunks and worker files: the output can be hosted under any path.
    base: './',
    publicDir: false,
    define: productionDefine,
    build: {
      target: 'es2022',
      outDir: join(root, 'dist', outDir),
      emptyOutDir: true,
      minify: true,
      sourcemap: true,
      // The manifest lists each entry's static imports; .size-limit.mjs budgets an element
      // together with the shared chunks (Lit, stores) it needs.
      manifest: true,
      lib: {
        entry,
        formats: ['es'],
        fileName: (_format, entryName) => `${entryName}.js`,
      },
      rolldownOptions: {
        output: {
          minify: true,
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  };
}

const libConfig = (): UserConfig => moduleBuild('lib', libraryEntries());

/**
 * The CDN build: the loader, the PWA helpers a CMS page registers the service worker with,
 * and the service worker itself (`sw.js`, built after the bundle so it precaches it).
 */
const cdnConfig = (): UserConfig => {
  const config = moduleBuild('cdn', { kontor: resolve(root, 'components/kontor.ts'), 'sdk/pwa': resolve(root, 'sdk/pwa/index.ts') });
  // KONTOR_CDN_LEVEL_BY_LEVEL=1 leaves the chunk graph to the browser, for bench/cdn-latency.bench.ts to compare.
  const preload = process.env.KONTOR_CDN_LEVEL_BY_LEVEL === '1' ? [] : [preloadChunkGraph()];
  return { ...config, plugins: [...preload, cdnPwa(root)] };
};

/**
 * The server renderer for Node (`kontor/server`): the listing's modules with Lit's server
 * build. Dependencies stay imports, resolved from the installing project's node_modules,
 * where Lit's `node` export condition picks its server build.
 */
const serverConfig = (): UserConfig => ({
  ...shared,
  root,
  publicDir: false,
  define: productionDefine,
  build: {
    ssr: resolve(root, 'components/server.ts'),
    target: 'node20',
    outDir: join(root, 'dist', 'server'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // The entry exports its API only; code its chunks share with it goes to a chunk.
      preserveEntrySignatures: 'strict',
      output: {
        entryFileNames: 'index.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});

export default defineConfig(({ mode }) => {
  switch (mode) {
    case 'lib':
      return libConfig();
    case 'cdn':
      return cdnConfig();
    case 'server':
      return serverConfig();
    default:
      return demoConfig();
  }
});
