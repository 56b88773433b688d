/** Configuration problems in the buyer's words, for the backend's validation errors. */
import type { ConfigProblem, ConfigurationModel } from '../../configurator/index.js';
import type { Locale } from '../catalog/types.js';

/** The field path and message of one problem. */
export function problemField(model: ConfigurationModel, problem: ConfigProblem, locale: Locale, prefix = 'configuration'): { path: string; message: string } {
  const t = (de: string, en: string): string => (locale === 'de' ? de : en);
  const label = (id: string): string => model.groups.find((g) => g.id === id)?.label ?? id;
  switch (problem.kind) {
    case 'rule':
      return { path: `${prefix}.${problem.groups[0] ?? ''}`, message: problem.message };
    case 'quantity':
      return { path: 'quantity', message: problem.message };
    case 'unknown-group':
      return { path: `${prefix}.${problem.group}`, message: t(`Unbekannte Auswahl „${problem.group}“.`, `Unknown choice "${problem.group}".`) };
    case 'missing':
      return { path: `${prefix}.${problem.group}`, message: t(`${label(problem.group)}: bitte wählen.`, `${label(problem.group)}: please choose.`) };
    case 'unknown-option':
      return { path: `${prefix}.${problem.group}`, message: t(`${label(problem.group)}: „${problem.value}“ gibt es nicht.`, `${label(problem.group)}: "${problem.value}" is not an option.`) };
    case 'count':
      return { path: `${prefix}.${problem.group}`, message: t(`${label(problem.group)}: ${problem.min} bis ${problem.max} wählen.`, `${label(problem.group)}: choose ${problem.min} to ${problem.max}.`) };
    case 'not-a-number':
      return { path: `${prefix}.${problem.group}`, message: t(`${label(problem.group)}: eine Zahl angeben.`, `${label(problem.group)}: enter a number.`) };
    case 'out-of-range':
      return { path: `${prefix}.${problem.group}`, message: t(`${label(problem.group)}: von ${problem.min} bis ${problem.max}.`, `${label(problem.group)}: from ${problem.min} to ${problem.max}.`) };
    case 'step':
      return { path: `${prefix}.${problem.group}`, message: t(`${label(problem.group)}: in Schritten von ${problem.step}.`, `${label(problem.group)}: in steps of ${problem.step}.`) };
    case 'not-text':
      return { path: `${prefix}.${problem.group}`, message: t(`${label(problem.group)}: einen Text angeben.`, `${label(problem.group)}: enter a text.`) };
    case 'too-long':
      return { path: `${prefix}.${problem.group}`, message: t(`${label(problem.group)}: höchstens ${problem.maxLength} Zeichen.`, `${label(problem.group)}: at most ${problem.maxLength} characters.`) };
    case 'pattern':
      return { path: `${prefix}.${problem.group}`, message: t(`${label(problem.group)}: erlaubt sind ${problem.hint}.`, `${label(problem.group)}: allowed are ${problem.hint}.`) };
  }
}
