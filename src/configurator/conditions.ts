/** Conditions and rules evaluated against a configuration. */
import type { Condition, Configuration, ConfigurationModel, OptionGroup, Rule } from './types.js';

/** The group of the model with that id. */
export function groupOf(model: ConfigurationModel, id: string): OptionGroup | undefined {
  return model.groups.find((group) => group.id === id);
}

/** Whether a value counts as set: unset, empty texts and empty selections do not. */
export function isFilled(value: Configuration[string] | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.length > 0;
  if (typeof value === 'number') return Number.isFinite(value);
  return value.length > 0;
}

/** Whether the condition holds for the configuration. */
export function holds(condition: Condition, config: Configuration): boolean {
  switch (condition.kind) {
    case 'chosen': {
      const value = config[condition.group];
      if (typeof value === 'string') return condition.options.includes(value);
      if (Array.isArray(value)) return value.some((v) => condition.options.includes(v));
      return false;
    }
    case 'between': {
      const value = config[condition.group];
      if (typeof value !== 'number' || !Number.isFinite(value)) return false;
      return (condition.min === undefined || value >= condition.min) && (condition.max === undefined || value <= condition.max);
    }
    case 'filled':
      return isFilled(config[condition.group]);
    case 'all':
      return condition.of.every((c) => holds(c, config));
    case 'any':
      return condition.of.some((c) => holds(c, config));
    case 'not':
      return !holds(condition.of, config);
  }
}

/** The groups a condition reads. */
export function conditionGroups(condition: Condition): string[] {
  switch (condition.kind) {
    case 'all':
    case 'any':
      return condition.of.flatMap(conditionGroups);
    case 'not':
      return conditionGroups(condition.of);
    default:
      return [condition.group];
  }
}

/** The groups a rule reads, without repeats, in the order they appear. */
export function ruleGroups(rule: Rule): string[] {
  const groups = rule.when ? conditionGroups(rule.when) : [];
  if (rule.kind === 'requires' || rule.kind === 'excludes') groups.push(...conditionGroups(rule.then));
  if (rule.kind === 'range') groups.push(rule.group);
  return [...new Set(groups)];
}

/** Whether a rule other than a quantity rule is broken by the configuration. */
export function breaks(rule: Rule, config: Configuration): boolean {
  if (rule.when && !holds(rule.when, config)) return false;
  switch (rule.kind) {
    case 'requires':
      return !holds(rule.then, config);
    case 'excludes':
      return holds(rule.then, config);
    case 'range': {
      const value = config[rule.group];
      if (typeof value !== 'number' || !Number.isFinite(value)) return false;
      return (rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max);
    }
    case 'quantity':
      return false;
  }
}

/** The rules (not quantity rules) the configuration breaks, in model order. */
export function brokenRules(model: ConfigurationModel, config: Configuration): Rule[] {
  return model.rules.filter((rule) => breaks(rule, config));
}
