/**
 * Phase 2 of the index: the term dictionary with postings in compressed-row form (one typed
 * array of document ids and one of weights for all terms) and the code lookups. It is the
 * costly part (tokenizing every text), so it is built by a resumable builder: in slices
 * that leave the thread free between them, or all at once.
 */
import { foldCode, indexTokens } from './normalize.js';
import type { IndexOptions, SearchDocument } from './types.js';

/** What free-text matching reads. */
export interface TextIndex {
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
}

/** Weight of name tokens; other fields bring their own. */
const NAME_WEIGHT = 10;

/** Documents tokenized between two looks at the clock. */
const DOCS_PER_CHECK = 64;

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds a {@link TextIndex} step by step; linear in the total text size. Documents are
 * tokenized in order, then the postings are bucketed and the dictionaries sorted, each of
 * those one step.
 */
export class TextIndexBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly nameTermFlags: number[] = [];
  // Postings are gathered as flat (term, doc, weight) triples and then bucketed, which is
  // far cheaper than one growing array per term.
  private triples = new Uint32Array(1 << 16);
  private tripleCount = 0;
  private readonly codes = new Map<string, number>();
  // Codes are unique per document; a sorted list serves their prefixes without bloating the
  // term dictionary with hundreds of thousands of one-document terms.
  private readonly codePrefixes: [string, number][] = [];
  // Per-term stamps dedupe a document's terms without a Map per document.
  private readonly termStamp: number[] = [];
  private readonly termWeight: number[] = [];
  private readonly docTermList: number[] = [];
  private currentDoc = -1;
  // Names, family, category and attribute texts repeat across thousands of variants (the
  // same M8x40 bolt from several brands): tokenize each distinct text once.
  private readonly nameCache = new Map<string, number[]>();
  private readonly textCache = new Map<string, number[]>();
  private nextDoc = 0;
  private postings: Pick<TextIndex, 'postingStart' | 'postingDocs' | 'postingWeights'> | undefined;
  private sortedTerms: Uint32Array | undefined;
  private codesSorted = false;
  private result: TextIndex | undefined;

  constructor(
    private readonly documents: readonly SearchDocument[],
    private readonly options: IndexOptions,
  ) {}

  /** True once {@link step} has built everything. */
  get done(): boolean {
    return this.result !== undefined;
  }

  /**
   * Builds on until `deadline` (a `performance.now()` time) has passed or the index is done;
   * returns whether it is done. Each call does at least a little work.
   */
  step(deadline: number): boolean {
    while (!this.result) {
      this.advance();
      if (performance.now() >= deadline) break;
    }
    return this.result !== undefined;
  }

  /** The finished index, building whatever is left now. */
  finish(): TextIndex {
    this.step(Infinity);
    return this.result as TextIndex;
  }

  /** One unit of work: a batch of documents, or one of the closing steps. */
  private advance(): void {
    const size = this.documents.length;
    if (this.nextDoc < size) {
      const end = Math.min(size, this.nextDoc + DOCS_PER_CHECK);
      for (; this.nextDoc < end; this.nextDoc++) this.addDocument(this.nextDoc);
    } else if (!this.postings) this.postings = this.bucketPostings();
    else if (!this.sortedTerms) {
      const terms = this.terms;
      this.sortedTerms = Uint32Array.from(terms.keys()).sort((a, b) => byText(terms[a] as string, terms[b] as string));
    } else if (!this.codesSorted) {
      this.codePrefixes.sort((a, b) => byText(a[0], b[0]));
      this.codesSorted = true;
    } else {
      this.result = {
        terms: this.terms,
        sortedTerms: this.sortedTerms,
        termIds: this.termIds,
        ...this.postings,
        nameTerms: Uint8Array.from(this.nameTermFlags),
        codes: this.codes,
        codeList: this.codePrefixes.map((c) => c[0]),
        codeDocs: Uint32Array.from(this.codePrefixes, (c) => c[1]),
      };
      this.triples = new Uint32Array(0);
    }
  }

  private termOf(token: string, inName: boolean): number {
    let id = this.termIds.get(token);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(token);
      this.nameTermFlags.push(0);
      this.termStamp.push(-1);
      this.termWeight.push(0);
      this.termIds.set(token, id);
    }
    if (inName) this.nameTermFlags[id] = 1;
    return id;
  }

  private addText(text: string, weight: number, inName: boolean): void {
    const cache = inName ? this.nameCache : this.textCache;
    let ids = cache.get(text);
    if (!ids) cache.set(text, (ids = indexTokens(text).map((token) => this.termOf(token, inName))));
    const { termStamp, termWeight, docTermList, currentDoc } = this;
    for (const id of ids) {
      if (termStamp[id] !== currentDoc) {
        termStamp[id] = currentDoc;
        termWeight[id] = weight;
        docTermList.push(id);
      } else if ((termWeight[id] as number) < weight) termWeight[id] = weight;
    }
  }

  private addDocument(doc: number): void {
    const d = this.documents[doc] as SearchDocument;
    this.currentDoc = doc;
    this.docTermList.length = 0;
    for (const locale of this.options.locales) this.addText(d.names[locale] ?? '', NAME_WEIGHT, true);
    for (const t of d.texts) this.addText(t.text, t.weight, false);
    for (const code of d.codes) this.codes.set(foldCode(code), doc);
    for (const code of d.searchableCodes ?? d.codes) this.codePrefixes.push([foldCode(code), doc]);
    const needed = this.tripleCount + this.docTermList.length * 3;
    if (needed > this.triples.length) {
      const grown = new Uint32Array(Math.max(this.triples.length * 2, needed));
      grown.set(this.triples);
      this.triples = grown;
    }
    const triples = this.triples;
    for (const term of this.docTermList) {
      triples[this.tripleCount++] = term;
      triples[this.tripleCount++] = doc;
      triples[this.tripleCount++] = this.termWeight[term] as number;
    }
  }

  private bucketPostings(): Pick<TextIndex, 'postingStart' | 'postingDocs' | 'postingWeights'> {
    const { triples, tripleCount, terms } = this;
    const postingStart = new Uint32Array(terms.length + 1);
    for (let i = 0; i < tripleCount; i += 3) {
      const slot = triples[i]! + 1;
      postingStart[slot] = postingStart[slot]! + 1;
    }
    for (let t = 1; t <= terms.length; t++) postingStart[t] = postingStart[t]! + postingStart[t - 1]!;
    const fill = postingStart.slice(0, terms.length);
    const postingCount = tripleCount / 3;
    const postingDocs = new Uint32Array(postingCount);
    const postingWeights = new Uint8Array(postingCount);
    for (let i = 0; i < tripleCount; i += 3) {
      const term = triples[i]!;
      const at = fill[term]!;
      fill[term] = at + 1;
      postingDocs[at] = triples[i + 1]!;
      postingWeights[at] = triples[i + 2]!;
    }
    return { postingStart, postingDocs, postingWeights };
  }
}
