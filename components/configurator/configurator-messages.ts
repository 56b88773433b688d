/**
 * The configurator's words: problems of a configuration, problems of a shared address,
 * number limits and fixes, in the buyer's language. The engine reports kinds; only this
 * file turns them into sentences.
 */
import { msg, str } from '@lit/localize';
import { formatMoney, type Money } from '../../src/index.js';
import type { ConfigOption, ConfigProblem, ConfigurationModel, ConfigurationValue, Fix, NumberLimits, OptionGroup, ParseProblem } from '../../src/configurator/index.js';
import { formatLocale } from '../shared/localization.js';
import { unitLabel } from '../shared/units.js';
import { numberFormat } from '../../src/commerce/formatters.js';

/** A number as typed in this locale (decimal comma in German), no grouping. */
export function formatNumber(value: number): string {
  return numberFormat(formatLocale(), { maximumFractionDigits: 3, useGrouping: false }).format(value);
}

/** A number with its unit: `10,5 m`, `2 pcs`. */
export function withUnit(value: number, unit: string): string {
  return `${formatNumber(value)} ${unitLabel(unit)}`;
}

/** Reads a number as buyers type it (`10,5` or `10.5`); null when it is not one. */
export function parseNumber(text: string): number | null {
  const clean = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(clean) ? Number(clean) : null;
}

/** Minor units of the model's currency as money text. */
export function modelMoney(model: ConfigurationModel, amountMinor: number): string {
  const value: Money = { amountMinor, currency: model.base.currency };
  return formatMoney(value, formatLocale());
}

const groupLabel = (model: ConfigurationModel, id: string): string => model.groups.find((g) => g.id === id)?.label ?? id;

const optionLabel = (group: OptionGroup | undefined, id: string): string =>
  group && (group.kind === 'single' || group.kind === 'multiple') ? (group.options.find((o: ConfigOption) => o.id === id)?.label ?? id) : id;

/** A problem of the configuration, as a sentence. */
export function problemText(model: ConfigurationModel, problem: ConfigProblem): string {
  if (problem.kind === 'rule' || problem.kind === 'quantity') return problem.message;
  const label = groupLabel(model, problem.group);
  const unit = model.groups.find((g) => g.id === problem.group && g.kind === 'number');
  const u = unit?.kind === 'number' ? unit.unit : '';
  switch (problem.kind) {
    case 'missing':
      return msg(str`Please choose: ${label}.`, { id: 'cfg-missing' });
    case 'unknown-group':
    case 'unknown-option':
    case 'not-text':
      return msg(str`${label}: this choice does not exist for this product.`, { id: 'cfg-unknown' });
    case 'count':
      return msg(str`${label}: choose between ${problem.min} and ${problem.max}.`, { id: 'cfg-count' });
    case 'not-a-number':
      return msg(str`${label}: please enter a number, such as 10.`, { id: 'cfg-not-a-number' });
    case 'out-of-range':
      return msg(str`${label}: allowed from ${withUnit(problem.min, u)} to ${withUnit(problem.max, u)}.`, { id: 'cfg-out-of-range' });
    case 'step':
      return msg(str`${label}: in steps of ${withUnit(problem.step, u)}.`, { id: 'cfg-step' });
    case 'too-long':
      return msg(str`${label}: at most ${problem.maxLength} characters.`, { id: 'cfg-too-long' });
    case 'pattern':
      return msg(str`${label}: allowed are ${problem.hint}.`, { id: 'cfg-pattern' });
  }
}

/** The group a problem belongs to, when it belongs to one. */
export function problemGroup(problem: ConfigProblem): string | null {
  if (problem.kind === 'quantity') return null;
  if (problem.kind === 'rule') return problem.groups[0] ?? null;
  return problem.group;
}

/** What was wrong with a shared configuration address, as one sentence. */
export function parseProblemsText(problems: readonly ParseProblem[]): string {
  const first = problems[0];
  const detail =
    first?.kind === 'unknown-group' || first?.kind === 'unknown-option' || first?.kind === 'not-a-number'
      ? msg(str`"${first.group}" has a value this product does not offer.`, { id: 'cfg-link-detail' })
      : msg('Its text was changed or cut off.', { id: 'cfg-link-garbled' });
  return msg(str`The configuration in this link could not be read: ${detail} You see the standard configuration instead.`, { id: 'cfg-link-invalid' });
}

/** The limits of a number group in words: `0,5 to 100 m in steps of 0,5 m`. */
export function limitsText(limits: NumberLimits): string {
  return msg(str`From ${withUnit(limits.min, limits.unit)} to ${withUnit(limits.max, limits.unit)}, in steps of ${withUnit(limits.step, limits.unit)}.`, {
    id: 'cfg-limits',
  });
}

const valueText = (model: ConfigurationModel, group: OptionGroup, value: ConfigurationValue): string => {
  if (typeof value === 'number') return group.kind === 'number' ? withUnit(value, group.unit) : formatNumber(value);
  if (typeof value === 'string') return group.kind === 'text' ? value : optionLabel(group, value);
  return value.map((id) => optionLabel(group, id)).join(', ') || msg('nothing', { id: 'cfg-nothing' });
};

/** A fix as the label of the button that applies it. */
export function fixText(model: ConfigurationModel, current: ConfigurationValue | undefined, fix: Fix): string {
  const group = model.groups.find((g) => g.id === fix.group);
  const label = group?.label ?? fix.group;
  if (!group || fix.value === undefined) return msg(str`Clear ${label}`, { id: 'cfg-fix-clear' });
  if (group.kind === 'multiple' && Array.isArray(fix.value)) {
    const before = Array.isArray(current) ? (current as readonly string[]) : [];
    const removed = before.filter((id) => !(fix.value as readonly string[]).includes(id));
    const added = (fix.value as readonly string[]).filter((id) => !before.includes(id));
    if (removed.length === 1 && added.length === 0) return msg(str`Remove ${optionLabel(group, removed[0] ?? '')} (${label})`, { id: 'cfg-fix-remove' });
    if (added.length === 1 && removed.length === 0) return msg(str`Add ${optionLabel(group, added[0] ?? '')} (${label})`, { id: 'cfg-fix-add' });
  }
  return msg(str`Change ${label} to ${valueText(model, group, fix.value)}`, { id: 'cfg-fix-change' });
}
