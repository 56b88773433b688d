/** Derived values of a valid configuration: list price, weight, lead time, code, bill of materials. */
import type { BillLine, Configuration, ConfigurationModel, DerivedValues } from './types.js';

/** Digits of a number in the code: up to three decimals, a dot, no trailing zeros. */
const codeNumber = (value: number): string => String(Math.round(value * 1000) / 1000);

/**
 * What a configuration adds up to per configured unit. Call it on valid configurations
 * only; invalid values are skipped, not guessed.
 */
export function derive(model: ConfigurationModel, config: Configuration): DerivedValues {
  let price = model.base.priceMinor;
  let weight = model.base.weightGrams;
  let extraDays = 0;
  const parts: string[] = [];
  const bill: BillLine[] = [];
  for (const group of model.groups) {
    const value = config[group.id];
    if (group.kind === 'single' || group.kind === 'multiple') {
      const ids = typeof value === 'string' ? [value] : Array.isArray(value) ? (value as readonly string[]) : [];
      const chosen = group.options.filter((o) => ids.includes(o.id));
      if (chosen.length === 0) continue;
      const units = (o: (typeof chosen)[number]): number => {
        const n = o.perUnit ? config[o.perUnit.group] : 0;
        return typeof n === 'number' && Number.isFinite(n) ? n : 0;
      };
      const add = chosen.reduce((sum, o) => sum + (o.priceMinor ?? 0) + Math.round(units(o) * (o.perUnit?.priceMinor ?? 0)), 0);
      price += add;
      weight += chosen.reduce((sum, o) => sum + (o.weightGrams ?? 0) + Math.round(units(o) * (o.perUnit?.weightGrams ?? 0)), 0);
      extraDays = Math.max(extraDays, ...chosen.map((o) => o.leadTimeDays ?? 0));
      parts.push(chosen.map((o) => o.code).join('+'));
      bill.push({ group: group.id, label: group.label, value: chosen.map((o) => o.label).join(', '), priceMinor: add });
    } else if (group.kind === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value)) continue;
      const add = Math.round(value * (group.priceMinorPerUnit ?? 0));
      price += add;
      weight += Math.round(value * (group.weightGramsPerUnit ?? 0));
      if (group.leadTime && value > group.leadTime.above) extraDays = Math.max(extraDays, group.leadTime.days);
      parts.push(`${group.code}${codeNumber(value)}`);
      bill.push({ group: group.id, label: group.label, value: codeNumber(value), unit: group.unit, priceMinor: add });
    } else if (typeof value === 'string' && value.length > 0) {
      const add = group.priceMinor ?? 0;
      price += add;
      extraDays = Math.max(extraDays, group.leadTimeDays ?? 0);
      bill.push({ group: group.id, label: group.label, value, priceMinor: add });
    }
  }
  return {
    listPriceMinor: price,
    currency: model.base.currency,
    weightGrams: weight,
    leadTimeDays: model.base.leadTimeDays + extraDays,
    code: [model.codePrefix, ...parts.filter((p) => p.length > 0)].join('-'),
    bill,
  };
}
