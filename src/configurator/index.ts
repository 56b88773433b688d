/**
 * The product configurator's rule format and constraint engine: pure functions over plain
 * data, the same in the browser and in any backend. See `docs/configurator.md`.
 */
export type * from './types.js';
export { breaks, brokenRules, conditionGroups, groupOf, holds, isFilled, ruleGroups } from './conditions.js';
export { canonical, isValid, onGrid, validate, valueProblems } from './validate.js';
export { derive } from './derive.js';
export { conflicts, initialConfiguration, numberLimits, optionStates, pick, withValue, type Blocker, type Conflict, type Fix, type NumberLimits, type OptionState } from './choices.js';
export { MAX_CONFIGURATION_TEXT, parseConfiguration, serializeConfiguration, type ParseProblem } from './serialize.js';
