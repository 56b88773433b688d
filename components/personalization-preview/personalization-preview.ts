import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import {
  BUILT_IN_SEGMENTS,
  PREVIEW_PARAMETER,
  allowed,
  inSegment,
  onChange,
  previewSegments,
  segmentErrors,
  segments,
  setPreview,
} from '../../sdk/personalization/index.js';
import { define } from '../shared/define.js';
import { KontorElement } from '../shared/kontor-element.js';
import { formStyles } from '../shared/form-styles.js';
import { controls, tokens } from '../shared/styles.js';
import { personalizationPreviewStyles } from './personalization-preview.styles.js';

const OWN = '';
const DEFAULT = 'default';

/** Segment ids the page's slots have variants for, in page order. */
function slotSegments(): string[] {
  const ids = [...document.querySelectorAll<HTMLTemplateElement>('kontor-slot > template[data-segment]')].flatMap((t) => (t.dataset.segment ?? '').split(/\s+/));
  return [...new Set(ids.filter(Boolean))];
}

/**
 * The marketers' preview: view the page as any segment without touching the visitor's
 * stored profile. The choice goes into the address (`?kontor-preview=returning`) so a
 * reload or a shared link shows the same; slots follow live. It also lists problems in the
 * page's segment definitions.
 *
 * @summary Preview panel: view the page as a segment.
 * @tag kontor-personalization-preview
 * @csspart panel - The panel.
 * @cssstate preview - While a preview is on.
 */
@localized()
export class KontorPersonalizationPreview extends KontorElement {
  static override styles = [tokens, controls, formStyles, personalizationPreviewStyles];

  // Bumped when segments, preview or profile change, so the panel re-reads them.
  @state() private revision = 0;

  #stop: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stop = onChange(() => this.revision++);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop?.();
  }

  #choose(value: string): void {
    setPreview(value === OWN ? null : value === DEFAULT ? [] : [value]);
    const url = new URL(location.href);
    if (value === OWN) url.searchParams.delete(PREVIEW_PARAMETER);
    else url.searchParams.set(PREVIEW_PARAMETER, value);
    history.replaceState(history.state, '', url);
  }

  protected override render() {
    void this.revision;
    const previewed = previewSegments();
    const current = previewed === null ? OWN : previewed[0] === DEFAULT ? DEFAULT : (previewed[0] ?? OWN);
    this.setCustomState('preview', previewed !== null);
    const ids = [...new Set([...BUILT_IN_SEGMENTS.map((s) => s.id), ...segments().map((s) => s.id), ...slotSegments(), ...(previewed ?? [])])].filter((id) => id !== DEFAULT);
    // Which segments the real visitor is in, read while no preview decides.
    const own = previewed === null && allowed() ? ids.filter((id) => inSegment(id)) : [];
    const errors = segmentErrors();
    return html`<section class="panel" part="panel" aria-labelledby="title">
      <h2 id="title">${msg('Personalization preview', { id: 'preview-title' })}</h2>
      <label>
        ${msg('View this page as', { id: 'preview-view-as' })}
        <select class="input" @change=${(e: Event) => this.#choose((e.target as HTMLSelectElement).value)}>
          <option value=${OWN} ?selected=${current === OWN}>${msg('This visitor (no preview)', { id: 'preview-own' })}</option>
          <option value=${DEFAULT} ?selected=${current === DEFAULT}>${msg('Nobody (default variants)', { id: 'preview-default' })}</option>
          ${ids.map((id) => html`<option value=${id} ?selected=${current === id}>${id}</option>`)}
        </select>
      </label>
      <p role="status">
        ${previewed !== null
          ? msg('Preview on: the stored profile is not changed.', { id: 'preview-on' })
          : !allowed()
            ? msg('No consent for personalization: everyone sees the default variants.', { id: 'preview-no-consent' })
            : own.length > 0
              ? msg(str`This visitor is in: ${own.join(', ')}`, { id: 'preview-own-segments' })
              : msg('This visitor is in no segment.', { id: 'preview-no-segment' })}
      </p>
      ${errors.length > 0
        ? html`<div role="alert">
            <p>${msg('Segment definitions with errors (left out):', { id: 'preview-errors' })}</p>
            <ul>${errors.map((error) => html`<li>${error.message}</li>`)}</ul>
          </div>`
        : nothing}
    </section>`;
  }
}

define('kontor-personalization-preview', KontorPersonalizationPreview);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-personalization-preview': KontorPersonalizationPreview;
  }
}
