/** Rules of the cable assembly cut to length: cable, length, plug and coupler, marking. */
import type { ConfigurationModel } from '../../configurator/index.js';
import type { CatalogItem, Locale } from '../catalog/types.js';

/** Cross-sections in mm² with their price and weight per metre (3 cores; 5 cores cost 60 % more). */
const SECTIONS = [
  { id: '1.5', perMetre: 185, grams: 110 },
  { id: '2.5', perMetre: 265, grams: 160 },
  { id: '4', perMetre: 410, grams: 240 },
  { id: '6', perMetre: 590, grams: 330 },
  { id: '10', perMetre: 960, grams: 520 },
] as const;

/** The model of a cable assembly, in the caller's language. */
export function cableAssemblyModel(item: CatalogItem, locale: Locale): ConfigurationModel {
  const t = (de: string, en: string): string => (locale === 'de' ? de : en);
  const plugs = ['schuko', 'cee16', 'cee32'];
  const anyConnector = { kind: 'any', of: [{ kind: 'chosen', group: 'plug', options: plugs }, { kind: 'chosen', group: 'coupler', options: plugs }] } as const;
  return {
    sku: item.sku,
    name: item.name[locale],
    codePrefix: 'KA',
    base: { priceMinor: item.listPriceMinor, currency: 'EUR', weightGrams: 150, leadTimeDays: 3 },
    steps: [
      { id: 'cable', label: t('Leitung', 'Cable'), groups: ['cores', 'section'] },
      { id: 'length', label: t('Länge', 'Length'), groups: ['length'] },
      { id: 'connectors', label: t('Anschlüsse', 'Connectors'), groups: ['plug', 'coupler'] },
      { id: 'finish', label: t('Kennzeichnung und Prüfung', 'Marking and testing'), groups: ['extras', 'label'] },
    ],
    groups: [
      {
        kind: 'single',
        id: 'cores',
        label: t('Aderzahl', 'Cores'),
        required: true,
        default: '3g',
        options: [
          { id: '3g', label: t('3 Adern (L, N, PE)', '3 cores (L, N, PE)'), code: '3G' },
          { id: '5g', label: t('5 Adern (L1–L3, N, PE)', '5 cores (L1–L3, N, PE)'), code: '5G' },
        ],
      },
      {
        kind: 'single',
        id: 'section',
        label: t('Querschnitt', 'Cross-section'),
        help: t('Der Preis je Meter richtet sich nach dem Querschnitt.', 'The price per metre follows the cross-section.'),
        required: true,
        default: '1.5',
        options: SECTIONS.map((s) => ({
          id: s.id,
          label: `${locale === 'de' ? s.id.replace('.', ',') : s.id} mm²`,
          code: s.id,
          perUnit: { group: 'length', priceMinor: s.perMetre, weightGrams: s.grams },
        })),
      },
      {
        kind: 'number',
        id: 'length',
        label: t('Länge', 'Length'),
        help: t('Zuschnitt in halben Metern.', 'Cut in steps of half a metre.'),
        unit: 'm',
        min: 0.5,
        max: 100,
        step: 0.5,
        default: 10,
        code: 'L',
        leadTime: { above: 50, days: 2 },
      },
      {
        kind: 'single',
        id: 'plug',
        label: t('Stecker (Ende A)', 'Plug (end A)'),
        required: true,
        default: 'none',
        options: [
          { id: 'none', label: t('Offenes Ende, abisoliert', 'Open end, stripped'), code: 'A0' },
          { id: 'schuko', label: t('Schutzkontaktstecker', 'Schuko plug'), code: 'AS', priceMinor: 690, weightGrams: 90 },
          { id: 'cee16', label: t('CEE-Stecker 16 A, 5-polig', 'CEE plug 16 A, 5-pole'), code: 'AC16', priceMinor: 1490, weightGrams: 260 },
          { id: 'cee32', label: t('CEE-Stecker 32 A, 5-polig', 'CEE plug 32 A, 5-pole'), code: 'AC32', priceMinor: 2290, weightGrams: 380, leadTimeDays: 2 },
        ],
      },
      {
        kind: 'single',
        id: 'coupler',
        label: t('Kupplung (Ende B)', 'Coupler (end B)'),
        required: true,
        default: 'none',
        options: [
          { id: 'none', label: t('Offenes Ende, abisoliert', 'Open end, stripped'), code: 'B0' },
          { id: 'schuko', label: t('Schutzkontaktkupplung', 'Schuko coupler'), code: 'BS', priceMinor: 790, weightGrams: 100 },
          { id: 'cee16', label: t('CEE-Kupplung 16 A, 5-polig', 'CEE coupler 16 A, 5-pole'), code: 'BC16', priceMinor: 1690, weightGrams: 280 },
          { id: 'cee32', label: t('CEE-Kupplung 32 A, 5-polig', 'CEE coupler 32 A, 5-pole'), code: 'BC32', priceMinor: 2590, weightGrams: 400, leadTimeDays: 2 },
        ],
      },
      {
        kind: 'multiple',
        id: 'extras',
        label: t('Ausführung', 'Finish'),
        options: [
          { id: 'test', label: t('Prüfprotokoll nach DGUV V3', 'DGUV V3 test report'), code: 'P', priceMinor: 950 },
          { id: 'drum', label: t('Auf Kabeltrommel gewickelt', 'Wound on a cable drum'), code: 'T', priceMinor: 3900, weightGrams: 2800 },
        ],
      },
      {
        kind: 'text',
        id: 'label',
        label: t('Beschriftung der Leitung', 'Cable marking'),
        help: t('Wird an beiden Enden auf Schrumpfschlauch gedruckt.', 'Printed on heat-shrink sleeves at both ends.'),
        required: false,
        maxLength: 20,
        pattern: '[A-Za-z0-9 ./-]*',
        patternHint: t('Buchstaben A–Z, Ziffern, Leerzeichen, Punkt, Schrägstrich und Bindestrich', 'letters A–Z, digits, spaces, dot, slash and hyphen'),
        priceMinor: 380,
        leadTimeDays: 1,
      },
    ],
    rules: [
      {
        id: 'section-length',
        kind: 'range',
        when: { kind: 'chosen', group: 'section', options: ['4', '6', '10'] },
        group: 'length',
        max: 50,
        message: t('Ab 4 mm² schneiden wir von 50-m-Trommeln: höchstens 50 m je Stück.', 'From 4 mm² we cut from 50 m drums: at most 50 m per piece.'),
      },
      {
        id: 'cee32-section',
        kind: 'requires',
        when: { kind: 'any', of: [{ kind: 'chosen', group: 'plug', options: ['cee32'] }, { kind: 'chosen', group: 'coupler', options: ['cee32'] }] },
        then: { kind: 'chosen', group: 'section', options: ['4', '6', '10'] },
        message: t('CEE 32 A braucht mindestens 4 mm² Querschnitt.', 'CEE 32 A needs a cross-section of at least 4 mm².'),
      },
      {
        id: 'cee-cores',
        kind: 'requires',
        when: { kind: 'any', of: [{ kind: 'chosen', group: 'plug', options: ['cee16', 'cee32'] }, { kind: 'chosen', group: 'coupler', options: ['cee16', 'cee32'] }] },
        then: { kind: 'chosen', group: 'cores', options: ['5g'] },
        message: t('Fünfpolige CEE-Steckverbinder brauchen eine 5-adrige Leitung.', 'Five-pole CEE connectors need a 5-core cable.'),
      },
      {
        id: 'schuko-cores',
        kind: 'requires',
        when: { kind: 'any', of: [{ kind: 'chosen', group: 'plug', options: ['schuko'] }, { kind: 'chosen', group: 'coupler', options: ['schuko'] }] },
        then: { kind: 'chosen', group: 'cores', options: ['3g'] },
        message: t('Schutzkontakt-Steckverbinder passen nur an 3-adrige Leitungen.', 'Schuko connectors fit 3-core cables only.'),
      },
      {
        id: 'schuko-section',
        kind: 'excludes',
        when: { kind: 'any', of: [{ kind: 'chosen', group: 'plug', options: ['schuko'] }, { kind: 'chosen', group: 'coupler', options: ['schuko'] }] },
        then: { kind: 'chosen', group: 'section', options: ['4', '6', '10'] },
        message: t('Schutzkontakt-Steckverbinder klemmen höchstens 2,5 mm².', 'Schuko connectors take at most 2.5 mm².'),
      },
      {
        id: 'coupler-needs-plug',
        kind: 'requires',
        when: { kind: 'chosen', group: 'coupler', options: plugs },
        then: { kind: 'chosen', group: 'plug', options: plugs },
        message: t('Eine Kupplung braucht am anderen Ende einen Stecker.', 'A coupler needs a plug on the other end.'),
      },
      {
        id: 'drum-length',
        kind: 'requires',
        when: { kind: 'chosen', group: 'extras', options: ['drum'] },
        then: { kind: 'between', group: 'length', min: 20 },
        message: t('Auf Trommeln wickeln wir Leitungen ab 20 m.', 'Cables of 20 m or more are wound on drums.'),
      },
      {
        id: 'test-needs-connector',
        kind: 'requires',
        when: { kind: 'chosen', group: 'extras', options: ['test'] },
        then: anyConnector,
        message: t('Das Prüfprotokoll gibt es für Leitungen mit Stecker oder Kupplung.', 'The test report needs a plug or coupler on the cable.'),
      },
      {
        id: 'label-quantity',
        kind: 'quantity',
        when: { kind: 'filled', group: 'label' },
        minQuantity: 5,
        message: t('Beschriftete Leitungen fertigen wir ab 5 Stück.', 'Marked cables are made from 5 pieces.'),
      },
    ],
  };
}
