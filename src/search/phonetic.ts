/**
 * Sound codes: Kölner Phonetik for German, Double Metaphone for English. The Cologne code is
 * implemented here (a table of a dozen rules, smaller than the package and working on our
 * already folded text); Double Metaphone comes from the `double-metaphone` package, whose
 * hundreds of English spelling rules are not worth re-deriving.
 */
import { doubleMetaphone } from 'double-metaphone';

const COLOGNE_SIMPLE: Readonly<Record<string, string>> = {
  a: '0', e: '0', i: '0', j: '0', o: '0', u: '0', y: '0',
  b: '1', f: '3', v: '3', w: '3', g: '4', k: '4', q: '4',
  l: '5', m: '6', n: '6', r: '7', s: '8', z: '8',
};

/** The Kölner Phonetik code of a folded word (`a-z` only; other characters are skipped). */
export function cologne(word: string): string {
  let raw = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i] as string;
    const prev = word[i - 1] ?? '';
    const next = word[i + 1] ?? '';
    let code: string;
    if (c === 'h') code = '-';
    else if (c === 'p') code = next === 'h' ? '3' : '1';
    else if (c === 'd' || c === 't') code = 'csz'.includes(next) ? '8' : '2';
    else if (c === 'x') code = 'ckq'.includes(prev) ? '8' : '48';
    else if (c === 'c') {
      if (i === 0) code = 'ahkloqrux'.includes(next) ? '4' : '8';
      else code = 'sz'.includes(prev) || !'ahkoqux'.includes(next) ? '8' : '4';
    } else code = COLOGNE_SIMPLE[c] ?? '';
    raw += code;
  }
  // Collapse repeats (an `h` does not separate them), then drop vowels except at the start.
  let out = '';
  let last = '';
  for (const d of raw) {
    if (d === '-') continue;
    if (d !== last) out += d;
    last = d;
  }
  return out.length > 0 ? out[0] + out.slice(1).replace(/0/g, '') : '';
}

/** Sound codes of a word in both languages; empty for words too short to sound alike. */
export function soundCodes(word: string): string[] {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return [];
  const [primary, secondary] = doubleMetaphone(word);
  // Codes of one or two sounds (`zzzz` is `8`) would match half the dictionary.
  return [`k${cologne(word)}`, `m${primary}`, `m${secondary}`].filter((code, i, all) => code.length > 3 && all.indexOf(code) === i);
}
