/**
 * The rule format of configurable products. A {@link ConfigurationModel} is plain data
 * (JSON-safe), written once per product by the backend in the session's language and read
 * by the constraint engine in this folder, which is the same code in the browser and in
 * the backend. `docs/configurator.md` describes the format with examples.
 */

/** A chosen value: an option id (single), option ids (multiple), a number, or a text. */
export type ConfigurationValue = string | number | readonly string[];

/** A configuration: group id to chosen value; a group left out is unset. */
export type Configuration = Readonly<Record<string, ConfigurationValue>>;

/** One choice within a single or multiple choice group. */
export interface ConfigOption {
  readonly id: string;
  readonly label: string;
  /** Short token for the configuration code (letters, digits, dots). */
  readonly code: string;
  /** List price added per configured unit, in minor units of the model's currency. */
  readonly priceMinor?: number;
  readonly weightGrams?: number;
  /** Extra working days; the longest of all chosen options counts (they are made in parallel). */
  readonly leadTimeDays?: number;
  readonly description?: string;
  /** A price (and weight) per unit of a number group: a cross-section's price per metre of length. */
  readonly perUnit?: { readonly group: string; readonly priceMinor: number; readonly weightGrams?: number };
}

interface GroupBase {
  readonly id: string;
  readonly label: string;
  /** A sentence shown under the group's label. */
  readonly help?: string;
}

/** Exactly one option (or none, when not required). */
export interface SingleGroup extends GroupBase {
  readonly kind: 'single';
  readonly required: boolean;
  readonly options: readonly ConfigOption[];
  readonly default?: string;
}

/** Any number of options between `min` and `max`. */
export interface MultipleGroup extends GroupBase {
  readonly kind: 'multiple';
  readonly options: readonly ConfigOption[];
  readonly min?: number;
  readonly max?: number;
  readonly default?: readonly string[];
}

/** A number on a grid: `min`, `min + step`, … up to `max`. */
export interface NumberGroup extends GroupBase {
  readonly kind: 'number';
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly default: number;
  /** Letter(s) before the value in the configuration code. */
  readonly code: string;
  /** List price per unit of this number (per metre, per battery …), minor units. */
  readonly priceMinorPerUnit?: number;
  readonly weightGramsPerUnit?: number;
  /** Extra working days when the value exceeds `above`. */
  readonly leadTime?: { readonly above: number; readonly days: number };
}

/** A free text (a label to print, an engraving). */
export interface TextGroup extends GroupBase {
  readonly kind: 'text';
  readonly required: boolean;
  readonly maxLength: number;
  /** Regular expression (source, whole text) the text must match when not empty. */
  readonly pattern?: string;
  /** What the pattern allows, in words. */
  readonly patternHint?: string;
  /** List price added when the text is not empty. */
  readonly priceMinor?: number;
  readonly leadTimeDays?: number;
}

/** A group of the model. */
export type OptionGroup = SingleGroup | MultipleGroup | NumberGroup | TextGroup;

/** A test on the configuration; an unset group satisfies no test but `not`. */
export type Condition =
  /** Single: the chosen option is one of `options`; multiple: one of them is chosen. */
  | { readonly kind: 'chosen'; readonly group: string; readonly options: readonly string[] }
  /** Number: within the bounds (both inclusive, each optional). */
  | { readonly kind: 'between'; readonly group: string; readonly min?: number; readonly max?: number }
  /** Any group: set and not empty. */
  | { readonly kind: 'filled'; readonly group: string }
  | { readonly kind: 'all'; readonly of: readonly Condition[] }
  | { readonly kind: 'any'; readonly of: readonly Condition[] }
  | { readonly kind: 'not'; readonly of: Condition };

interface RuleBase {
  readonly id: string;
  /** Why the rule exists, in the buyer's language: shown whenever the rule blocks something. */
  readonly message: string;
  /** When the rule applies; always when absent. */
  readonly when?: Condition;
}

/** When `when` holds, `then` must hold. */
export interface RequiresRule extends RuleBase {
  readonly kind: 'requires';
  readonly then: Condition;
}

/** When `when` holds, `then` must not. */
export interface ExcludesRule extends RuleBase {
  readonly kind: 'excludes';
  readonly then: Condition;
}

/** When `when` holds, the number group must lie within the bounds ("length ≤ 50 m when cross-section ≥ 4 mm²"). */
export interface RangeRule extends RuleBase {
  readonly kind: 'range';
  readonly group: string;
  readonly min?: number;
  readonly max?: number;
}

/** When `when` holds, the ordered quantity must lie within the bounds ("engraving from 5 pieces"). */
export interface QuantityRule extends RuleBase {
  readonly kind: 'quantity';
  readonly minQuantity?: number;
  readonly maxQuantity?: number;
}

/** A rule of the model. */
export type Rule = RequiresRule | ExcludesRule | RangeRule | QuantityRule;

/** Groups shown together, in order. */
export interface ConfigStep {
  readonly id: string;
  readonly label: string;
  readonly groups: readonly string[];
}

/** Everything the engine needs to know about one configurable product. */
export interface ConfigurationModel {
  /** The configurable product. */
  readonly sku: string;
  readonly name: string;
  /** Start of every configuration code of this product. */
  readonly codePrefix: string;
  /** The configured unit before options: list price, weight and lead time. */
  readonly base: {
    readonly priceMinor: number;
    readonly currency: string;
    readonly weightGrams: number;
    readonly leadTimeDays: number;
  };
  readonly steps: readonly ConfigStep[];
  readonly groups: readonly OptionGroup[];
  readonly rules: readonly Rule[];
}

/** One line of the bill of materials. */
export interface BillLine {
  readonly group: string;
  readonly label: string;
  /** The option labels, the number (unformatted) or the text chosen. */
  readonly value: string;
  readonly unit?: string;
  /** List price this choice adds per configured unit (minor units). */
  readonly priceMinor: number;
}

/** What a configuration adds up to, at list prices of the model's currency. */
export interface DerivedValues {
  readonly listPriceMinor: number;
  readonly currency: string;
  readonly weightGrams: number;
  readonly leadTimeDays: number;
  /** The configuration code, unique per combination of choices except free texts. */
  readonly code: string;
  readonly bill: readonly BillLine[];
}

/** Why a configuration is not valid; the element words each kind in the buyer's language. */
export type ConfigProblem =
  | { readonly kind: 'unknown-group'; readonly group: string }
  | { readonly kind: 'missing'; readonly group: string }
  | { readonly kind: 'unknown-option'; readonly group: string; readonly value: string }
  | { readonly kind: 'count'; readonly group: string; readonly min: number; readonly max: number }
  | { readonly kind: 'not-a-number'; readonly group: string }
  | { readonly kind: 'out-of-range'; readonly group: string; readonly min: number; readonly max: number }
  | { readonly kind: 'step'; readonly group: string; readonly step: number }
  | { readonly kind: 'not-text'; readonly group: string }
  | { readonly kind: 'too-long'; readonly group: string; readonly maxLength: number }
  | { readonly kind: 'pattern'; readonly group: string; readonly hint: string }
  | { readonly kind: 'rule'; readonly rule: string; readonly message: string; readonly groups: readonly string[] }
  | { readonly kind: 'quantity'; readonly rule: string; readonly message: string; readonly min: number; readonly max: number };
