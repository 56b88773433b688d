/**
 * Index serialization: a JSON text with typed arrays as base64, so a built index can be
 * stored (IndexedDB, a file, a CDN) and restored without re-tokenizing the catalog.
 * Lookup maps and the fuzzy lexicon are derived again on restore, the name order on first
 * use; they cost milliseconds.
 */
import { lexiconOf } from './lexicon.js';
import type { IndexColumns, SearchIndex, TextIndex } from './search-index.js';

/**
 * Format version; a restore of another version fails instead of returning wrong hits. Bump
 * it when what an index holds changes too (tokens, columns): caches of serialized indexes
 * are keyed by it where no content hash is at hand (the embedded backend in development).
 */
export const FORMAT = 2;

const ARRAYS = { Uint8Array, Int32Array, Uint32Array, Float64Array } as const;
type ArrayName = keyof typeof ARRAYS;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode under the engines' argument limits.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function replacer(_key: string, value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const name = value.constructor.name as ArrayName;
    if (name in ARRAYS) return { $array: name, data: toBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) };
  }
  if (value instanceof Map) return { $map: [...(value as Map<unknown, unknown>)] };
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object') {
    const v = value as { $array?: ArrayName; data?: string; $map?: [unknown, unknown][] };
    if (v.$array && typeof v.data === 'string' && v.$array in ARRAYS) {
      const bytes = fromBase64(v.data);
      return new ARRAYS[v.$array](bytes.buffer as ArrayBuffer, 0, bytes.byteLength / ARRAYS[v.$array].BYTES_PER_ELEMENT);
    }
    if (Array.isArray(v.$map)) return new Map(v.$map);
  }
  return value;
}

/** The index as text; restore it with {@link restoreIndex}. */
export function serializeIndex(index: SearchIndex): string {
  const { termIds: _termIds, sortedTerms: _sorted, ...stored } = index;
  return JSON.stringify({ format: FORMAT, index: stored }, replacer);
}

/** An index from {@link serializeIndex}'s text; throws on text of another format. */
export function restoreIndex(text: string): SearchIndex {
  const parsed = JSON.parse(text, reviver) as { format?: unknown; index?: Omit<SearchIndex, 'termIds' | 'sortedTerms'> };
  if (parsed.format !== FORMAT || !parsed.index) throw new Error(`Not a search index of format ${FORMAT}.`);
  const stored = parsed.index;
  const terms = stored.terms;
  const sortedTerms = Uint32Array.from(terms.keys()).sort((a, b) => {
    const x = terms[a] as string;
    const y = terms[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const index: SearchIndex = { ...stored, termIds: new Map(terms.map((t, i) => [t, i] as const)), sortedTerms };
  lexiconOf(index);
  return index;
}

/**
 * The text index (phase 2) as a structured-cloneable value (IndexedDB, postMessage): typed
 * arrays and maps as they are, nothing encoded or sorted again, so restoring it is mostly a
 * copy. The columns are not in it: they are cheap to build again from the documents. Give
 * it to a staged index's `TextStage.adopt` through {@link textFromRecord}.
 */
export interface TextRecord {
  readonly format: number;
  readonly text: Omit<TextIndex, 'termIds'>;
}

/** The text part of an index as a {@link TextRecord}; builds it first when a staged index has not yet. */
export function textRecord(index: SearchIndex): TextRecord {
  const { terms, sortedTerms, postingStart, postingDocs, postingWeights, nameTerms, codes, codeList, codeDocs } = index;
  return { format: FORMAT, text: { terms, sortedTerms, postingStart, postingDocs, postingWeights, nameTerms, codes, codeList, codeDocs } };
}

/**
 * The text index of a {@link textRecord} value; throws on a value of another format. The
 * fuzzy lexicon is derived on the first search that needs it, or ahead with `warmIndex`.
 */
export function textFromRecord(record: unknown): TextIndex {
  const value = record as Partial<TextRecord> | null;
  const text = value?.text;
  if (
    value?.format !== FORMAT ||
    !text ||
    !Array.isArray(text.terms) ||
    !(text.sortedTerms instanceof Uint32Array) ||
    !(text.postingStart instanceof Uint32Array) ||
    text.postingStart.length !== text.terms.length + 1
  ) {
    throw new Error(`Not a search text index record of format ${FORMAT}.`);
  }
  return { ...text, termIds: new Map(text.terms.map((t, i) => [t, i] as const)) };
}

/** The columns (phase 1) as a structured-cloneable value, like {@link TextRecord}. */
export interface ColumnsRecord {
  readonly format: number;
  readonly columns: IndexColumns;
}

/** The columns of an index as a {@link ColumnsRecord}. */
export function columnsRecord(index: IndexColumns): ColumnsRecord {
  const { options, size, keys, names, brands, categoryIndex, categorySlots, categoryDepth, textFacets, numericFacets, prices, availability, tieBreak } = index;
  return { format: FORMAT, columns: { options, size, keys, names, brands, categoryIndex, categorySlots, categoryDepth, textFacets, numericFacets, prices, availability, tieBreak } };
}

/** The columns of a {@link columnsRecord} value (for `stageRestoredIndex`); throws on a value of another format. */
export function columnsFromRecord(record: unknown): IndexColumns {
  const value = record as Partial<ColumnsRecord> | null;
  const columns = value?.columns;
  if (
    value?.format !== FORMAT ||
    !columns ||
    typeof columns.size !== 'number' ||
    !Array.isArray(columns.keys) ||
    columns.keys.length !== columns.size ||
    !(columns.prices instanceof Float64Array) ||
    columns.prices.length !== columns.size ||
    !(columns.textFacets instanceof Map) ||
    !(columns.numericFacets instanceof Map)
  ) {
    throw new Error(`Not a search columns record of format ${FORMAT}.`);
  }
  return columns;
}
