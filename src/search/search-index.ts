/**
 * The inverted index: a term dictionary with postings in compressed-row form (one typed
 * array of document ids and one of weights for all terms), plus columns for facets and
 * sorting. Built once; queries only read it.
 */
import { lexiconOf } from './lexicon.js';
import { fold, foldCode, indexTokens } from './normalize.js';
import type { IndexOptions, SearchDocument } from './types.js';

/** A text facet column: one value id per document (-1 when absent). */
export interface TextColumn {
  readonly ids: Int32Array;
  /** Display value per locale, by value id. */
  readonly values: readonly Readonly<Record<string, string>>[];
}

/** The built index. Fields are read by the query code in this folder. */
export interface SearchIndex {
  readonly options: IndexOptions;
  readonly size: number;
  readonly keys: readonly string[];
  readonly names: readonly Readonly<Record<string, string>>[];
  /** Term text by term id. */
  readonly terms: readonly string[];
  /** Term ids sorted by term text, for prefix ranges. */
  readonly sortedTerms: Uint32Array;
  readonly termIds: ReadonlyMap<string, number>;
  /** Postings of term t are `postingDocs[postingStart[t] .. postingStart[t + 1])`. */
  readonly postingStart: Uint32Array;
  readonly postingDocs: Uint32Array;
  readonly postingWeights: Uint8Array;
  /** 1 when the term occurs in a product name (completions come from these). */
  readonly nameTerms: Uint8Array;
  readonly codes: ReadonlyMap<string, number>;
  /** Searchable codes, sorted, with their document at the same position. */
  readonly codeList: readonly string[];
  readonly codeDocs: Uint32Array;
  readonly brands: TextColumn;
  /** Category ids per document, `categoryDepth` slots each, -1 padded. */
  readonly categoryIndex: readonly string[];
  readonly categorySlots: Int32Array;
  readonly categoryDepth: number;
  readonly textFacets: ReadonlyMap<string, TextColumn>;
  /** Numeric facet columns, NaN when absent. */
  readonly numericFacets: ReadonlyMap<string, Float64Array>;
  readonly prices: Float64Array;
  readonly availability: Float64Array;
  /** Small score bonus that orders equally relevant hits: in stock first, then bestsellers. */
  readonly tieBreak: Float64Array;
  /** Position of each document when sorted by name, per locale. */
  readonly nameRank: ReadonlyMap<string, Uint32Array>;
}

/** Weight of name tokens; other fields bring their own. */
const NAME_WEIGHT = 10;

class ColumnBuilder {
  readonly ids: Int32Array;
  readonly values: Record<string, string>[] = [];
  private readonly lookup = new Map<string, number>();
  /** Most values are shared objects; identity lookup skips building the string key. */
  private readonly byObject = new Map<object, number>();
  constructor(size: number) {
    this.ids = new Int32Array(size).fill(-1);
  }
  set(doc: number, value: Readonly<Record<string, string>>, locales: readonly string[]): void {
    const known = this.byObject.get(value);
    if (known !== undefined) {
      this.ids[doc] = known;
      return;
    }
    const key = locales.map((l) => value[l] ?? '').join('\u0000');
    let id = this.lookup.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.values.push({ ...value });
      this.lookup.set(key, id);
    }
    this.byObject.set(value, id);
    this.ids[doc] = id;
  }
}

/** Builds the index; linear in the total text size. */
export function buildIndex(documents: readonly SearchDocument[], options: IndexOptions): SearchIndex {
  const size = documents.length;
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const nameTermFlags: number[] = [];
  // Postings are gathered as flat (term, doc, weight) triples and then bucketed, which is
  // far cheaper than one growing array per term.
  let triples = new Uint32Array(1 << 16);
  let tripleCount = 0;
  const codes = new Map<string, number>();
  // Codes are unique per document; a sorted list serves their prefixes without bloating the
  // term dictionary with hundreds of thousands of one-document terms.
  const codePrefixes: [string, number][] = [];
  const brands = new ColumnBuilder(size);
  const textFacets = new Map<string, ColumnBuilder>();
  const numericFacets = new Map<string, Float64Array>();
  const categoryIndex: string[] = [];
  const categoryIds = new Map<string, number>();
  const categoryDepth = documents.reduce((depth, d) => Math.max(depth, d.categoryIds.length), 1);
  const categorySlots = new Int32Array(size * categoryDepth).fill(-1);
  const prices = new Float64Array(size);
  const availability = new Float64Array(size);
  const tieBreak = new Float64Array(size);
  const brandLocales = options.locales.slice(0, 1);
  const brandValues = new Map<string, Record<string, string>>();
  const brandValue = (brand: string): Record<string, string> => {
    let value = brandValues.get(brand);
    if (!value) brandValues.set(brand, (value = { [brandLocales[0] ?? '']: brand }));
    return value;
  };

  // Per-term stamps dedupe a document's terms without a Map per document.
  const termStamp: number[] = [];
  const termWeight: number[] = [];
  const docTermList: number[] = [];
  let currentDoc = -1;
  const termOf = (token: string, inName: boolean): number => {
    let id = termIds.get(token);
    if (id === undefined) {
      id = terms.length;
      terms.push(token);
      nameTermFlags.push(0);
      termStamp.push(-1);
      termWeight.push(0);
      termIds.set(token, id);
    }
    if (inName) nameTermFlags[id] = 1;
    return id;
  };
  // Names, family, category and attribute texts repeat across thousands of variants (the
  // same M8x40 bolt from several brands): tokenize each distinct text once.
  const nameCache = new Map<string, number[]>();
  const textCache = new Map<string, number[]>();
  const addTerms = (ids: readonly number[], weight: number): void => {
    for (const id of ids) {
      if (termStamp[id] !== currentDoc) {
        termStamp[id] = currentDoc;
        termWeight[id] = weight;
        docTermList.push(id);
      } else if ((termWeight[id] as number) < weight) termWeight[id] = weight;
    }
  };
  const addText = (text: string, weight: number, inName = false): void => {
    const cache = inName ? nameCache : textCache;
    let ids = cache.get(text);
    if (!ids) cache.set(text, (ids = indexTokens(text).map((token) => termOf(token, inName))));
    addTerms(ids, weight);
  };
  for (let doc = 0; doc < size; doc++) {
    const d = documents[doc] as SearchDocument;
    currentDoc = doc;
    docTermList.length = 0;
    for (const locale of options.locales) addText(d.names[locale] ?? '', NAME_WEIGHT, true);
    for (const t of d.texts) addText(t.text, t.weight);
    for (const code of d.codes) codes.set(foldCode(code), doc);
    for (const code of d.searchableCodes ?? d.codes) codePrefixes.push([foldCode(code), doc]);
    if (tripleCount + docTermList.length * 3 > triples.length) {
      const grown = new Uint32Array(Math.max(triples.length * 2, tripleCount + docTermList.length * 3));
      grown.set(triples);
      triples = grown;
    }
    for (const term of docTermList) {
      triples[tripleCount++] = term;
      triples[tripleCount++] = doc;
      triples[tripleCount++] = termWeight[term] as number;
    }
    brands.set(doc, brandValue(d.brand), brandLocales);
    d.categoryIds.forEach((id, level) => {
      let index = categoryIds.get(id);
      if (index === undefined) {
        index = categoryIndex.length;
        categoryIndex.push(id);
        categoryIds.set(id, index);
      }
      categorySlots[doc * categoryDepth + level] = index;
    });
    for (const [key, value] of Object.entries(d.textFacets)) {
      let column = textFacets.get(key);
      if (!column) textFacets.set(key, (column = new ColumnBuilder(size)));
      column.set(doc, value, options.locales);
    }
    for (const [key, value] of Object.entries(d.numericFacets)) {
      let column = numericFacets.get(key);
      if (!column) numericFacets.set(key, (column = new Float64Array(size).fill(NaN)));
      column[doc] = value;
    }
    prices[doc] = d.price;
    availability[doc] = d.availability;
    // Far below the smallest difference of two term weights (0.05), so it only breaks ties.
    tieBreak[doc] = (d.availability > 0 ? 0.01 : 0) + 0.005 * Math.min(1, Math.max(0, d.popularity ?? 0));
  }
  const postingCount = tripleCount / 3;
  const postingStart = new Uint32Array(terms.length + 1);
  for (let i = 0; i < tripleCount; i += 3) {
    const slot = triples[i]! + 1;
    postingStart[slot] = postingStart[slot]! + 1;
  }
  const index = finish();
  lexiconOf(index);
  return index;

  function finish(): SearchIndex {
    for (let t = 1; t <= terms.length; t++) postingStart[t] = (postingStart[t] as number) + (postingStart[t - 1] as number);
    const fill = postingStart.slice(0, terms.length);
    const postingDocs = new Uint32Array(postingCount);
    const postingWeights = new Uint8Array(postingCount);
    for (let i = 0; i < tripleCount; i += 3) {
      const term = triples[i] as number;
      const at = fill[term] as number;
      fill[term] = at + 1;
      postingDocs[at] = triples[i + 1] as number;
      postingWeights[at] = triples[i + 2] as number;
    }
    const sortedTerms = Uint32Array.from(terms.keys()).sort((a, b) => {
      const x = terms[a] as string;
      const y = terms[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    codePrefixes.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const nameRank = new Map<string, Uint32Array>();
    // Folded code-unit order instead of a collator: ten times faster on 100k names and
    // equivalent once case and diacritics are folded away.
    // Names repeat a lot, so only distinct names are sorted; equal names share a rank.
    for (const locale of options.locales) {
      const distinct = new Map<string, number>();
      for (const d of documents) distinct.set(d.names[locale] ?? '', 0);
      const folded = [...distinct.keys()].map((name) => [fold(name), name] as const);
      folded.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      folded.forEach(([, name], position) => distinct.set(name, position));
      const rank = new Uint32Array(size);
      documents.forEach((d, doc) => (rank[doc] = distinct.get(d.names[locale] ?? '') ?? 0));
      nameRank.set(locale, rank);
    }
    const freeze = (b: ColumnBuilder) => ({ ids: b.ids, values: b.values });
    return {
      options,
      size,
      keys: documents.map((d) => d.key),
      names: documents.map((d) => d.names),
      terms,
      sortedTerms,
      termIds,
      postingStart,
      postingDocs,
      postingWeights,
      nameTerms: Uint8Array.from(nameTermFlags),
      codes,
      codeList: codePrefixes.map((c) => c[0]),
      codeDocs: Uint32Array.from(codePrefixes, (c) => c[1]),
      brands: freeze(brands),
      categoryIndex,
      categorySlots,
      categoryDepth,
      textFacets: new Map([...textFacets].map(([k, b]) => [k, freeze(b)] as const)),
      numericFacets,
      prices,
      availability,
      tieBreak,
      nameRank,
    };
  }
}
