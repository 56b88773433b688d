/** Validation of a configuration: every value well-formed, every rule kept. */
import { brokenRules, groupOf, holds, isFilled, ruleGroups } from './conditions.js';
import type { ConfigProblem, Configuration, ConfigurationModel, NumberGroup, OptionGroup } from './types.js';

/** Tolerance for grid checks of decimal steps (0.1 is not exact in binary). */
const GRID_EPSILON = 1e-9;

/** Whether a number lies on the group's grid (`min + k * step`). */
export function onGrid(group: NumberGroup, value: number): boolean {
  const k = (value - group.min) / group.step;
  return Math.abs(k - Math.round(k)) < GRID_EPSILON;
}

/** The problems of one group's value, ignoring rules. */
export function valueProblems(group: OptionGroup, value: Configuration[string] | undefined): ConfigProblem[] {
  switch (group.kind) {
    case 'single':
      if (value === undefined) return group.required ? [{ kind: 'missing', group: group.id }] : [];
      if (typeof value !== 'string' || !group.options.some((o) => o.id === value)) return [{ kind: 'unknown-option', group: group.id, value: String(value) }];
      return [];
    case 'multiple': {
      const min = group.min ?? 0;
      const max = group.max ?? group.options.length;
      const chosen = value === undefined ? [] : value;
      if (!Array.isArray(chosen)) return [{ kind: 'unknown-option', group: group.id, value: String(chosen) }];
      const unknown = chosen.find((id) => typeof id !== 'string' || !group.options.some((o) => o.id === id));
      if (unknown !== undefined) return [{ kind: 'unknown-option', group: group.id, value: String(unknown) }];
      if (new Set(chosen).size !== chosen.length || chosen.length < min || chosen.length > max) return [{ kind: 'count', group: group.id, min, max }];
      return [];
    }
    case 'number':
      if (value === undefined) return [{ kind: 'missing', group: group.id }];
      if (typeof value !== 'number' || !Number.isFinite(value)) return [{ kind: 'not-a-number', group: group.id }];
      if (value < group.min || value > group.max) return [{ kind: 'out-of-range', group: group.id, min: group.min, max: group.max }];
      if (!onGrid(group, value)) return [{ kind: 'step', group: group.id, step: group.step }];
      return [];
    case 'text': {
      if (value === undefined || value === '') return group.required ? [{ kind: 'missing', group: group.id }] : [];
      if (typeof value !== 'string') return [{ kind: 'not-text', group: group.id }];
      if (value.length > group.maxLength) return [{ kind: 'too-long', group: group.id, maxLength: group.maxLength }];
      if (group.pattern && !new RegExp(`^(?:${group.pattern})$`, 'u').test(value)) return [{ kind: 'pattern', group: group.id, hint: group.patternHint ?? '' }];
      return [];
    }
  }
}

/**
 * Every problem of a configuration: unknown groups, malformed or missing values, broken
 * rules and, when `quantity` is given, quantity rules. Empty means valid.
 */
export function validate(model: ConfigurationModel, config: Configuration, quantity?: number): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const key of Object.keys(config)) if (!groupOf(model, key)) problems.push({ kind: 'unknown-group', group: key });
  for (const group of model.groups) problems.push(...valueProblems(group, config[group.id]));
  for (const rule of brokenRules(model, config)) problems.push({ kind: 'rule', rule: rule.id, message: rule.message, groups: ruleGroups(rule) });
  if (quantity !== undefined) {
    for (const rule of model.rules) {
      if (rule.kind !== 'quantity' || (rule.when && !holds(rule.when, config))) continue;
      const min = rule.minQuantity ?? 0;
      const max = rule.maxQuantity ?? Number.POSITIVE_INFINITY;
      if (quantity < min || quantity > max) problems.push({ kind: 'quantity', rule: rule.id, message: rule.message, min, max });
    }
  }
  return problems;
}

/** Whether the configuration is valid (and the quantity allowed, when given). */
export function isValid(model: ConfigurationModel, config: Configuration, quantity?: number): boolean {
  return validate(model, config, quantity).length === 0;
}

/** The configuration without unset-equivalent entries, keys in model order: two equal configurations compare equal as JSON. */
export function canonical(model: ConfigurationModel, config: Configuration): Configuration {
  const out: Record<string, Configuration[string]> = {};
  for (const group of model.groups) {
    const value = config[group.id];
    if (!isFilled(value) || value === undefined) continue;
    out[group.id] = Array.isArray(value) ? [...(value as readonly string[])].sort() : value;
  }
  return out;
}
