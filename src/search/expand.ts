/**
 * Term expansion: which dictionary terms a query token stands for, and how strongly.
 * In falling order of strength: the exact word, words it begins, compounds it is a part of,
 * synonyms, words one or two typos away, words that sound alike. Tokens with digits match
 * literally, and only the last one (being typed) also as a prefix: `m8x4` finds `m8x40`,
 * but `m8x40` never finds `m8x400`.
 */
import { allowedEdits, editDistance } from './edits.js';
import { lexiconOf, MIN_PART } from './lexicon.js';
import { soundCodes } from './phonetic.js';
import type { SearchIndex } from './search-index.js';
import { documentFrequency, prefixRange, sortedPrefixRange } from './terms.js';

/** How a term was reached; `typo` and `sound` are corrections ("did you mean"). */
export type ExpansionKind = 'exact' | 'prefix' | 'part' | 'synonym' | 'typo' | 'sound';

/** One expansion: a term, its score factor, and the text to highlight (`part` inside words). */
export interface Expansion {
  readonly term: number;
  readonly factor: number;
  readonly kind: ExpansionKind;
  /** The matched text: the whole term, or the compound part that matched. */
  readonly text: string;
}

/** Most terms a single short prefix may expand to. */
const MAX_EXPANSIONS = 2000;

const FACTOR = { exact: 1, part: 0.7, partPrefix: 0.55, typo1: 0.5, typo2: 0.35, sound: 0.3 } as const;

/** Expansions of one token; `typing` marks the last token of a query typed right now. */
export function expandToken(index: SearchIndex, token: string, typing: boolean): Expansion[] {
  const out: Expansion[] = [];
  const best = new Map<number, number>();
  const add = (term: number, factor: number, kind: ExpansionKind, text: string): void => {
    const known = best.get(term);
    if (known !== undefined && (out[known] as Expansion).factor >= factor) return;
    if (known !== undefined) out[known] = { term, factor, kind, text };
    else {
      best.set(term, out.length);
      out.push({ term, factor, kind, text });
    }
  };
  const exact = index.termIds.get(token);
  if (exact !== undefined) add(exact, FACTOR.exact, 'exact', token);
  const literalOnly = /\d/.test(token);
  if (token.length >= 2 || typing) {
    if (!literalOnly || typing) {
      const [from, to] = prefixRange(index, token);
      // A complete number (`m8x40`, `8`) is not the start of a longer one (`m8x400`, `80`).
      const wholeNumber = exact !== undefined && /\d$/.test(token);
      for (let i = from; i < Math.min(to, from + MAX_EXPANSIONS); i++) {
        const term = index.sortedTerms[i] as number;
        const text = index.terms[term] as string;
        if (wholeNumber && /\d/.test(text.charAt(token.length))) continue;
        add(term, 0.4 + 0.4 * (token.length / text.length), 'prefix', text);
      }
    }
  }
  if (literalOnly || !/^[a-z]+$/.test(token)) return out;
  const lexicon = lexiconOf(index);
  if (token.length >= MIN_PART) {
    const [from, to] = sortedPrefixRange(lexicon.parts.length, (i) => lexicon.parts[i] as string, token);
    for (let i = from; i < Math.min(to, from + MAX_EXPANSIONS); i++) {
      const part = lexicon.parts[i] as string;
      // A whole part, or the start of one once the word is long enough to be specific.
      if (part === token) add(lexicon.partTerms[i] as number, FACTOR.part, 'part', part);
      else if (token.length >= 5) add(lexicon.partTerms[i] as number, FACTOR.partPrefix, 'part', token);
    }
  }
  for (const g of lexicon.synonyms.get(token) ?? []) {
    const group = lexicon.groups[g];
    if (!group) continue;
    for (const word of group.words) {
      if (word === token) continue;
      const term = index.termIds.get(word);
      if (term !== undefined) add(term, group.weight, 'synonym', word);
      const [from, to] = sortedPrefixRange(lexicon.parts.length, (i) => lexicon.parts[i] as string, word);
      for (let i = from; i < to; i++) if (lexicon.parts[i] === word) add(lexicon.partTerms[i] as number, group.weight * FACTOR.part, 'synonym', word);
    }
  }
  // Corrections only for words the catalog does not know: `bolt` must not also find
  // `bolzhaus`, and a strict AND of fuzzy words would drown the real hits.
  if (out.length > 0) return out;
  const edits = allowedEdits(token.length);
  if (edits > 0) {
    index.terms.forEach((text, term) => {
      if (best.has(term) || text.length < 3) return;
      const distance = editDistance(token, text, edits, typing);
      if (distance <= edits) add(term, distance === 1 ? FACTOR.typo1 : FACTOR.typo2, 'typo', text);
    });
    lexicon.parts.forEach((part, i) => {
      if (Math.abs(part.length - token.length) > edits) return;
      const term = lexicon.partTerms[i] as number;
      const distance = editDistance(token, part, edits, false);
      if (distance > 0 && distance <= edits) add(term, (distance === 1 ? FACTOR.typo1 : FACTOR.typo2) * FACTOR.part, 'typo', part);
    });
  }
  for (const code of soundCodes(token)) {
    for (const entry of lexicon.sounds.get(code) ?? []) add(entry.term, entry.part ? FACTOR.sound * FACTOR.part : FACTOR.sound, 'sound', entry.text);
  }
  return out;
}

/** The correction a token suggests: its most frequent typo or sound expansion, if any. */
export function correctionOf(index: SearchIndex, expansions: readonly Expansion[]): string | null {
  let best: Expansion | null = null;
  let bestFrequency = -1;
  for (const e of expansions) {
    if (e.kind !== 'typo' && e.kind !== 'sound') continue;
    const frequency = documentFrequency(index, e.term) * (e.kind === 'typo' ? 2 : 1);
    if (frequency > bestFrequency) {
      best = e;
      bestFrequency = frequency;
    }
  }
  return best?.text ?? null;
}
