import type { Sku, TechnicalAttribute, VariantAvailability, VariantFamily, VariantFamilyMember } from '../../src/index.js';

/** One value of an axis as the picker offers it. */
export interface AxisOption {
  readonly value: string | number;
  /** The member that choosing this value leads to; null when the combination does not exist. */
  readonly sku: Sku | null;
  /** Availability of that member; `unavailable` when the combination does not exist. */
  readonly state: VariantAvailability | 'unavailable';
  readonly selected: boolean;
}

/** One axis with its options, in ascending value order. */
export interface AxisChoice {
  readonly key: string;
  readonly label: string;
  readonly unit: string | undefined;
  readonly options: readonly AxisOption[];
}

const compareValues = (a: string | number, b: string | number): number =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), undefined, { numeric: true });

/** Distance of a member from the current one along the later axes (smaller is closer). */
function distance(member: VariantFamilyMember, current: VariantFamilyMember, keys: readonly string[]): number {
  let total = 0;
  for (const key of keys) {
    const a = member.axisValues[key];
    const b = current.axisValues[key];
    if (a === b) continue;
    total += typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) / Math.max(Math.abs(b), 1) : 1;
  }
  return total;
}

/**
 * The picker's model: axis by axis (diameter, then length), the values with the member each
 * leads to. A value of the first axis always leads somewhere (to the closest member with
 * it); a value of a later axis that does not exist together with the values chosen on the
 * axes before it is `unavailable`, so the buyer sees the gap before choosing it.
 */
export function axisChoices(family: VariantFamily, currentSku: Sku): AxisChoice[] {
  const current = family.members.find((m) => m.sku === currentSku);
  if (!current) return [];
  return family.axes.map((axis, index) => {
    const before = family.axes.slice(0, index).map((a) => a.key);
    const after = family.axes.slice(index + 1).map((a) => a.key);
    const values = [...new Set(family.members.map((m) => m.axisValues[axis.key]).filter((v) => v !== undefined))].sort(compareValues);
    const options = values.map((value): AxisOption => {
      const candidates = family.members.filter(
        (m) => m.axisValues[axis.key] === value && (index === 0 || before.every((key) => m.axisValues[key] === current.axisValues[key])),
      );
      const best = candidates.reduce<VariantFamilyMember | null>((found, m) => (found === null || distance(m, current, after) < distance(found, current, after) ? m : found), null);
      return {
        value,
        sku: best?.sku ?? null,
        state: best ? best.availability : 'unavailable',
        selected: current.axisValues[axis.key] === value,
      };
    });
    return { key: axis.key, label: axis.label, unit: axis.unit, options };
  });
}

/** Keys of the technical attributes whose values differ between members: what a comparison shows. */
export function differingAttributes(family: VariantFamily): TechnicalAttribute[] {
  const seen = new Map<string, { attribute: TechnicalAttribute; values: Set<string> }>();
  for (const member of family.members) {
    for (const attribute of member.attributes) {
      const entry = seen.get(attribute.key) ?? { attribute, values: new Set<string>() };
      entry.values.add(String(attribute.value));
      seen.set(attribute.key, entry);
    }
  }
  const axisKeys = new Set(family.axes.map((a) => a.key));
  return [...seen.values()].filter((e) => e.values.size > 1 && !axisKeys.has(e.attribute.key)).map((e) => e.attribute);
}
