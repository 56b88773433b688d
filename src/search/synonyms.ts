/** Synonyms of the trade that every hardware and supplies catalog needs; extend per shop. */
import type { SynonymGroup } from './types.js';

/** German and English trade synonyms: `=` groups at 0.9, related words lower. */
export const GERMAN_ENGLISH_SYNONYMS: readonly SynonymGroup[] = [
  { words: ['inbus', 'innensechskant', 'imbus', 'allen', 'socket'] },
  { words: ['va', 'a4', 'v4a'] },
  { words: ['v2a', 'a2'] },
  { words: ['nirosta', 'edelstahl', 'inox', 'stainless'] },
  { words: ['leitung', 'kabel', 'cable', 'wire'], weight: 0.7 },
  { words: ['beilagscheibe', 'unterlegscheibe', 'washer'] },
  { words: ['handschuh', 'handschuhe', 'glove', 'gloves'], weight: 0.8 },
  { words: ['bohrer', 'drill'], weight: 0.6 },
  { words: ['akkuschrauber', 'bohrschrauber'] },
];
