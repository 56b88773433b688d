/** Templates for work gloves, pipes, fittings and lab supplies. */
import { L, LABELS, bool, cross, num, packs, text, type FamilyTemplate } from './template-kit.js';
import type { Localized } from './types.js';

const SAFETY_BRANDS = ['Gripline', 'Safehand', 'Protexa'];
const PIPE_BRANDS = ['Aquaflow', 'Rohrtec', 'Pipemaster'];
const LAB_BRANDS = ['Labora', 'Medisure', 'Pipetta'];

const workGloves: FamilyTemplate = {
  id: 'glove',
  categoryId: 'work-gloves',
  weight: 8,
  build: (rng) => {
    const coating = rng.pick([
      { de: 'Nitril', en: 'nitrile' },
      { de: 'PU', en: 'PU' },
      { de: 'Latex', en: 'latex' },
    ]);
    const cut = rng.pick(['A', 'B', 'C', 'D', 'E', 'F']);
    const code = `${rng.int(2, 4)}X${rng.int(2, 4)}${rng.int(1, 4)}${cut}`;
    const cutResistant = cut >= 'C';
    const de = cutResistant ? 'Schnittschutzhandschuh' : 'Montagehandschuh';
    const en = cutResistant ? 'Cut-resistant glove' : 'Assembly glove';
    return {
      brand: rng.pick(SAFETY_BRANDS),
      name: L(`${de} ${coating.de}-beschichtet EN 388 ${code}`, `${en}, ${coating.en} coated, EN 388 ${code}`),
      intro: L(
        `<p>${de} mit ${coating.de}-Beschichtung, Schutzstufen nach EN 388: ${code}.</p>`,
        `<p>${en} with ${coating.en} coating, EN 388 protection levels ${code}.</p>`,
      ),
      axes: [{ key: 'size', label: LABELS.size }],
      combos: [7, 8, 9, 10, 11].map((size) => ({ size })),
      variant: (v) => {
        const size = Number(v['size']);
        return {
          name: L(`${de} ${coating.de} EN 388 ${code}, Größe ${size}`, `${en}, ${coating.en}, EN 388 ${code}, size ${size}`),
          attributes: [
            num('glove-size', LABELS.size, size),
            text('en388', L('EN 388 Schutzstufen', 'EN 388 levels'), L(code, code)),
            text('cut-level', L('Schnittschutzklasse', 'Cut level'), L(cut, cut)),
            text('coating', L('Beschichtung', 'Coating'), L(coating.de, coating.en)),
          ],
          price: 190 + (cut.charCodeAt(0) - 65) * 120,
          quantity: packs(12, 'pair'),
        };
      },
    };
  },
};

interface PipeMaterial {
  readonly code: string;
  readonly name: Localized;
  readonly factor: number;
}

const PIPE_MATERIALS: readonly PipeMaterial[] = [
  { code: 'PVC-U', name: L('PVC-U', 'PVC-U'), factor: 1 },
  { code: 'PP', name: L('Polypropylen', 'polypropylene'), factor: 1.2 },
  { code: 'Cu', name: L('Kupfer', 'copper'), factor: 4.5 },
  { code: '1.4404', name: L('Edelstahl 1.4404', 'stainless steel 1.4404'), factor: 6 },
];
const PIPE_DIAMETERS = [16, 20, 25, 32, 40, 50, 63, 75, 110];

const pipes: FamilyTemplate = {
  id: 'pipe',
  categoryId: 'pipes-straight',
  weight: 6,
  build: (rng) => {
    const material = rng.pick(PIPE_MATERIALS);
    return {
      brand: rng.pick(PIPE_BRANDS),
      name: L(`Rohr ${material.name.de}`, `${material.name.en} pipe`),
      intro: L(`<p>Druckrohr aus ${material.name.de}, Stangenlänge 5 m.</p>`, `<p>Pressure pipe in ${material.name.en}, 5 m bars.</p>`),
      axes: [
        { key: 'outer-diameter', label: L('Außendurchmesser', 'Outer diameter'), unit: 'mm' },
        { key: 'pressure', label: L('Nenndruck', 'Pressure rating'), unit: 'bar' },
      ],
      combos: cross({ 'outer-diameter': PIPE_DIAMETERS, pressure: [10, 16] }),
      variant: (v) => {
        const d = Number(v['outer-diameter']);
        const pn = Number(v['pressure']);
        return {
          name: L(`Rohr ${material.name.de} d ${d} mm PN ${pn}, 5 m`, `${material.name.en} pipe d ${d} mm PN ${pn}, 5 m`),
          attributes: [
            num('outer-diameter', L('Außendurchmesser', 'Outer diameter'), d, 'mm'),
            num('pressure', L('Nenndruck', 'Pressure rating'), pn, 'bar'),
            num('length', LABELS.length, 5000, 'mm'),
            text('material', LABELS.material, material.name),
          ],
          price: (300 + d * d * 0.9) * material.factor * (pn === 16 ? 1.25 : 1),
          quantity: packs(1),
        };
      },
    };
  },
};

const FITTINGS = [
  { key: 'elbow', de: 'Winkel 90°', en: '90° elbow', factor: 1 },
  { key: 'tee', de: 'T-Stück', en: 'tee', factor: 1.4 },
  { key: 'coupling', de: 'Muffe', en: 'coupling', factor: 0.8 },
  { key: 'cap', de: 'Kappe', en: 'end cap', factor: 0.6 },
] as const;

const fittings: FamilyTemplate = {
  id: 'fitting',
  categoryId: 'fittings',
  weight: 8,
  build: (rng) => {
    const material = rng.pick(PIPE_MATERIALS);
    return {
      brand: rng.pick(PIPE_BRANDS),
      name: L(`Fittings ${material.name.de}`, `${material.name.en} fittings`),
      intro: L(`<p>Formteile aus ${material.name.de} zum Verkleben oder Verpressen.</p>`, `<p>${material.name.en} fittings for bonding or pressing.</p>`),
      axes: [
        { key: 'fitting', label: L('Formteil', 'Fitting') },
        { key: 'outer-diameter', label: L('Außendurchmesser', 'Outer diameter'), unit: 'mm' },
      ],
      combos: cross({ fitting: FITTINGS.map((f) => f.key), 'outer-diameter': PIPE_DIAMETERS }),
      variant: (v) => {
        const d = Number(v['outer-diameter']);
        const kind = FITTINGS.find((f) => f.key === v['fitting']) ?? FITTINGS[0];
        return {
          name: L(`${kind.de} ${material.name.de} d ${d} mm`, `${material.name.en} ${kind.en} d ${d} mm`),
          attributes: [
            num('outer-diameter', L('Außendurchmesser', 'Outer diameter'), d, 'mm'),
            text('material', LABELS.material, material.name),
            text('fitting-type', L('Formteil', 'Fitting type'), L(kind.de, kind.en)),
          ],
          price: (60 + d * 4) * material.factor * kind.factor,
          quantity: packs(d < 40 ? 10 : 1),
        };
      },
    };
  },
};

const COLORS = [L('blau', 'blue'), L('violett', 'violet'), L('schwarz', 'black'), L('weiß', 'white')];

const nitrile: FamilyTemplate = {
  id: 'nitrile',
  categoryId: 'disposable-gloves',
  weight: 5,
  build: (rng) => {
    const color = rng.pick(COLORS);
    const powderFree = rng.chance(0.85);
    return {
      brand: rng.pick(LAB_BRANDS),
      name: L(`Nitril-Einmalhandschuhe ${color.de}`, `Nitrile disposable gloves, ${color.en}`),
      intro: L(
        `<p>Untersuchungshandschuhe aus Nitril, ${powderFree ? 'puderfrei' : 'gepudert'}, AQL 1,5.</p>`,
        `<p>Nitrile examination gloves, ${powderFree ? 'powder-free' : 'powdered'}, AQL 1.5.</p>`,
      ),
      axes: [{ key: 'size', label: LABELS.size }],
      combos: ['XS', 'S', 'M', 'L', 'XL'].map((size) => ({ size })),
      hasSafetySheet: true,
      variant: (v) => {
        const size = String(v['size']);
        return {
          name: L(`Nitril-Einmalhandschuhe ${color.de}, Größe ${size}, 100 Stück`, `Nitrile disposable gloves ${color.en}, size ${size}, box of 100`),
          attributes: [
            text('glove-size-letter', LABELS.size, L(size, size)),
            text('color', LABELS.color, color),
            bool('powder-free', L('Puderfrei', 'Powder-free'), powderFree),
            num('aql', L('AQL', 'AQL'), 1.5),
          ],
          price: 690,
          quantity: { minQuantity: 1, packSize: 1, unit: 'box', fractional: false },
        };
      },
    };
  },
};

const tips: FamilyTemplate = {
  id: 'tips',
  categoryId: 'pipette-tips',
  weight: 5,
  build: (rng) => {
    const filter = rng.chance(0.4);
    return {
      brand: rng.pick(LAB_BRANDS),
      name: L(`Pipettenspitzen${filter ? ' mit Filter' : ''}`, `Pipette tips${filter ? ' with filter' : ''}`),
      intro: L('<p>Universelle Pipettenspitzen aus Polypropylen.</p>', '<p>Universal polypropylene pipette tips.</p>'),
      axes: [
        { key: 'volume', label: L('Volumen', 'Volume'), unit: 'µl' },
        { key: 'form', label: L('Darreichung', 'Form') },
      ],
      combos: cross({ volume: [10, 20, 200, 1000, 5000], form: ['rack-96', 'bag-1000'] }),
      variant: (v) => {
        const vol = Number(v['volume']);
        const rack = v['form'] === 'rack-96';
        const sterile = rack && filter;
        return {
          name: L(
            `Pipettenspitzen ${vol} µl${filter ? ' Filter' : ''}, ${rack ? 'Rack mit 96' : 'Beutel mit 1000'}${sterile ? ', steril' : ''}`,
            `Pipette tips ${vol} µl${filter ? ' filter' : ''}, ${rack ? 'rack of 96' : 'bag of 1000'}${sterile ? ', sterile' : ''}`,
          ),
          attributes: [
            num('volume', L('Volumen', 'Volume'), vol, 'µl'),
            bool('sterile', L('Steril', 'Sterile'), sterile),
            bool('filter', L('Filter', 'Filter'), filter),
            text('material', LABELS.material, L('Polypropylen', 'polypropylene')),
          ],
          price: (rack ? 450 : 1290) * (filter ? 2.4 : 1),
          quantity: { minQuantity: 1, packSize: 1, unit: rack ? 'rack' : 'bag', fractional: false },
        };
      },
    };
  },
};

const boxes: FamilyTemplate = {
  id: 'box',
  categoryId: 'storage-boxes',
  weight: 4,
  build: (rng) => {
    const material = rng.pick([L('Polypropylen', 'polypropylene'), L('Karton', 'cardboard')]);
    return {
      brand: rng.pick(LAB_BRANDS),
      name: L(`Kryobox ${material.de}`, `Cryo box, ${material.en}`),
      intro: L(`<p>Aufbewahrungsbox für Kryoröhrchen aus ${material.de}.</p>`, `<p>Storage box for cryo vials in ${material.en}.</p>`),
      axes: [
        { key: 'places', label: L('Plätze', 'Places') },
        { key: 'color', label: LABELS.color },
      ],
      combos: cross({ places: [25, 81, 100], color: COLORS.map((c) => c.en) }),
      variant: (v) => {
        const places = Number(v['places']);
        const color = COLORS.find((c) => c.en === v['color']) ?? L('weiß', 'white');
        return {
          name: L(`Kryobox ${material.de}, ${places} Plätze, ${color.de}`, `Cryo box ${material.en}, ${places} places, ${color.en}`),
          attributes: [
            num('places', L('Plätze', 'Places'), places),
            text('material', LABELS.material, material),
            text('color', LABELS.color, color),
            bool('autoclavable', L('Autoklavierbar', 'Autoclavable'), material.en === 'polypropylene'),
          ],
          price: 150 + places * 6,
          quantity: packs(places === 100 ? 1 : 4),
        };
      },
    };
  },
};

/** Glove, pipe and lab templates. */
export const SUPPLY_TEMPLATES: readonly FamilyTemplate[] = [workGloves, pipes, fittings, nitrile, tips, boxes];
