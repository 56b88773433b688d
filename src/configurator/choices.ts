/**
 * The choice model: what a buyer may choose next, why an option is not available, and how
 * a conflict is resolved. The element renders exactly this, so property tests of these
 * functions speak for the element.
 */
import { breaks, brokenRules, groupOf, holds, ruleGroups } from './conditions.js';
import { onGrid, valueProblems } from './validate.js';
import type { Condition, Configuration, ConfigurationModel, ConfigurationValue, NumberGroup, OptionGroup, Rule } from './types.js';

/** A rule that blocks a choice, with the other groups whose choices it depends on. */
export interface Blocker {
  readonly rule: string;
  readonly message: string;
  /** Groups to change instead (the chosen group itself left out). */
  readonly groups: readonly string[];
}

/** One option of a choice group as the buyer sees it. */
export interface OptionState {
  readonly id: string;
  readonly chosen: boolean;
  /** False when choosing it would break a rule given the other choices. */
  readonly available: boolean;
  readonly blockers: readonly Blocker[];
}

/** A number group's limits as they stand now, with the rules that narrow them. */
export interface NumberLimits {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly unit: string;
  readonly blockers: readonly Blocker[];
}

/** A way out of a conflict: set `group` to `value` (undefined: clear it). */
export interface Fix {
  readonly group: string;
  readonly value: ConfigurationValue | undefined;
}

/** A broken rule with the ways out of it, earlier choices first. */
export interface Conflict {
  readonly rule: string;
  readonly message: string;
  readonly groups: readonly string[];
  readonly fixes: readonly Fix[];
}

/** The configuration with one group set (or cleared). */
export function withValue(config: Configuration, group: string, value: ConfigurationValue | undefined): Configuration {
  const next: Record<string, ConfigurationValue> = { ...config };
  if (value === undefined) delete next[group];
  else next[group] = value;
  return next;
}

/** The configuration a buyer starts from: every group's default. */
export function initialConfiguration(model: ConfigurationModel): Configuration {
  const config: Record<string, ConfigurationValue> = {};
  for (const group of model.groups) {
    if (group.kind === 'single' && group.default !== undefined) config[group.id] = group.default;
    if (group.kind === 'multiple' && group.default && group.default.length > 0) config[group.id] = group.default;
    if (group.kind === 'number') config[group.id] = group.default;
  }
  return config;
}

const blockerOf = (rule: Rule, group: string): Blocker => ({ rule: rule.id, message: rule.message, groups: ruleGroups(rule).filter((g) => g !== group) });

/** The value a group gets when the buyer picks `option` (multiple choice: toggles it). */
export function pick(model: ConfigurationModel, config: Configuration, group: string, option: string): ConfigurationValue | undefined {
  const g = groupOf(model, group);
  if (g?.kind !== 'multiple') return option;
  const current = Array.isArray(config[group]) ? (config[group] as readonly string[]) : [];
  const next = current.includes(option) ? current.filter((id) => id !== option) : [...current, option];
  return next.length > 0 ? next : undefined;
}

/** Each option of a single or multiple choice group, with whether picking it breaks a rule. */
export function optionStates(model: ConfigurationModel, config: Configuration, group: string): OptionState[] {
  const g = groupOf(model, group);
  if (!g || (g.kind !== 'single' && g.kind !== 'multiple')) return [];
  const current = config[group];
  return g.options.map((option) => {
    const chosen = current === option.id || (Array.isArray(current) && current.includes(option.id));
    // A chosen multiple-choice option is judged as it stands; an unchosen one as if added.
    const candidate = chosen ? config : withValue(config, group, g.kind === 'multiple' ? [...((current as readonly string[] | undefined) ?? []), option.id] : option.id);
    const blockers = model.rules.filter((rule) => ruleGroups(rule).includes(group) && breaks(rule, candidate)).map((rule) => blockerOf(rule, group));
    return { id: option.id, chosen, available: blockers.length === 0, blockers };
  });
}

/** A number group's limits under the other choices: its own bounds narrowed by range rules that apply. */
export function numberLimits(model: ConfigurationModel, config: Configuration, group: string): NumberLimits | null {
  const g = groupOf(model, group);
  if (g?.kind !== 'number') return null;
  let min = g.min;
  let max = g.max;
  const blockers: Blocker[] = [];
  for (const rule of model.rules) {
    if (rule.kind !== 'range' || rule.group !== group || (rule.when && !holds(rule.when, config))) continue;
    if (rule.min !== undefined && rule.min > min) min = rule.min;
    if (rule.max !== undefined && rule.max < max) max = rule.max;
    blockers.push(blockerOf(rule, group));
  }
  return { min, max, step: g.step, unit: g.unit, blockers };
}

/** Values worth trying for a number group: its bounds and the thresholds rules test it against, on its grid. */
function numberCandidates(model: ConfigurationModel, g: NumberGroup): number[] {
  const raw = [g.min, g.max, g.default];
  const visit = (c: Condition): void => {
    if (c.kind === 'all' || c.kind === 'any') c.of.forEach(visit);
    else if (c.kind === 'not') visit(c.of);
    else if (c.kind === 'between' && c.group === g.id) {
      if (c.min !== undefined) raw.push(c.min, c.min - g.step);
      if (c.max !== undefined) raw.push(c.max, c.max + g.step);
    }
  };
  for (const rule of model.rules) {
    if (rule.when) visit(rule.when);
    if (rule.kind === 'requires' || rule.kind === 'excludes') visit(rule.then);
    if (rule.kind === 'range' && rule.group === g.id) raw.push(...[rule.min, rule.max].filter((v): v is number => v !== undefined));
  }
  const snapped = raw.map((v) => {
    const k = g.step > 0 ? Math.round((v - g.min) / g.step) : 0;
    return Math.min(g.max, Math.max(g.min, Math.round((g.min + k * g.step) * 1e9) / 1e9));
  });
  return [...new Set(snapped)].filter((v) => onGrid(g, v));
}

/** Every value a group could be set to in a fix. */
function candidates(model: ConfigurationModel, config: Configuration, g: OptionGroup): (ConfigurationValue | undefined)[] {
  switch (g.kind) {
    case 'single':
      return [...g.options.map((o) => o.id), ...(g.required ? [] : [undefined])];
    case 'multiple':
      return g.options.map((o) => pick(model, config, g.id, o.id));
    case 'number':
      return numberCandidates(model, g);
    case 'text':
      return g.required ? [] : [undefined];
  }
}

/** Broken rules plus malformed values, the measure a fix must lower. */
function trouble(model: ConfigurationModel, config: Configuration): number {
  return brokenRules(model, config).length + model.groups.reduce((n, g) => n + valueProblems(g, config[g.id]).length, 0);
}

/**
 * The rules a configuration breaks, each with its fixes: single changes that keep the rule
 * and leave less trouble overall. Fixes for groups other than `changed` (the buyer's
 * latest choice) come first, since the conflict is with an earlier choice; changing the
 * latest choice again follows. A rule no single change can fix offers a reset of its groups
 * to their defaults, so the buyer is never left without a way forward.
 */
export function conflicts(model: ConfigurationModel, config: Configuration, changed?: string): Conflict[] {
  const now = trouble(model, config);
  const start = initialConfiguration(model);
  return brokenRules(model, config).map((rule) => {
    const groups = ruleGroups(rule);
    const order = [...groups.filter((g) => g !== changed), ...groups.filter((g) => g === changed)];
    const fixes: Fix[] = [];
    for (const id of order) {
      const g = groupOf(model, id);
      if (!g) continue;
      const scored = candidates(model, config, g)
        .filter((value) => JSON.stringify(value) !== JSON.stringify(config[id]))
        .map((value) => ({ value, next: withValue(config, id, value) }))
        .filter(({ next }) => !breaks(rule, next) && trouble(model, next) < now)
        .map(({ value, next }) => ({ value, score: trouble(model, next) }))
        .sort((a, b) => a.score - b.score);
      // Two per group are plenty to choose from; more would bury the message.
      for (const { value } of scored.slice(0, 2)) fixes.push({ group: id, value });
    }
    if (fixes.length === 0) for (const id of order) fixes.push({ group: id, value: start[id] });
    return { rule: rule.id, message: rule.message, groups, fixes };
  });
}
