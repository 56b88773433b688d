import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { THRESHOLDS, unitOf, type MetricName, type Rating } from '../../sdk/telemetry/index.js';
import { define } from '../shared/define.js';
import { KontorElement } from '../shared/kontor-element.js';
import { formatLocale } from '../shared/localization.js';
import { tokens } from '../shared/styles.js';
import { VitalsController } from './vitals-controller.js';
import { vitalsPanelStyles } from './vitals-panel.styles.js';
import { numberFormat } from '../../src/commerce/formatters.js';

const ORDER: readonly MetricName[] = ['LCP', 'INP', 'CLS', 'FCP', 'TTFB', 'typeahead', 'first-results', 'results', 'add-to-cart', 'checkout', 'error'];

/**
 * A developer overlay with the page's Core Web Vitals and component timings as they are
 * measured, each with its rating and the thresholds it is rated against, and the element
 * it was pinned to (through shadow roots). It shows what the telemetry SDK measures on this
 * page and sends nothing itself. For the demo and Storybook; see docs/telemetry.md.
 *
 * @summary Live Web Vitals and component timings with their ratings.
 * @tag kontor-vitals-panel
 * @csspart panel - The collapsible panel.
 * @csspart table - The table of metrics.
 * @cssprop --kontor-vitals-panel-max-height - Largest height before the panel scrolls (default 70vh).
 * @cssprop --kontor-vitals-panel-good - Colour of good ratings (default the success colour).
 * @cssprop --kontor-vitals-panel-needs-improvement - Colour of ratings that need improvement (default the warning colour).
 * @cssprop --kontor-vitals-panel-poor - Colour of poor ratings (default the danger colour).
 * @cssstate empty - Before anything was measured.
 * @cssstate poor - While any metric is rated poor.
 */
@localized()
export class KontorVitalsPanel extends KontorElement {
  static override styles = [tokens, vitalsPanelStyles];

  /** Whether the panel is expanded. */
  @property({ type: Boolean, reflect: true }) open = false;

  readonly #vitals = new VitalsController(this);

  protected override willUpdate(): void {
    const metrics = [...this.#vitals.metrics.values()];
    this.setCustomState('empty', metrics.length === 0);
    this.setCustomState('poor', metrics.some((m) => m.rating === 'poor'));
  }

  #label(name: MetricName): string {
    switch (name) {
      case 'typeahead':
        return msg('Typeahead (keystroke to suggestions)', { id: 'vitals-panel-typeahead' });
      case 'first-results':
        return msg('First results', { id: 'vitals-panel-first-results' });
      case 'results':
        return msg('Results (request to rendered)', { id: 'vitals-panel-results' });
      case 'add-to-cart':
        return msg('Add to cart round trip', { id: 'vitals-panel-add-to-cart' });
      case 'checkout':
        return msg('Checkout', { id: 'vitals-panel-checkout' });
      case 'error':
        return msg('Errors', { id: 'vitals-panel-errors' });
      default:
        return name;
    }
  }

  #rating(rating: Rating): string {
    switch (rating) {
      case 'good':
        return msg('good', { id: 'vitals-panel-good' });
      case 'needs-improvement':
        return msg('needs improvement', { id: 'vitals-panel-needs-improvement' });
      default:
        return msg('poor', { id: 'vitals-panel-poor' });
    }
  }

  #format(name: MetricName, value: number): string {
    const unit = unitOf(name);
    const digits = name === 'CLS' ? 3 : 0;
    const number = numberFormat(formatLocale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
    return unit === 'ms' ? `${number} ms` : number;
  }

  #onToggle(event: Event): void {
    this.open = (event.target as HTMLDetailsElement).open;
  }

  protected override render() {
    const metrics = ORDER.flatMap((name) => this.#vitals.metrics.get(name) ?? []);
    return html`<details part="panel" ?open=${this.open} @toggle=${this.#onToggle}>
      <summary>${msg('Web vitals and component timings', { id: 'vitals-panel-title' })}</summary>
      <div class="body">
        <p>
          ${this.#vitals.consented
            ? msg('Telemetry consent is on: these values are reported.', { id: 'vitals-panel-consent-on' })
            : msg('No telemetry consent: these values stay on this page.', { id: 'vitals-panel-consent-off' })}
        </p>
        ${metrics.length === 0
          ? html`<p>${msg('Nothing measured yet. Load, type or click to see values.', { id: 'vitals-panel-empty' })}</p>`
          : html`<table part="table">
              <thead>
                <tr>
                  <th scope="col">${msg('Metric', { id: 'vitals-panel-metric' })}</th>
                  <th scope="col">${msg('Value', { id: 'vitals-panel-value' })}</th>
                  <th scope="col">${msg('Rating', { id: 'vitals-panel-rating' })}</th>
                  <th scope="col">${msg('Good up to / poor above', { id: 'vitals-panel-thresholds' })}</th>
                  <th scope="col">${msg('Target', { id: 'vitals-panel-target' })}</th>
                </tr>
              </thead>
              <tbody>
                ${metrics.map((metric) => {
                  const [good, poor] = THRESHOLDS[metric.name];
                  return html`<tr data-metric=${metric.name}>
                    <th scope="row">${this.#label(metric.name)}</th>
                    <td class="number">${this.#format(metric.name, metric.value)}</td>
                    <td class="rating ${metric.rating}">${this.#rating(metric.rating)}</td>
                    <td class="number">${metric.name === 'error' ? '–' : `${this.#format(metric.name, good)} / ${this.#format(metric.name, poor)}`}</td>
                    <td>${metric.target ? html`<code>${metric.target}</code>` : nothing}</td>
                  </tr>`;
                })}
              </tbody>
            </table>`}
        ${this.#vitals.metrics.has('INP')
          ? nothing
          : html`<p>${msg('INP appears after an interaction that takes longer than 40 ms, or when the page is hidden.', { id: 'vitals-panel-no-inp' })}</p>`}
      </div>
    </details>`;
  }
}

define('kontor-vitals-panel', KontorVitalsPanel);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-vitals-panel': KontorVitalsPanel;
  }
}
