/**
 * One option group of the configurator as form controls: single choice as a radio group,
 * multiple choice as checkboxes, numbers as a spin button, texts as a text field. Every
 * option says whether it fits the other choices and, when not, which rule says so.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { numberLimits, optionStates, type ConfigOption, type ConfigProblem, type Configuration, type ConfigurationModel, type MultipleGroup, type NumberGroup, type OptionGroup, type SingleGroup, type TextGroup } from '../../src/configurator/index.js';
import { unitLabel } from '../shared/units.js';
import { formatNumber, limitsText, modelMoney, problemText, withUnit } from './configurator-messages.js';

/** What group controls need from the element. */
export interface GroupsView {
  readonly model: ConfigurationModel;
  readonly config: Configuration;
  readonly byGroup: ReadonlyMap<string, readonly ConfigProblem[]>;
  /** Text typed into number fields, while it differs from the number kept. */
  readonly numberText: ReadonlyMap<string, string>;
  onPick(group: string, option: string): void;
  /** A number field's text changed; `done` when the buyer left the field. */
  onNumberText(group: string, text: string, done: boolean): void;
  onNumber(group: string, value: number): void;
  onText(group: string, text: string): void;
}

const id = (...parts: string[]): string => parts.join('--').replace(/[^\w-]/g, '_');

function problemsOf(view: GroupsView, group: OptionGroup, own: boolean): TemplateResult | typeof nothing {
  // Rule problems are explained in the conflict panel with their fixes; a group lists its own.
  const problems = (view.byGroup.get(group.id) ?? []).filter((p) => (p.kind !== 'rule') === own);
  if (problems.length === 0) return nothing;
  return html`<ul class="problems" id=${id('problems', group.id)}>
    ${problems.map((p) => html`<li>${problemText(view.model, p)}</li>`)}
  </ul>`;
}

function surcharge(model: ConfigurationModel, option: ConfigOption): string {
  const parts: string[] = [];
  if (option.priceMinor) parts.push(`${option.priceMinor > 0 ? '+' : ''}${modelMoney(model, option.priceMinor)}`);
  if (option.perUnit) {
    const group = model.groups.find((g) => g.id === option.perUnit?.group);
    const unit = group?.kind === 'number' ? group.unit : '';
    parts.push(msg(str`${modelMoney(model, option.perUnit.priceMinor)} per ${unit}`, { id: 'cfg-per-unit' }));
  }
  if (option.leadTimeDays) parts.push(msg(str`+${option.leadTimeDays} working days`, { id: 'cfg-extra-days' }));
  return parts.join(' · ');
}

function choiceGroup(view: GroupsView, group: SingleGroup | MultipleGroup): TemplateResult {
  const states = optionStates(view.model, view.config, group.id);
  const type = group.kind === 'single' ? 'radio' : 'checkbox';
  const count =
    group.kind === 'multiple' && (group.min !== undefined || group.max !== undefined)
      ? msg(str`Choose ${group.min ?? 0} to ${group.max ?? group.options.length}.`, { id: 'cfg-choose-count' })
      : '';
  const described = [group.help || count ? id('help', group.id) : '', view.byGroup.has(group.id) ? id('problems', group.id) : ''].filter(Boolean).join(' ');
  return html`<fieldset class="group" part="group" data-group=${group.id} aria-describedby=${described || nothing}>
    <legend>${group.label}</legend>
    ${group.help || count ? html`<p class="help" id=${id('help', group.id)}>${group.help ?? ''} ${count}</p>` : nothing}
    ${problemsOf(view, group, true)}
    <div class="options" role=${group.kind === 'single' ? 'radiogroup' : nothing} aria-label=${group.kind === 'single' ? group.label : nothing}>
      ${group.options.map((option) => {
        const state = states.find((s) => s.id === option.id);
        const available = state?.available ?? true;
        const inputId = id('option', group.id, option.id);
        const why = available ? '' : (state?.blockers.map((b) => b.message).join(' ') ?? '');
        const extra = surcharge(view.model, option);
        return html`<div class="option ${available ? '' : 'unavailable'}" part="option">
          <input
            type=${type}
            id=${inputId}
            name=${group.id}
            .checked=${state?.chosen ?? false}
            aria-describedby=${extra || why || option.description ? id('about', group.id, option.id) : nothing}
            @change=${() => view.onPick(group.id, option.id)}
          />
          <label for=${inputId}>${option.label}</label>
          ${extra || why || option.description
            ? html`<span class="about" id=${id('about', group.id, option.id)}>
                ${option.description ? html`<span>${option.description}</span>` : nothing}
                ${extra ? html`<span class="extra">${extra}</span>` : nothing}
                ${why ? html`<span class="why">${msg(str`Conflicts with your choices: ${why}`, { id: 'cfg-option-conflict' })}</span>` : nothing}
              </span>`
            : nothing}
        </div>`;
      })}
    </div>
  </fieldset>`;
}

function numberGroup(view: GroupsView, group: NumberGroup): TemplateResult {
  const limits = numberLimits(view.model, view.config, group.id);
  const value = view.config[group.id];
  const current = typeof value === 'number' ? value : null;
  const text = view.numberText.get(group.id) ?? (current === null ? '' : formatNumber(current));
  const problems = view.byGroup.get(group.id) ?? [];
  const inputId = id('number', group.id);
  const narrowed = limits?.blockers ?? [];
  // Offer the nearest allowed value when the number lies outside what the choices allow.
  const nearest = limits && current !== null && (current < limits.min || current > limits.max) ? Math.min(limits.max, Math.max(limits.min, current)) : null;
  const step = (delta: number): void => {
    if (!limits) return;
    const base = current ?? group.default;
    view.onNumber(group.id, Math.min(limits.max, Math.max(limits.min, Math.round((base + delta) * 1000) / 1000)));
  };
  const onKey = (event: KeyboardEvent): void => {
    if (!limits) return;
    const moves: Record<string, () => void> = {
      ArrowUp: () => step(limits.step),
      ArrowDown: () => step(-limits.step),
      PageUp: () => step(limits.step * 10),
      PageDown: () => step(-limits.step * 10),
      Home: () => view.onNumber(group.id, limits.min),
      End: () => view.onNumber(group.id, limits.max),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };
  return html`<div class="group number" part="group" data-group=${group.id}>
    <label for=${inputId} class="legend">${group.label}</label>
    ${group.help ? html`<p class="help" id=${id('help', group.id)}>${group.help}</p>` : nothing}
    <div class="spin">
      <input
        id=${inputId}
        class="input"
        part="number"
        type="text"
        role="spinbutton"
        inputmode="decimal"
        autocomplete="off"
        aria-valuemin=${limits?.min ?? group.min}
        aria-valuemax=${limits?.max ?? group.max}
        aria-valuenow=${current ?? nothing}
        aria-valuetext=${current === null ? nothing : withUnit(current, group.unit)}
        aria-invalid=${problems.length > 0 ? 'true' : 'false'}
        aria-describedby=${[group.help ? id('help', group.id) : '', id('limits', group.id), problems.length ? id('problems', group.id) : ''].filter(Boolean).join(' ')}
        .value=${text}
        @input=${(e: Event) => view.onNumberText(group.id, (e.target as HTMLInputElement).value, false)}
        @change=${(e: Event) => view.onNumberText(group.id, (e.target as HTMLInputElement).value, true)}
        @keydown=${onKey}
      />
      <span class="unit">${unitLabel(group.unit)}</span>
    </div>
    <p class="limits" id=${id('limits', group.id)}>
      ${limits ? limitsText(limits) : nothing}
      ${narrowed.map((b) => html`<span class="why">${b.message}</span>`)}
    </p>
    ${problems.length
      ? html`<div class="problems" id=${id('problems', group.id)}>
          <ul>${problems.map((p) => html`<li>${problemText(view.model, p)}</li>`)}</ul>
          ${nearest !== null
            ? html`<button type="button" class="button secondary fix" @click=${() => view.onNumber(group.id, nearest)}>
                ${msg(str`Use ${withUnit(nearest, group.unit)}`, { id: 'cfg-use-number' })}
              </button>`
            : nothing}
        </div>`
      : nothing}
  </div>`;
}

function textGroup(view: GroupsView, group: TextGroup): TemplateResult {
  const value = view.config[group.id];
  const inputId = id('text', group.id);
  const problems = view.byGroup.get(group.id) ?? [];
  const hint = [group.patternHint ? msg(str`Allowed: ${group.patternHint}.`, { id: 'cfg-text-allowed' }) : '', msg(str`At most ${group.maxLength} characters.`, { id: 'cfg-text-max' })].join(' ');
  return html`<div class="group text" part="group" data-group=${group.id}>
    <label for=${inputId} class="legend">${group.label}${group.required ? nothing : html` <span class="optional">${msg('(optional)', { id: 'cfg-optional' })}</span>`}</label>
    ${group.help ? html`<p class="help" id=${id('help', group.id)}>${group.help}</p>` : nothing}
    <input
      id=${inputId}
      class="input"
      part="text"
      maxlength=${group.maxLength}
      autocomplete="off"
      aria-invalid=${problems.length > 0 ? 'true' : 'false'}
      aria-describedby=${[group.help ? id('help', group.id) : '', id('hint', group.id), problems.length ? id('problems', group.id) : ''].filter(Boolean).join(' ')}
      .value=${typeof value === 'string' ? value : ''}
      @input=${(e: Event) => view.onText(group.id, (e.target as HTMLInputElement).value)}
    />
    <p class="limits" id=${id('hint', group.id)}>${hint}${group.priceMinor ? ` ${msg(str`Surcharge ${modelMoney(view.model, group.priceMinor)}.`, { id: 'cfg-text-price' })}` : ''}</p>
    ${problems.length ? html`<ul class="problems" id=${id('problems', group.id)}>${problems.map((p) => html`<li>${problemText(view.model, p)}</li>`)}</ul>` : nothing}
  </div>`;
}

/** The controls of one group. */
export function renderGroup(view: GroupsView, group: OptionGroup): TemplateResult {
  switch (group.kind) {
    case 'single':
    case 'multiple':
      return choiceGroup(view, group);
    case 'number':
      return numberGroup(view, group);
    case 'text':
      return textGroup(view, group);
  }
}
