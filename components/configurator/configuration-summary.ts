/**
 * A configured line's choices in words, for the cart and the order history: the
 * configuration code, the choices, lead time and, with an address, a link to edit it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ConfigurationSummary } from '../../src/index.js';

/** Address of the configurator for a line: `{sku}` and `{line}` are replaced. */
export function configuratorHref(template: string, sku: string, lineId: string): string {
  return template.replaceAll('{sku}', encodeURIComponent(sku)).replaceAll('{line}', encodeURIComponent(lineId));
}

/** The summary as a compact description list; `editHref` adds an "Edit configuration" link. */
export function renderConfigurationSummary(summary: ConfigurationSummary, name: string, editHref = ''): TemplateResult {
  return html`<div class="configuration" part="configuration">
    <span class="code" translate="no">${summary.code}</span>
    <dl class="choices">
      ${summary.lines.map((line) => html`<div><dt>${line.label}</dt><dd>${line.value}</dd></div>`)}
    </dl>
    <span class="lead-time">${msg(str`Ships in ${summary.leadTimeDays} working days`, { id: 'cfg-ships-in' })}</span>
    ${editHref
      ? html`<a class="edit" part="edit-configuration" href=${editHref} aria-label=${msg(str`Edit configuration of ${name}`, { id: 'cfg-edit-label' })}
          >${msg('Edit configuration', { id: 'cfg-edit' })}</a
        >`
      : nothing}
  </div>`;
}

/** Styles of {@link renderConfigurationSummary}, for the elements that show it. */
export const configurationSummaryStyles = css`
  .configuration {
    font-size: 0.9em;
    color: var(--_muted);
    margin: var(--_space) 0;
  }
  .configuration .code {
    font-family: ui-monospace, monospace;
    color: var(--_text);
  }
  .configuration .choices {
    margin: var(--_space) 0;
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 calc(var(--_space) * 2);
  }
  .configuration .choices div {
    display: contents;
  }
  .configuration dd {
    margin: 0;
  }
  .configuration .edit {
    color: var(--_accent);
    margin-inline-start: calc(var(--_space) * 2);
  }
`;
