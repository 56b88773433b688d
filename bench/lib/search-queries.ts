/**
 * The labelled query set of the search benchmark. Each query's expected SKUs come from the
 * catalog's structured data (family, attributes, codes), never from an engine's answer, so
 * every engine is judged against the same truth.
 */
import type { Catalog, CatalogItem } from '../../src/reference/catalog/types.js';

/** Query classes reported separately. */
export const QUERY_CLASSES = ['prefix', 'multi-term', 'dimension', 'typo', 'phonetic', 'compound', 'sku'] as const;

/** One of {@link QUERY_CLASSES}. */
export type QueryClass = (typeof QUERY_CLASSES)[number];

/** A query with the SKUs a good engine returns for it. */
export interface LabelledQuery {
  readonly kind: QueryClass;
  readonly text: string;
  readonly expected: ReadonlySet<string>;
}

const de = (item: CatalogItem) => item.name.de.toLowerCase();
const en = (item: CatalogItem) => item.name.en.toLowerCase();
const text = (item: CatalogItem, key: string): string => {
  const a = item.attributes.find((x) => x.key === key);
  return a?.type === 'text' ? a.value.de : '';
};
const num = (item: CatalogItem, key: string): number | undefined => {
  const a = item.attributes.find((x) => x.key === key);
  return a?.type === 'number' ? a.value : undefined;
};
/** The name contains `word` as a whole word (dimension tokens must not match longer numbers). */
const word = (name: string, w: string) => new RegExp(`(^|[^a-z0-9,.])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9])`).test(name);

/** Builds the labelled set for a catalog; queries whose truth is empty are dropped. */
export function labelledQueries(catalog: Catalog): LabelledQuery[] {
  const rules: [QueryClass, string, (item: CatalogItem) => boolean][] = [
    // Prefixes, as typed.
    ['prefix', 'sechskantsch', (i) => de(i).startsWith('sechskantschraube')],
    ['prefix', 'spiralb', (i) => de(i).includes('spiralbohrer')],
    ['prefix', 'pipettensp', (i) => de(i).startsWith('pipettenspitzen')],
    ['prefix', 'unterleg', (i) => de(i).startsWith('unterlegscheibe')],
    ['prefix', 'kryo', (i) => de(i).startsWith('kryobox')],
    ['prefix', 'mantell', (i) => de(i).includes('mantelleitung')],
    ['prefix', 'zylinders', (i) => de(i).startsWith('zylinderschraube')],
    ['prefix', 'cordl', (i) => en(i).includes('cordless')],
    ['prefix', 'wash', (i) => en(i).includes('washer')],
    ['prefix', 'sicherungsm', (i) => de(i).startsWith('sicherungsmutter')],
    // Several words, all required.
    ['multi-term', 'sechskantschraube edelstahl a2', (i) => de(i).startsWith('sechskantschraube') && text(i, 'material') === 'Edelstahl A2'],
    ['multi-term', 'hex nut a4', (i) => en(i).startsWith('hex nut') && text(i, 'material').endsWith('A4')],
    ['multi-term', 'nitril einmalhandschuhe blau', (i) => de(i).startsWith('nitril-einmalhandschuhe blau')],
    ['multi-term', 'pipette tips filter sterile', (i) => en(i).startsWith('pipette tips') && en(i).includes('sterile')],
    ['multi-term', 'kryobox polypropylen', (i) => de(i).startsWith('kryobox polypropylen')],
    ['multi-term', 'schnittschutzhandschuh nitril', (i) => de(i).startsWith('schnittschutzhandschuh nitril')],
    ['multi-term', 'unterlegscheibe din 125 a2', (i) => de(i).startsWith('unterlegscheibe din 125') && text(i, 'material') === 'Edelstahl A2'],
    ['multi-term', 'rohr kupfer', (i) => de(i).startsWith('rohr kupfer')],
    ['multi-term', 'copper elbow', (i) => en(i).includes('copper') && en(i).includes('elbow')],
    ['multi-term', 'akku schlagbohrschrauber kraftmann', (i) => de(i).startsWith('kraftmann akku-schlagbohrschrauber')],
    // Dimensions and technical notation.
    ['dimension', 'M8x40', (i) => word(de(i), 'm8x40')],
    ['dimension', 'M8 x 40', (i) => word(de(i), 'm8x40')],
    ['dimension', 'm10x100', (i) => word(de(i), 'm10x100')],
    ['dimension', '3x1,5', (i) => word(de(i), '3x1,5')],
    ['dimension', '3x1.5', (i) => word(de(i), '3x1,5')],
    ['dimension', 'nym-j 5x2,5', (i) => de(i).startsWith('nym-j 5x2,5')],
    ['dimension', 'din 933 m8x40', (i) => de(i).includes('din 933 m8x40')],
    ['dimension', 'spiralbohrer 8 mm', (i) => de(i).includes('spiralbohrer') && num(i, 'diameter') === 8],
    ['dimension', 'ISO 4032 M6', (i) => de(i).includes('iso 4032 m6 ')],
    ['dimension', 'DIN912 M5x20', (i) => de(i).includes('din 912 m5x20')],
    // One or two typos.
    ['typo', 'sechskantschruabe', (i) => de(i).startsWith('sechskantschraube')],
    ['typo', 'zylinderschraueb', (i) => de(i).startsWith('zylinderschraube')],
    ['typo', 'unterlegschiebe', (i) => de(i).startsWith('unterlegscheibe')],
    ['typo', 'spiralbohrre', (i) => de(i).includes('spiralbohrer')],
    ['typo', 'pipetenspitzen', (i) => de(i).startsWith('pipettenspitzen')],
    ['typo', 'mantelleitnug', (i) => de(i).includes('mantelleitung')],
    ['typo', 'sicherungsmuter', (i) => de(i).startsWith('sicherungsmutter')],
    ['typo', 'polypropylne rohr', (i) => de(i).startsWith('rohr polypropylen')],
    ['typo', 'cordles drill', (i) => en(i).includes('cordless') && en(i).includes('drill')],
    ['typo', 'wahser', (i) => en(i).includes('washer')],
    // Spelled by ear.
    ['phonetic', 'shraube', (i) => de(i).includes('schraube')],
    ['phonetic', 'schraupe', (i) => de(i).includes('schraube')],
    ['phonetic', 'zilinderschraube', (i) => de(i).startsWith('zylinderschraube')],
    ['phonetic', 'kriobox', (i) => de(i).startsWith('kryobox')],
    ['phonetic', 'pipettenschpitzen', (i) => de(i).startsWith('pipettenspitzen')],
    ['phonetic', 'erdkabl', (i) => de(i).includes('erdkabel')],
    ['phonetic', 'nitriel handschuhe', (i) => de(i).includes('nitril') && de(i).includes('handschuh')],
    ['phonetic', 'mantellaitung', (i) => de(i).includes('mantelleitung')],
    ['phonetic', 'glovz', (i) => en(i).includes('glove')],
    ['phonetic', 'fitingz', (i) => i.family.name.de.startsWith('Fittings')],
    // Parts of German compounds.
    ['compound', 'schraube', (i) => de(i).includes('schraube')],
    ['compound', 'mutter', (i) => de(i).includes('mutter')],
    ['compound', 'kabel', (i) => de(i).includes('kabel') || en(i).includes('cable')],
    ['compound', 'leitung', (i) => de(i).includes('leitung')],
    ['compound', 'handschuh', (i) => de(i).includes('handschuh')],
    ['compound', 'scheibe', (i) => de(i).includes('scheibe')],
    ['compound', 'bohrer', (i) => de(i).includes('bohrer')],
    ['compound', 'spitzen', (i) => de(i).includes('spitzen')],
    ['compound', 'schrauber', (i) => de(i).includes('schrauber')],
    ['compound', 'schraube m8x40', (i) => de(i).includes('schraube') && word(de(i), 'm8x40')],
  ];
  const out: LabelledQuery[] = [];
  for (const [kind, q, match] of rules) {
    const expected = new Set(catalog.items.filter(match).map((i) => i.sku));
    if (expected.size > 0) out.push({ kind, text: q, expected });
  }
  // Codes: SKU, manufacturer part number, EAN, spread over the catalog.
  const step = Math.floor(catalog.items.length / 7);
  for (let n = 0; n < 7; n++) {
    const item = catalog.items[n * step + 3];
    if (!item) continue;
    out.push({ kind: 'sku', text: item.sku, expected: new Set([item.sku]) });
    out.push({ kind: 'sku', text: n % 2 === 0 ? item.mpn : item.mpn.toLowerCase(), expected: new Set([item.sku]) });
    if (item.ean) out.push({ kind: 'sku', text: item.ean, expected: new Set([item.sku]) });
  }
  return out;
}
