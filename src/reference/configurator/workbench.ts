/** Rules of the workbench built to order: frame, worktop, drawers, height, fittings. */
import type { ConfigurationModel } from '../../configurator/index.js';
import type { CatalogItem, Locale } from '../catalog/types.js';

/** The model of a workbench, in the caller's language. */
export function workbenchModel(item: CatalogItem, locale: Locale): ConfigurationModel {
  const t = (de: string, en: string): string => (locale === 'de' ? de : en);
  return {
    sku: item.sku,
    name: item.name[locale],
    codePrefix: 'WB',
    base: { priceMinor: item.listPriceMinor, currency: 'EUR', weightGrams: 42_000, leadTimeDays: 10 },
    steps: [
      { id: 'frame', label: t('Gestell und Platte', 'Frame and worktop'), groups: ['width', 'worktop', 'height'] },
      { id: 'storage', label: t('Schubladen', 'Drawers'), groups: ['drawers'] },
      { id: 'fittings', label: t('Ausstattung', 'Fittings'), groups: ['fittings', 'plate'] },
    ],
    groups: [
      {
        kind: 'single',
        id: 'width',
        label: t('Breite', 'Width'),
        required: true,
        default: '1500',
        options: [
          { id: '1500', label: '1500 mm', code: 'W15' },
          { id: '1750', label: '1750 mm', code: 'W17', priceMinor: 4500, weightGrams: 6000 },
          { id: '2000', label: '2000 mm', code: 'W20', priceMinor: 8900, weightGrams: 12_000 },
        ],
      },
      {
        kind: 'single',
        id: 'worktop',
        label: t('Arbeitsplatte', 'Worktop'),
        required: true,
        default: 'beech',
        options: [
          { id: 'beech', label: t('Buche-Multiplex 40 mm', 'Beech multiplex 40 mm'), code: 'BU' },
          { id: 'steel', label: t('Stahlblechbelegt', 'Steel-clad'), code: 'ST', priceMinor: 12_900, weightGrams: 9000 },
          { id: 'esd', label: t('ESD-Laminat, ableitfähig', 'ESD laminate, dissipative'), code: 'ESD', priceMinor: 16_900, leadTimeDays: 5 },
        ],
      },
      {
        kind: 'number',
        id: 'height',
        label: t('Arbeitshöhe', 'Working height'),
        help: t('Einstellbar in 10-mm-Schritten.', 'Adjustable in steps of 10 mm.'),
        unit: 'mm',
        min: 740,
        max: 1100,
        step: 10,
        default: 850,
        code: 'H',
        leadTime: { above: 1000, days: 3 },
      },
      {
        kind: 'single',
        id: 'drawers',
        label: t('Schubladenblock', 'Drawer unit'),
        required: true,
        default: 'none',
        options: [
          { id: 'none', label: t('Ohne', 'None'), code: 'D0' },
          { id: 'three', label: t('3 Schubladen', '3 drawers'), code: 'D3', priceMinor: 21_900, weightGrams: 28_000 },
          { id: 'five', label: t('5 Schubladen', '5 drawers'), code: 'D5', priceMinor: 31_900, weightGrams: 39_000 },
        ],
      },
      {
        kind: 'multiple',
        id: 'fittings',
        label: t('Zubehör', 'Fittings'),
        max: 4,
        options: [
          { id: 'power', label: t('Steckdosenleiste 6-fach', 'Power strip, 6 sockets'), code: 'P', priceMinor: 8900, weightGrams: 1200 },
          { id: 'light', label: t('LED-Leuchte', 'LED light'), code: 'L', priceMinor: 14_900, weightGrams: 2500 },
          { id: 'wall', label: t('Werkzeugwand mit Lochblech', 'Perforated tool wall'), code: 'TW', priceMinor: 11_900, weightGrams: 9500 },
          { id: 'esd-kit', label: t('ESD-Erdungsset', 'ESD grounding kit'), code: 'E', priceMinor: 6900, weightGrams: 400 },
        ],
      },
      {
        kind: 'text',
        id: 'plate',
        label: t('Namensschild', 'Name plate'),
        required: false,
        maxLength: 24,
        pattern: '[\\p{L}0-9 .&/-]*',
        patternHint: t('Buchstaben, Ziffern, Leerzeichen und . & / -', 'letters, digits, spaces and . & / -'),
        priceMinor: 1500,
      },
    ],
    rules: [
      {
        id: 'five-drawers-height',
        kind: 'range',
        when: { kind: 'chosen', group: 'drawers', options: ['five'] },
        group: 'height',
        min: 900,
        message: t('Der 5er-Schubladenblock ist 800 mm hoch: Arbeitshöhe ab 900 mm.', 'The 5-drawer unit is 800 mm tall: working height from 900 mm.'),
      },
      {
        id: 'wall-width',
        kind: 'requires',
        when: { kind: 'chosen', group: 'fittings', options: ['wall'] },
        then: { kind: 'chosen', group: 'width', options: ['1750', '2000'] },
        message: t('Die Werkzeugwand gibt es ab 1750 mm Breite.', 'The tool wall needs a width of 1750 mm or more.'),
      },
      {
        id: 'light-power',
        kind: 'requires',
        when: { kind: 'chosen', group: 'fittings', options: ['light'] },
        then: { kind: 'chosen', group: 'fittings', options: ['power'] },
        message: t('Die LED-Leuchte wird an die Steckdosenleiste angeschlossen.', 'The LED light plugs into the power strip.'),
      },
      {
        id: 'esd-kit-worktop',
        kind: 'requires',
        when: { kind: 'chosen', group: 'fittings', options: ['esd-kit'] },
        then: { kind: 'chosen', group: 'worktop', options: ['esd'] },
        message: t('Das Erdungsset wirkt nur mit der ESD-Platte.', 'The grounding kit works with the ESD worktop only.'),
      },
      {
        id: 'steel-esd',
        kind: 'excludes',
        when: { kind: 'chosen', group: 'worktop', options: ['steel'] },
        then: { kind: 'chosen', group: 'drawers', options: ['five'] },
        message: t('Stahlplatte und 5er-Block überschreiten zusammen die Tragfähigkeit des Gestells.', 'A steel worktop and the 5-drawer unit together exceed the frame’s load rating.'),
      },
    ],
  };
}
