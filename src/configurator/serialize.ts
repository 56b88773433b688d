/**
 * A configuration as text, for shareable addresses: `group=value;group=a,b`, groups in
 * model order, values URI-encoded. Parsing never trusts the text: whatever does not fit the
 * model is reported and left at its default.
 */
import { canonical } from './validate.js';
import { groupOf } from './conditions.js';
import { initialConfiguration, withValue } from './choices.js';
import type { Configuration, ConfigurationModel, ConfigurationValue } from './types.js';

/** Longest configuration text accepted; a longer one was not made by Kontor. */
export const MAX_CONFIGURATION_TEXT = 2000;

/** What was wrong with a configuration text. */
export type ParseProblem =
  | { readonly kind: 'too-long' }
  | { readonly kind: 'malformed'; readonly part: string }
  | { readonly kind: 'unknown-group'; readonly group: string }
  | { readonly kind: 'unknown-option'; readonly group: string; readonly value: string }
  | { readonly kind: 'not-a-number'; readonly group: string; readonly value: string };

/** The configuration as text. */
export function serializeConfiguration(model: ConfigurationModel, config: Configuration): string {
  return Object.entries(canonical(model, config))
    .map(([group, value]) => `${group}=${(Array.isArray(value) ? (value as readonly string[]) : [String(value)]).map(encodeURIComponent).join(',')}`)
    .join(';');
}

const decode = (text: string): string | null => {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
};

/**
 * Reads a configuration text over the defaults. Unknown groups and options, non-numbers
 * and malformed parts are reported and skipped; values out of range or against a rule are
 * kept, for `validate` to explain.
 */
export function parseConfiguration(model: ConfigurationModel, text: string): { configuration: Configuration; problems: ParseProblem[] } {
  let config = initialConfiguration(model);
  if (text.length > MAX_CONFIGURATION_TEXT) return { configuration: config, problems: [{ kind: 'too-long' }] };
  const problems: ParseProblem[] = [];
  for (const part of text.split(';')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq > 0 ? decode(part.slice(0, eq)) : null;
    const raw = eq > 0 ? part.slice(eq + 1).split(',').map(decode) : [];
    if (key === null || raw.some((v) => v === null)) {
      problems.push({ kind: 'malformed', part: part.slice(0, 80) });
      continue;
    }
    const values = raw as string[];
    const group = groupOf(model, key);
    if (!group) {
      problems.push({ kind: 'unknown-group', group: key.slice(0, 80) });
      continue;
    }
    let value: ConfigurationValue | undefined;
    if (group.kind === 'number') {
      const n = values.length === 1 && /^-?\d+(\.\d+)?$/.test(values[0] ?? '') ? Number(values[0]) : Number.NaN;
      if (Number.isNaN(n)) problems.push({ kind: 'not-a-number', group: key, value: values.join(',').slice(0, 80) });
      else value = n;
    } else if (group.kind === 'text') {
      value = values.join(',');
    } else {
      const unknown = values.find((v) => !group.options.some((o) => o.id === v));
      if (unknown !== undefined || (group.kind === 'single' && values.length !== 1)) problems.push({ kind: 'unknown-option', group: key, value: (unknown ?? values.join(',')).slice(0, 80) });
      else value = group.kind === 'single' ? values[0] : values;
    }
    if (value !== undefined) config = withValue(config, key, value);
  }
  return { configuration: config, problems };
}
