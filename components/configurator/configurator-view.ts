/**
 * What the configurator shows for a configuration, computed once per change: problems per
 * group and step, conflicts with their fixes, and the derived values when it is valid. The
 * element renders this and nothing else, so what it lets a buyer complete is exactly what
 * the engine accepts.
 */
import { conflicts, derive, validate, type ConfigProblem, type Configuration, type ConfigurationModel, type Conflict, type DerivedValues } from '../../src/configurator/index.js';
import { parseNumber, problemGroup } from './configurator-messages.js';

/** The configurator's view of one configuration and quantity. */
export interface ConfiguratorView {
  /** Every problem, including numbers typed that are no numbers. */
  readonly problems: readonly ConfigProblem[];
  /** Problems by group id (rule problems under each of their groups). */
  readonly byGroup: ReadonlyMap<string, readonly ConfigProblem[]>;
  /** Broken rules with their fixes; earlier choices first. */
  readonly conflicts: readonly Conflict[];
  /** Step indexes with at least one problem. */
  readonly stepsWithProblems: ReadonlySet<number>;
  /** The quantity typed, or null when it is not a whole positive number. */
  readonly quantity: number | null;
  /** Derived values, only when the configuration and quantity are valid. */
  readonly derived: DerivedValues | null;
}

/** The quantity as typed: a whole number from 1, or null. */
export function parseQuantity(text: string): number | null {
  const n = parseNumber(text);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 1_000_000 ? n : null;
}

/**
 * Builds the view. `numberText` holds what the buyer typed into number fields that is not
 * (yet) a number; those groups count as not-a-number however the configuration stands.
 */
export function viewOf(
  model: ConfigurationModel,
  config: Configuration,
  quantityText: string,
  changed: string | undefined,
  numberText: ReadonlyMap<string, string>,
): ConfiguratorView {
  const quantity = parseQuantity(quantityText);
  const typed: ConfigProblem[] = [...numberText.entries()].filter(([, text]) => parseNumber(text) === null).map(([group]) => ({ kind: 'not-a-number', group }));
  const problems = [...typed, ...validate(model, config, quantity ?? undefined).filter((p) => !(p.kind !== 'rule' && p.kind !== 'quantity' && typed.some((t) => t.kind === 'not-a-number' && t.group === p.group)))];
  const byGroup = new Map<string, ConfigProblem[]>();
  for (const problem of problems) {
    const groups = problem.kind === 'rule' ? problem.groups : [problemGroup(problem)].filter((g): g is string => g !== null);
    for (const group of groups) byGroup.set(group, [...(byGroup.get(group) ?? []), problem]);
  }
  const stepsWithProblems = new Set<number>();
  model.steps.forEach((step, index) => {
    if (step.groups.some((g) => byGroup.has(g))) stepsWithProblems.add(index);
  });
  return {
    problems,
    byGroup,
    conflicts: conflicts(model, config, changed),
    stepsWithProblems,
    quantity,
    derived: problems.length === 0 && quantity !== null ? derive(model, config) : null,
  };
}
