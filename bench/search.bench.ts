/**
 * Kontor's search engine side by side with MiniSearch and FlexSearch on the 100,000-SKU
 * generated catalog: build time, heap, serialized size; p50/p95 latency of top-10 typeahead
 * and of all hits with facet counts per query class; quality (hit@1, recall@10) on the
 * labelled set of bench/lib/search-queries.ts. Run with `npm run bench:search`.
 *
 * Fairness: all three index the same texts (names in both languages, family, brand,
 * category and attribute texts, SKU, MPN, EAN). MiniSearch and FlexSearch get the options
 * their docs recommend for this job (prefix + fuzzy + AND with OR fallback; forward
 * tokenizer with the balanced Latin encoder and `suggest`); diacritics are folded for both.
 * Facet counts for all three use the same counting code over each engine's hits, so the
 * latency difference is the engine's matching alone.
 */
import { gzipSync } from 'node:zlib';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import MiniSearch from 'minisearch';
import { Charset, Index as FlexIndex } from 'flexsearch';
import { generateCatalog } from '../src/reference/catalog/generate.js';
import { catalogDocuments } from '../src/reference/catalog/search-documents.js';
import { buildIndex, search, serializeIndex, suggest, type SearchDocument, type SearchIndex } from '../src/search/index.js';
import { countFacets, defaultFacetKeys } from '../src/search/facets.js';
import { printTable, summarize } from './lib/stats.js';
import { labelledQueries, QUERY_CLASSES, type LabelledQuery, type QueryClass } from './lib/search-queries.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const SIZE = Number(process.env.KONTOR_BENCH_SIZE ?? 100_000);
const RUNS = Number(process.env.KONTOR_BENCH_RUNS ?? 15);
/** Comma-separated engines to run (default all three), for quick runs of one. */
const ONLY = (process.env.KONTOR_BENCH_ENGINES ?? 'kontor,minisearch,flexsearch').split(',');

/** What each engine offers the benchmark. */
interface Engine {
  readonly name: string;
  /** Top-10 typeahead: SKUs, best first. */
  top10(text: string): string[];
  /** All hits with facet counts; returns the hit count. */
  all(text: string): number;
  serializedBytes(): Promise<{ raw: number; gzip: number }>;
}

const catalog = generateCatalog({ size: SIZE });
const { documents, options } = catalogDocuments(catalog);
const queries = labelledQueries(catalog);
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const flatName = (d: SearchDocument) => Object.values(d.names).join(' ');
const flatText = (d: SearchDocument) => [...d.texts.map((t) => t.text), ...d.codes].join(' ');

const results: { engine: string; build: number; heap: number; size: { raw: number; gzip: number } }[] = [];
const latency = new Map<string, Map<QueryClass, { top: number[]; all: number[] }>>();
const quality = new Map<string, Map<QueryClass, { hit1: number[]; recall: number[] }>>();

function facetIndexFor(): SearchIndex {
  return ours ?? buildIndex(documents, options);
}
let ours: SearchIndex | undefined;

async function measure(name: string, create: () => Engine): Promise<void> {
  if (!ONLY.includes(name)) return;
  const before = heapAfterGc();
  const start = performance.now();
  const engine = create();
  const buildMs = performance.now() - start;
  const heap = heapAfterGc() - before;
  results.push({ engine: name, build: buildMs, heap, size: await engine.serializedBytes() });
  const byClass = new Map<QueryClass, { top: number[]; all: number[] }>();
  const q = new Map<QueryClass, { hit1: number[]; recall: number[] }>();
  for (const query of queries) {
    const top = engine.top10(query.text);
    const score = q.get(query.kind) ?? { hit1: [], recall: [] };
    score.hit1.push(top[0] !== undefined && query.expected.has(top[0]) ? 1 : 0);
    score.recall.push(top.filter((sku) => query.expected.has(sku)).length / Math.min(10, query.expected.size));
    q.set(query.kind, score);
    // Warm once, then time.
    engine.all(query.text);
    const times = byClass.get(query.kind) ?? { top: [], all: [] };
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      engine.top10(query.text);
      times.top.push(performance.now() - t);
      t = performance.now();
      engine.all(query.text);
      times.all.push(performance.now() - t);
    }
    byClass.set(query.kind, times);
  }
  latency.set(name, byClass);
  quality.set(name, q);
}

// --- Kontor ---------------------------------------------------------------------------
await measure('kontor', () => {
  const index = buildIndex(documents, options);
  ours = index;
  return {
    name: 'kontor',
    top10: (text) => suggest(index, text, { limit: 10 }).hits.map((h) => h.key),
    all: (text) => search(index, { text, limit: 10 }).total,
    serializedBytes: async () => {
      const text = serializeIndex(index);
      return { raw: text.length, gzip: gzipSync(text).length };
    },
  };
});

const facetIndex = facetIndexFor();
const facetKeys = defaultFacetKeys(facetIndex);
const countFor = (docs: readonly number[]): number => {
  countFacets(facetIndex, facetKeys, Uint32Array.from(docs), 'de');
  return docs.length;
};

// --- MiniSearch -----------------------------------------------------------------------
await measure('minisearch', () => {
  const mini = new MiniSearch<{ id: number; name: string; text: string }>({
    fields: ['name', 'text'],
    processTerm: (term) => fold(term),
    searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { name: 2 } },
  });
  mini.addAll(documents.map((d, id) => ({ id, name: flatName(d), text: flatText(d) })));
  const run = (text: string) => {
    const and = mini.search(text);
    // The docs' advice for "nothing found": retry with OR.
    return and.length > 0 ? and : mini.search(text, { combineWith: 'OR' });
  };
  return {
    name: 'minisearch',
    top10: (text) => run(text).slice(0, 10).map((r) => documents[r.id as number]!.key),
    all: (text) => countFor(run(text).map((r) => r.id as number)),
    serializedBytes: async () => {
      const text = JSON.stringify(mini);
      return { raw: text.length, gzip: gzipSync(text).length };
    },
  };
});

// --- FlexSearch -----------------------------------------------------------------------
await measure('flexsearch', () => {
  const flex = new FlexIndex({ tokenize: 'forward', encoder: Charset.LatinBalance, resolution: 9 });
  documents.forEach((d, id) => flex.add(id, `${flatName(d)} ${flatText(d)}`));
  const run = (text: string, limit: number) => flex.search(text, { limit, suggest: true }) as number[];
  return {
    name: 'flexsearch',
    top10: (text) => run(text, 10).map((id) => documents[id]!.key),
    all: (text) => countFor(run(text, documents.length)),
    serializedBytes: async () => {
      let raw = 0;
      const chunks: string[] = [];
      await flex.export((_key: string, data: string) => {
        raw += data?.length ?? 0;
        chunks.push(data ?? '');
      });
      return { raw, gzip: gzipSync(chunks.join('')).length };
    },
  };
});

// --- Engine code size -------------------------------------------------------------------
const bundle = await build({ entryPoints: ['src/search/index.ts'], bundle: true, minify: true, format: 'esm', write: false, platform: 'neutral' });
const code = bundle.outputFiles[0]!.contents;
const withoutMetaphone = await build({
  entryPoints: ['src/search/index.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  platform: 'neutral',
  external: ['double-metaphone'],
});

// --- Tables -------------------------------------------------------------------------------
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
console.log(`\nSearch engines on ${SIZE.toLocaleString('en')} SKUs, ${queries.length} labelled queries, ${RUNS} timed runs each (Node ${process.version})\n`);
printTable(
  ['engine', 'build ms', 'heap MB', 'serialized MB', 'gzip MB'],
  results.map((r) => [r.engine, r.build.toFixed(0), mb(r.heap), mb(r.size.raw), mb(r.size.gzip)]),
);
console.log(
  `\nkontor engine code: ${(gzipSync(code).length / 1024).toFixed(1)} KB gzip minified (${(gzipSync(withoutMetaphone.outputFiles[0]!.contents).length / 1024).toFixed(1)} KB without the double-metaphone package)\n`,
);
const engines = results.map((r) => r.engine);
const ms = (v: number) => v.toFixed(2);
printTable(
  ['class', 'queries', ...engines.flatMap((e) => [`${e} top10 p50`, 'p95']), ...engines.flatMap((e) => [`${e} all+facets p50`, 'p95'])],
  [...QUERY_CLASSES, 'all' as const].map((kind) => {
    const pick = (engine: string, field: 'top' | 'all') => {
      const byClass = latency.get(engine)!;
      const samples = kind === 'all' ? [...byClass.values()].flatMap((t) => t[field]) : (byClass.get(kind)?.[field] ?? []);
      return summarize(samples.length > 0 ? samples : [NaN]);
    };
    const count = kind === 'all' ? queries.length : queries.filter((q) => q.kind === kind).length;
    return [
      kind,
      String(count),
      ...engines.flatMap((e) => {
        const s = pick(e, 'top');
        return [ms(s.median), ms(s.p95)];
      }),
      ...engines.flatMap((e) => {
        const s = pick(e, 'all');
        return [ms(s.median), ms(s.p95)];
      }),
    ];
  }),
);
console.log('');
const mean = (xs: readonly number[]) => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);
printTable(
  ['class', ...engines.flatMap((e) => [`${e} hit@1`, 'recall@10'])],
  [...QUERY_CLASSES, 'all' as const].map((kind) => [
    kind,
    ...engines.flatMap((e) => {
      const byClass = quality.get(e)!;
      const scores = kind === 'all' ? [...byClass.values()] : [byClass.get(kind) ?? { hit1: [], recall: [] }];
      return [mean(scores.flatMap((s) => s.hit1)).toFixed(2), mean(scores.flatMap((s) => s.recall)).toFixed(2)];
    }),
  ]),
);
if (process.env.KONTOR_BENCH_MISSES) {
  for (const query of queries as LabelledQuery[]) {
    const top = suggest(ours!, query.text, { limit: 10 }).hits.map((h) => h.key);
    const hits = top.filter((sku) => query.expected.has(sku)).length;
    if (hits < Math.min(10, query.expected.size)) console.log(`kontor miss: [${query.kind}] ${query.text}: ${hits}/${Math.min(10, query.expected.size)}`);
  }
}
