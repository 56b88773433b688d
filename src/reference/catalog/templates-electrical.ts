/** Templates for cables, drill bits and cordless drills. */
import { L, LABELS, bool, cross, deNum, num, packs, text, type FamilyTemplate } from './template-kit.js';

const CABLE_BRANDS = ['Kabelwerk Nord', 'Lumatec', 'Voltaris'];
const TOOL_BRANDS = ['Borex', 'Kraftmann', 'Drillpro'];

const cables: FamilyTemplate = {
  id: 'cable',
  categoryId: 'installation-cables',
  weight: 12,
  build: (rng) => {
    const underground = rng.chance(0.4);
    const type = underground ? 'NYY-J' : 'NYM-J';
    const sections = underground ? [1.5, 2.5, 4, 6, 10, 16, 25, 35] : [1.5, 2.5, 4, 6, 10, 16];
    const de = underground ? 'Erdkabel' : 'Mantelleitung';
    const en = underground ? 'underground cable' : 'installation cable';
    return {
      categoryId: underground ? 'underground-cables' : 'installation-cables',
      brand: rng.pick(CABLE_BRANDS),
      name: L(`${de} ${type}`, `${type} ${en}`),
      intro: L(
        `<p>${de} ${type} mit Kupferleitern, ${underground ? 'für die Verlegung im Erdreich' : 'für Innenräume'}.</p>`,
        `<p>${type} ${en} with copper conductors, ${underground ? 'for laying in the ground' : 'for indoor installation'}.</p>`,
      ),
      axes: [
        { key: 'cores', label: L('Adern', 'Cores') },
        { key: 'cross-section', label: L('Querschnitt', 'Cross-section'), unit: 'mm²' },
        { key: 'put-up', label: L('Aufmachung', 'Put-up') },
      ],
      combos: cross({ cores: [3, 4, 5], 'cross-section': sections, 'put-up': ['m', 'ring-50', 'ring-100'] }),
      variant: (v) => {
        const cores = Number(v['cores']);
        const section = Number(v['cross-section']);
        const putUp = String(v['put-up']);
        const metres = putUp === 'm' ? 1 : Number(putUp.slice(5));
        const perMetre = 40 + cores * section * 11;
        const putUpText =
          putUp === 'm' ? L('Meterware', 'by the metre') : L(`Ring ${metres} m`, `${metres} m coil`);
        return {
          name: L(
            `${type} ${cores}x${deNum(section)} mm² ${de}, ${putUpText.de}`,
            `${type} ${cores}x${section} mm² ${en}, ${putUpText.en}`,
          ),
          attributes: [
            num('cores', L('Aderzahl', 'Number of cores'), cores),
            num('cross-section', L('Querschnitt', 'Cross-section'), section, 'mm²'),
            num('outer-diameter', L('Außendurchmesser', 'Outer diameter'), Math.round((6 + cores * section * 0.6) * 10) / 10, 'mm'),
            num('rated-voltage', L('Nennspannung', 'Rated voltage'), underground ? 1000 : 500, 'V'),
            text('conductor', L('Leiter', 'Conductor'), L('Kupfer', 'copper')),
            bool('halogen-free', L('Halogenfrei', 'Halogen-free'), false),
          ],
          price: perMetre * metres * (metres > 1 ? 0.92 : 1),
          quantity:
            putUp === 'm'
              ? { minQuantity: 5, packSize: 0.5, unit: 'm', fractional: true }
              : packs(1),
        };
      },
    };
  },
};

const drillBits: FamilyTemplate = {
  id: 'drill',
  categoryId: 'drill-bits',
  weight: 8,
  build: (rng) => {
    const kind = rng.pick([
      { code: 'HSS-G', de: 'geschliffen', en: 'ground', factor: 1 },
      { code: 'HSS-Co5', de: 'mit 5 % Kobalt', en: 'with 5 % cobalt', factor: 2.2 },
      { code: 'HSS-TiN', de: 'TiN-beschichtet', en: 'TiN coated', factor: 1.6 },
    ]);
    const diameters: number[] = [];
    for (let d = 1; d <= 13; d += 0.5) diameters.push(d);
    return {
      brand: rng.pick(TOOL_BRANDS),
      name: L(`${kind.code} Spiralbohrer DIN 338`, `${kind.code} twist drill DIN 338`),
      intro: L(
        `<p>Spiralbohrer ${kind.code} ${kind.de} nach DIN 338 für Stahl und NE-Metalle.</p>`,
        `<p>${kind.code} twist drill, ${kind.en}, to DIN 338 for steel and non-ferrous metals.</p>`,
      ),
      axes: [{ key: 'diameter', label: LABELS.diameter, unit: 'mm' }],
      combos: diameters.map((diameter) => ({ diameter })),
      variant: (v) => {
        const d = Number(v['diameter']);
        return {
          name: L(
            `${kind.code} Spiralbohrer DIN 338 Ø ${d.toFixed(1).replace('.', ',')} mm`,
            `${kind.code} twist drill DIN 338 Ø ${d.toFixed(1)} mm`,
          ),
          attributes: [
            num('diameter', LABELS.diameter, d, 'mm'),
            num('length', L('Gesamtlänge', 'Overall length'), Math.round(30 + d * 9), 'mm'),
            text('material', LABELS.material, L(kind.code, kind.code)),
            num('point-angle', L('Spitzenwinkel', 'Point angle'), 118, '°'),
          ],
          price: (80 + d * d * 9) * kind.factor,
          quantity: packs(d < 6 ? 10 : 5),
        };
      },
    };
  },
};

const cordless: FamilyTemplate = {
  id: 'cordless',
  categoryId: 'power-tools',
  weight: 3,
  build: (rng) => {
    const brand = rng.pick(TOOL_BRANDS);
    const impact = rng.chance(0.4);
    const de = impact ? 'Akku-Schlagbohrschrauber' : 'Akku-Bohrschrauber';
    const en = impact ? 'cordless combi drill' : 'cordless drill driver';
    return {
      brand,
      name: L(`${brand} ${de}`, `${brand} ${en}`),
      intro: L(
        `<p>${de} mit bürstenlosem Motor und 2-Gang-Getriebe.</p><ul><li>LED-Arbeitslicht</li><li>Schnellspannbohrfutter 13 mm</li></ul>`,
        `<p>${impact ? 'Cordless combi drill' : 'Cordless drill driver'} with brushless motor and 2-speed gearbox.</p><ul><li>LED work light</li><li>13 mm keyless chuck</li></ul>`,
      ),
      axes: [
        { key: 'voltage', label: L('Spannung', 'Voltage'), unit: 'V' },
        { key: 'kit', label: L('Ausstattung', 'Kit') },
      ],
      combos: cross({ voltage: [12, 18], kit: ['solo', '2x2.0Ah', '2x4.0Ah', '2x5.0Ah'] }),
      warranty: L('3 Jahre Herstellergarantie nach Registrierung.', '3-year manufacturer warranty after registration.'),
      variant: (v) => {
        const volt = Number(v['voltage']);
        const kit = String(v['kit']);
        const solo = kit === 'solo';
        const ah = solo ? 0 : Number(kit.slice(2, 5));
        const kitText = solo ? L('ohne Akku', 'bare tool') : L(`mit 2 Akkus ${deNum(ah)} Ah`, `with 2 batteries ${ah} Ah`);
        return {
          name: L(`${brand} ${de} ${volt} V, ${kitText.de}`, `${brand} ${en} ${volt} V, ${kitText.en}`),
          attributes: [
            num('voltage', L('Spannung', 'Voltage'), volt, 'V'),
            num('torque', L('Drehmoment', 'Torque'), volt === 12 ? 35 : impact ? 80 : 60, 'Nm'),
            num('battery-capacity', L('Akkukapazität', 'Battery capacity'), ah, 'Ah'),
            bool('impact', L('Schlagfunktion', 'Impact function'), impact),
            bool('case', L('Koffer', 'Carrying case'), !solo),
          ],
          price: (volt === 12 ? 8900 : 12900) + ah * 3500 + (impact ? 3000 : 0),
          quantity: packs(1),
          configurable: !solo,
        };
      },
    };
  },
};

/** Cable and tool templates. */
export const ELECTRICAL_TEMPLATES: readonly FamilyTemplate[] = [cables, drillBits, cordless];
