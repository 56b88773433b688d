/** Templates for bolts, nuts and washers. */
import { L, LABELS, cross, num, packs, text, type FamilyTemplate } from './template-kit.js';
import type { Localized } from './types.js';

const BRANDS = ['Norrmann', 'Steelwerk', 'Fixon', 'Bolzhaus'];
const THREADS = [3, 4, 5, 6, 8, 10, 12, 14, 16, 20, 24];
const LENGTHS = [8, 10, 12, 16, 20, 25, 30, 35, 40, 45, 50, 60, 70, 80, 100, 120, 150];

interface Grade {
  readonly code: string;
  readonly name: Localized;
  readonly factor: number;
}

const GRADES: readonly Grade[] = [
  { code: '88', name: L('Stahl 8.8 verzinkt', 'steel 8.8 zinc plated'), factor: 1 },
  { code: 'A2', name: L('Edelstahl A2', 'stainless steel A2'), factor: 2.6 },
  { code: 'A4', name: L('Edelstahl A4', 'stainless steel A4'), factor: 3.8 },
  { code: '109', name: L('Stahl 10.9 blank', 'steel 10.9 plain'), factor: 1.4 },
];

const STYLES = [
  { din: 'DIN 933', iso: 'ISO 4017', de: 'Sechskantschraube', en: 'Hex bolt', key: 'hex' },
  { din: 'DIN 931', iso: 'ISO 4014', de: 'Sechskantschraube mit Schaft', en: 'Hex bolt, part thread', key: 'hexs' },
  { din: 'DIN 912', iso: 'ISO 4762', de: 'Zylinderschraube mit Innensechskant', en: 'Socket head cap screw', key: 'shcs' },
] as const;

const packFor = (d: number): number => (d <= 6 ? 100 : d <= 12 ? 50 : 25);

const bolts: FamilyTemplate = {
  id: 'bolt',
  categoryId: 'bolts',
  weight: 30,
  build: (rng) => {
    const style = rng.pick(STYLES);
    const grade = rng.pick(GRADES);
    const useIso = rng.chance(0.3);
    const standard = useIso ? style.iso : style.din;
    const combos = cross({ d: THREADS, l: LENGTHS }).filter(
      (c) => Number(c['l']) >= 2 * Number(c['d']) && Number(c['l']) <= 10 * Number(c['d']),
    );
    return {
      brand: rng.pick(BRANDS),
      name: L(`${style.de} ${standard} ${grade.name.de}`, `${style.en} ${standard} ${grade.name.en}`),
      intro: L(
        `<p>${style.de} nach ${style.din} / ${style.iso} aus ${grade.name.de}, für Maschinen- und Stahlbau.</p>`,
        `<p>${style.en} to ${style.din} / ${style.iso} in ${grade.name.en}, for machine and steel construction.</p>`,
      ),
      axes: [
        { key: 'thread', label: L('Gewinde', 'Thread') },
        { key: 'length', label: LABELS.length, unit: 'mm' },
      ],
      combos: combos.map((c) => ({ thread: `M${c['d']}`, length: Number(c['l']) })),
      variant: (v) => {
        const d = Number(String(v['thread']).slice(1));
        const l = Number(v['length']);
        const size = `M${d}x${l}`;
        return {
          name: L(`${style.de} ${standard} ${size} ${grade.name.de}`, `${style.en} ${standard} ${size} ${grade.name.en}`),
          attributes: [
            num('thread-diameter', L('Gewindedurchmesser', 'Thread diameter'), d, 'mm'),
            num('length', LABELS.length, l, 'mm'),
            text('material', LABELS.material, grade.name),
            text('standard', LABELS.standard, L(standard, standard)),
            text('drive', L('Antrieb', 'Drive'), style.key === 'shcs' ? L('Innensechskant', 'hex socket') : L('Außensechskant', 'external hex')),
          ],
          price: (2 + d * d * l * 0.004) * grade.factor,
          quantity: packs(packFor(d)),
        };
      },
    };
  },
};

const nuts: FamilyTemplate = {
  id: 'nut',
  categoryId: 'nuts',
  weight: 6,
  build: (rng) => {
    const grade = rng.pick(GRADES);
    const standard = rng.pick(['DIN 934', 'ISO 4032', 'DIN 985']);
    const locking = standard === 'DIN 985';
    const de = locking ? 'Sicherungsmutter mit Klemmteil' : 'Sechskantmutter';
    const en = locking ? 'Nyloc lock nut' : 'Hex nut';
    return {
      brand: rng.pick(BRANDS),
      name: L(`${de} ${standard} ${grade.name.de}`, `${en} ${standard} ${grade.name.en}`),
      intro: L(`<p>${de} nach ${standard} aus ${grade.name.de}.</p>`, `<p>${en} to ${standard} in ${grade.name.en}.</p>`),
      axes: [{ key: 'thread', label: L('Gewinde', 'Thread') }],
      combos: THREADS.map((d) => ({ thread: `M${d}` })),
      variant: (v) => {
        const d = Number(String(v['thread']).slice(1));
        return {
          name: L(`${de} ${standard} M${d} ${grade.name.de}`, `${en} ${standard} M${d} ${grade.name.en}`),
          attributes: [
            num('thread-diameter', L('Gewindedurchmesser', 'Thread diameter'), d, 'mm'),
            text('material', LABELS.material, grade.name),
            text('standard', LABELS.standard, L(standard, standard)),
          ],
          price: (1 + d * d * 0.03) * grade.factor * (locking ? 1.8 : 1),
          quantity: packs(packFor(d)),
        };
      },
    };
  },
};

const washers: FamilyTemplate = {
  id: 'washer',
  categoryId: 'washers',
  weight: 5,
  build: (rng) => {
    const grade = rng.pick(GRADES);
    const standard = rng.pick(['DIN 125', 'ISO 7089', 'DIN 9021']);
    return {
      brand: rng.pick(BRANDS),
      name: L(`Unterlegscheibe ${standard} ${grade.name.de}`, `Flat washer ${standard} ${grade.name.en}`),
      intro: L(`<p>Unterlegscheibe nach ${standard}.</p>`, `<p>Flat washer to ${standard}.</p>`),
      axes: [{ key: 'nominal', label: L('Nenngröße', 'Nominal size'), unit: 'mm' }],
      combos: THREADS.map((d) => ({ nominal: d })),
      variant: (v) => {
        const d = Number(v['nominal']);
        const inner = Math.round((d + (d < 8 ? 0.2 : 0.5)) * 10) / 10;
        return {
          name: L(`Unterlegscheibe ${standard} ${d} mm ${grade.name.de}`, `Flat washer ${standard} ${d} mm ${grade.name.en}`),
          attributes: [
            num('inner-diameter', L('Innendurchmesser', 'Inner diameter'), inner, 'mm'),
            num('outer-diameter', L('Außendurchmesser', 'Outer diameter'), d * 2, 'mm'),
            text('material', LABELS.material, grade.name),
            text('standard', LABELS.standard, L(standard, standard)),
          ],
          price: (0.5 + d * 0.08) * grade.factor,
          quantity: packs(packFor(d) * 2),
        };
      },
    };
  },
};

/** Bolt, nut and washer templates. */
export const FASTENER_TEMPLATES: readonly FamilyTemplate[] = [bolts, nuts, washers];
