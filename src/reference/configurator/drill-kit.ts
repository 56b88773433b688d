/** Rules of a cordless drill kit: batteries and charger, case and accessories, engraving. */
import type { ConfigOption, ConfigurationModel } from '../../configurator/index.js';
import type { CatalogItem, Locale } from '../catalog/types.js';

/** The model of a cordless drill kit (the kit's own batteries are in its base price), in the caller's language. */
export function drillKitModel(item: CatalogItem, locale: Locale): ConfigurationModel {
  const t = (de: string, en: string): string => (locale === 'de' ? de : en);
  const impact = item.attributes.some((a) => a.key === 'impact' && a.value === true);
  const accessories: ConfigOption[] = [
    { id: 'bits', label: t('Bit-Set 32-teilig', '32-piece bit set'), code: 'B', priceMinor: 1990, weightGrams: 300 },
    { id: 'drills', label: t('HSS-Bohrer-Set 19-teilig', '19-piece HSS drill set'), code: 'D', priceMinor: 3490, weightGrams: 700 },
    { id: 'clip', label: t('Gürtelclip', 'Belt clip'), code: 'C', priceMinor: 590, weightGrams: 40 },
  ];
  if (impact) accessories.push({ id: 'handle', label: t('Zusatzhandgriff', 'Side handle'), code: 'H', priceMinor: 1290, weightGrams: 250 });
  return {
    sku: item.sku,
    name: item.name[locale],
    codePrefix: `DK${item.sku.replace(/\D/g, '')}`,
    base: { priceMinor: item.listPriceMinor, currency: 'EUR', weightGrams: 2400, leadTimeDays: 2 },
    steps: [
      { id: 'power', label: t('Akkus und Ladegerät', 'Batteries and charger'), groups: ['batteries', 'charger'] },
      { id: 'case', label: t('Koffer und Zubehör', 'Case and accessories'), groups: ['case', 'accessories'] },
      { id: 'service', label: t('Gravur', 'Engraving'), groups: ['engraving'] },
    ],
    groups: [
      {
        kind: 'number',
        id: 'batteries',
        label: t('Zusätzliche Akkus', 'Extra batteries'),
        help: t('Zusätzlich zu den zwei Akkus des Sets.', 'In addition to the kit’s two batteries.'),
        unit: 'piece',
        min: 0,
        max: 4,
        step: 1,
        default: 0,
        code: 'X',
        priceMinorPerUnit: 5900,
        weightGramsPerUnit: 620,
      },
      {
        kind: 'single',
        id: 'charger',
        label: t('Ladegerät', 'Charger'),
        required: true,
        default: 'standard',
        options: [
          { id: 'standard', label: t('Standard-Ladegerät (60 min)', 'Standard charger (60 min)'), code: 'LS' },
          { id: 'fast', label: t('Schnellladegerät (30 min)', 'Fast charger (30 min)'), code: 'LF', priceMinor: 3900, weightGrams: 200 },
          { id: 'dual', label: t('Doppel-Schnellladegerät', 'Dual-bay fast charger'), code: 'LD', priceMinor: 7900, weightGrams: 700, leadTimeDays: 3 },
        ],
      },
      {
        kind: 'single',
        id: 'case',
        label: t('Koffer', 'Case'),
        required: true,
        default: 'l136',
        options: [
          { id: 'carton', label: t('Karton', 'Cardboard box'), code: 'K0', priceMinor: -1500 },
          { id: 'l136', label: 'L-BOXX 136', code: 'K1' },
          { id: 'l238', label: 'L-BOXX 238', code: 'K2', priceMinor: 2200, weightGrams: 900 },
        ],
      },
      { kind: 'multiple', id: 'accessories', label: t('Zubehör', 'Accessories'), options: accessories },
      {
        kind: 'text',
        id: 'engraving',
        label: t('Gravur (Firmenname)', 'Engraving (company name)'),
        help: t('Gegen Diebstahl, auf Gehäuse und Akkus.', 'Deters theft; on the housing and batteries.'),
        required: false,
        maxLength: 16,
        pattern: '[\\p{L}0-9 .&-]*',
        patternHint: t('Buchstaben, Ziffern, Leerzeichen und . & -', 'letters, digits, spaces and . & -'),
        priceMinor: 900,
        leadTimeDays: 2,
      },
    ],
    rules: [
      {
        id: 'batteries-charger',
        kind: 'requires',
        when: { kind: 'between', group: 'batteries', min: 3 },
        then: { kind: 'chosen', group: 'charger', options: ['dual'] },
        message: t('Ab drei zusätzlichen Akkus gehört das Doppel-Ladegerät dazu.', 'Three or more extra batteries need the dual-bay charger.'),
      },
      {
        id: 'carton-batteries',
        kind: 'range',
        when: { kind: 'chosen', group: 'case', options: ['carton'] },
        group: 'batteries',
        max: 1,
        message: t('Im Karton ist Platz für höchstens einen zusätzlichen Akku.', 'The cardboard box holds at most one extra battery.'),
      },
      {
        id: 'sets-need-boxx',
        kind: 'excludes',
        when: { kind: 'chosen', group: 'accessories', options: ['bits', 'drills'] },
        then: { kind: 'chosen', group: 'case', options: ['carton'] },
        message: t('Bit- und Bohrer-Sets werden im L-BOXX-Einsatz geliefert.', 'Bit and drill sets come in an L-BOXX insert.'),
      },
      {
        id: 'both-sets-238',
        kind: 'requires',
        when: { kind: 'all', of: [{ kind: 'chosen', group: 'accessories', options: ['bits'] }, { kind: 'chosen', group: 'accessories', options: ['drills'] }] },
        then: { kind: 'chosen', group: 'case', options: ['l238'] },
        message: t('Beide Sets zusammen passen nur in die L-BOXX 238.', 'Both sets together fit only the L-BOXX 238.'),
      },
      {
        id: 'engraving-quantity',
        kind: 'quantity',
        when: { kind: 'filled', group: 'engraving' },
        minQuantity: 5,
        message: t('Gravuren fertigen wir ab 5 Geräten.', 'Engraving is done from 5 tools.'),
      },
    ],
  };
}
