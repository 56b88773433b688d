/**
 * Segments: named conditions over the profile facts, written in JSON by marketers and
 * checked before use. A malformed segment is reported with its id and path and left out;
 * the others keep working, and slots whose segment is missing show their default.
 */
import type { ProfileFacts } from './profile.js';

/** A condition over one profile field. Exactly one operator per condition. */
export interface FieldCondition {
  readonly field: string;
  readonly equals?: string | number | boolean;
  readonly in?: readonly (string | number)[];
  readonly gte?: number;
  readonly lte?: number;
  /** For list fields (`categoriesViewed`, `categoriesOrdered`): the list contains the value. */
  readonly includes?: string;
  /** The field has a value (true) or has none (false). */
  readonly exists?: boolean;
}

/** A condition: a field test, or `all` / `any` / `not` combinations. */
export type Condition =
  | FieldCondition
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

/** A segment as marketers write it. */
export interface SegmentDefinition {
  readonly id: string;
  /** Higher wins when a slot has variants for several matching segments (default 50). */
  readonly priority?: number;
  readonly when: Condition;
  /** Shown in the preview panel. */
  readonly label?: string;
}

/** A checked segment. */
export interface Segment {
  readonly id: string;
  readonly priority: number;
  readonly label: string;
  readonly when: Condition;
  readonly builtIn: boolean;
}

/** A problem with one segment definition; `segment` names it (or its position). */
export class SegmentError extends Error {
  constructor(
    readonly segment: string,
    readonly path: string,
    problem: string,
  ) {
    super(`Segment ${segment}: ${path ? `${path}: ` : ''}${problem}`);
    this.name = 'SegmentError';
  }
}

/** The fields rules may test, with their kind. */
export const SEGMENT_FIELDS = {
  visits: 'number',
  returning: 'boolean',
  loggedIn: 'boolean',
  company: 'string',
  customerGroup: 'string',
  industry: 'string',
  categoriesViewed: 'list',
  categoriesOrdered: 'list',
  device: 'string',
  'campaign.source': 'string',
  'campaign.medium': 'string',
  'campaign.name': 'string',
  'campaign.term': 'string',
  'campaign.content': 'string',
} as const;

type FieldName = keyof typeof SEGMENT_FIELDS;
type FieldValue = string | number | boolean | readonly string[] | null;
type Kind = (typeof SEGMENT_FIELDS)[FieldName];
const scalar = (v: unknown): boolean => typeof v === 'string' || typeof v === 'number';
const isNumber = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
/** Each operator: whether an operand fits a field kind, and what it needs when not. */
const OPERANDS: Readonly<Record<string, readonly [(operand: unknown, kind: Kind) => boolean, string]>> = {
  equals: [(v, k) => k !== 'list' && (scalar(v) || typeof v === 'boolean'), 'a string, number or boolean (lists use "includes")'],
  in: [(v, k) => k !== 'list' && Array.isArray(v) && v.every(scalar), 'a list of strings or numbers'],
  gte: [(v, k) => k === 'number' && isNumber(v), 'a number on a number field'],
  lte: [(v, k) => k === 'number' && isNumber(v), 'a number on a number field'],
  includes: [(v, k) => k === 'list' && typeof v === 'string', 'a string on a list field'],
  exists: [(v) => typeof v === 'boolean', 'true or false'],
};
const SEGMENT_ID = /^[a-z0-9][a-z0-9:_.-]*$/i;
const DEFAULT_PRIORITY = 50;

/** A field's value in the facts. */
export function fieldValue(facts: ProfileFacts, field: FieldName): FieldValue {
  if (field === 'returning') return facts.visits > 1;
  if (field.startsWith('campaign.')) {
    const key = field.slice('campaign.'.length) as keyof NonNullable<ProfileFacts['campaign']>;
    return facts.campaign?.[key] || null;
  }
  return facts[field as Exclude<FieldName, 'returning' | `campaign.${string}`>];
}

/** Whether `condition` holds for `facts` (conditions must have been checked). */
export function evaluate(condition: Condition, facts: ProfileFacts): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, facts));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, facts));
  if ('not' in condition) return !evaluate(condition.not, facts);
  const value = fieldValue(facts, condition.field as FieldName);
  if (condition.exists !== undefined) return (value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)) === condition.exists;
  if (condition.equals !== undefined) return value === condition.equals;
  if (condition.in !== undefined) return (typeof value === 'string' || typeof value === 'number') && condition.in.includes(value);
  if (condition.gte !== undefined) return typeof value === 'number' && value >= condition.gte;
  if (condition.lte !== undefined) return typeof value === 'number' && value <= condition.lte;
  if (condition.includes !== undefined) return Array.isArray(value) && value.includes(condition.includes);
  return false;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkCondition(value: unknown, path: string, fail: (path: string, problem: string) => never): Condition {
  if (!isRecord(value)) fail(path, 'a condition must be an object');
  const keys = Object.keys(value);
  for (const combinator of ['all', 'any'] as const) {
    if (combinator in value) {
      if (keys.length !== 1) fail(path, `"${combinator}" must stand alone in its object`);
      const list = value[combinator];
      if (!Array.isArray(list) || list.length === 0) fail(`${path}.${combinator}`, 'must be a non-empty list of conditions');
      const checked = list.map((c: unknown, i) => checkCondition(c, `${path}.${combinator}[${i}]`, fail));
      return combinator === 'all' ? { all: checked } : { any: checked };
    }
  }
  if ('not' in value) {
    if (keys.length !== 1) fail(path, '"not" must stand alone in its object');
    return { not: checkCondition(value.not, `${path}.not`, fail) };
  }
  const field = value.field;
  if (typeof field !== 'string' || !(field in SEGMENT_FIELDS)) {
    fail(path, `unknown field ${JSON.stringify(field)}; use one of ${Object.keys(SEGMENT_FIELDS).join(', ')}`);
  }
  const kind = SEGMENT_FIELDS[field as FieldName];
  const operators = keys.filter((key) => key !== 'field');
  const operator = operators[0];
  if (operators.length !== 1 || !operator) fail(path, `needs exactly one operator (${Object.keys(OPERANDS).join(', ')}), found ${operators.length}`);
  const rule = OPERANDS[operator as string];
  if (!rule) fail(path, `unknown operator "${operator}"; use one of ${Object.keys(OPERANDS).join(', ')}`);
  const operand = value[operator as string];
  if (!rule![0](operand, kind)) fail(path, `"${operator}" on ${field} (${kind}) needs ${rule![1]}`);
  return { field, [operator]: operand } as FieldCondition;
}

/** Checks one definition; throws a {@link SegmentError} naming it. */
export function checkSegment(value: unknown, position = 0): Segment {
  const name = isRecord(value) && typeof value.id === 'string' && value.id ? `"${value.id}"` : `#${position + 1}`;
  const fail = (path: string, problem: string): never => {
    throw new SegmentError(name, path, problem);
  };
  if (!isRecord(value)) fail('', 'must be an object with "id" and "when"');
  const record = value as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !['id', 'priority', 'when', 'label'].includes(key));
  if (unknown.length > 0) fail('', `unknown key ${unknown.map((k) => `"${k}"`).join(', ')}`);
  if (typeof record.id !== 'string' || !SEGMENT_ID.test(record.id)) fail('id', 'must be letters, digits and : _ . - (for example "big-spenders")');
  if (record.priority !== undefined && (typeof record.priority !== 'number' || !Number.isFinite(record.priority))) fail('priority', 'must be a number');
  if (record.label !== undefined && typeof record.label !== 'string') fail('label', 'must be text');
  const id = record.id as string;
  return {
    id,
    priority: (record.priority as number | undefined) ?? DEFAULT_PRIORITY,
    label: (record.label as string | undefined) ?? id,
    when: checkCondition(record.when, 'when', fail),
    builtIn: false,
  };
}

/** The result of reading definitions: the good segments, and an error per bad one. */
export interface ParsedSegments {
  readonly segments: readonly Segment[];
  readonly errors: readonly SegmentError[];
}

/**
 * Reads segment definitions: a JSON text or an already parsed value, either a list or
 * `{ "segments": [...] }`. `source` names where they came from in errors.
 */
export function parseSegments(input: unknown, source = 'segments'): ParsedSegments {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { segments: [], errors: [new SegmentError(`source ${source}`, '', `is not valid JSON (${(error as Error).message})`)] };
    }
  }
  const list = isRecord(value) && 'segments' in value ? value.segments : value;
  if (!Array.isArray(list)) return { segments: [], errors: [new SegmentError(`source ${source}`, '', 'must be a list of segments or { "segments": [...] }')] };
  const segments: Segment[] = [];
  const errors: SegmentError[] = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    try {
      const segment = checkSegment(item, i);
      if (seen.has(segment.id)) throw new SegmentError(`"${segment.id}"`, 'id', 'is defined twice; the first definition is kept');
      seen.add(segment.id);
      segments.push(segment);
    } catch (error) {
      if (error instanceof SegmentError) errors.push(error);
      else throw error;
    }
  });
  return { segments, errors };
}

const builtIn = (id: string, priority: number, when: Condition): Segment => ({ id, priority, label: id, when, builtIn: true });

/** The built-in segments without a parameter. */
export const BUILT_IN_SEGMENTS: readonly Segment[] = [
  builtIn('new', 10, { field: 'visits', lte: 1 }),
  builtIn('returning', 10, { field: 'returning', equals: true }),
  builtIn('logged-in', 20, { field: 'loggedIn', equals: true }),
];

/** Built-in segments with a parameter: `customer-group:<id>`, `ordered:<category>`, … */
const PARAMETRIC: Readonly<Record<string, { readonly priority: number; readonly when: (value: string) => Condition }>> = {
  'customer-group': { priority: 40, when: (value) => ({ field: 'customerGroup', equals: value }) },
  ordered: { priority: 30, when: (value) => ({ field: 'categoriesOrdered', includes: value }) },
  industry: { priority: 30, when: (value) => ({ field: 'industry', equals: value }) },
  campaign: { priority: 35, when: (value) => ({ field: 'campaign.name', equals: value }) },
  device: { priority: 5, when: (value) => ({ field: 'device', equals: value }) },
};

/** A built-in segment by id (`new`, `customer-group:cg-lab`, …), or null. */
export function builtInSegment(id: string): Segment | null {
  const plain = BUILT_IN_SEGMENTS.find((segment) => segment.id === id);
  if (plain) return plain;
  const colon = id.indexOf(':');
  const kind = PARAMETRIC[id.slice(0, colon)];
  const value = id.slice(colon + 1);
  return colon > 0 && kind && value ? builtIn(id, kind.priority, kind.when(value)) : null;
}

/** The prefixes of parametric built-ins, for documentation and the preview panel. */
export const PARAMETRIC_PREFIXES = Object.keys(PARAMETRIC);
