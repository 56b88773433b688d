import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { consent } from '../../sdk/consent/index.js';
import { emit } from '../../components/shared/events.js';
import { useLocale } from '../../components/shared/localization.js';
import '../../components/vitals-panel/vitals-panel.js';
import type { KontorVitalsPanel } from '../../components/vitals-panel/vitals-panel.js';
import { until } from '../components/helpers/storefront.js';
import { exclusiveStorage } from './helpers/personalization.js';

const row = (panel: KontorVitalsPanel, metric: string) => panel.shadowRoot!.querySelector<HTMLTableRowElement>(`tr[data-metric="${metric}"]`);
const cells = (tr: HTMLTableRowElement) => [...tr.cells].map((c) => c.textContent!.trim());

describe('<kontor-vitals-panel>', () => {
  exclusiveStorage();
  afterEach(async () => {
    consent.set({ telemetry: false });
    await useLocale('en');
  });

  it('passes an axe check, open with values', async () => {
    const panel = await fixture<KontorVitalsPanel>(html`<kontor-vitals-panel open></kontor-vitals-panel>`);
    emit(panel, 'kontor-results', { total: 4, query: '', categoryId: 'c', durationMs: 120 });
    await until(() => row(panel, 'results'), 'the results row');
    await expect(panel).to.be.accessible();
  });

  it('opens from the keyboard and shows each metric with its value, rating, thresholds and host-qualified target', async () => {
    const panel = await fixture<KontorVitalsPanel>(html`<kontor-vitals-panel></kontor-vitals-panel>`);
    const summary = panel.shadowRoot!.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => panel.open, 'the panel open');
    expect(panel.hasAttribute('open')).to.equal(true);
    const source = panel.appendChild(document.createElement('span'));
    emit(source, 'kontor-add-to-cart', { sku: 'A', quantity: 1 }, { cancelable: true });
    emit(source, 'kontor-cart-change', { cart: {} as never });
    emit(source, 'kontor-results', { total: 4, query: '', categoryId: 'c', durationMs: 1500 });
    emit(source, 'kontor-error', { error: { code: 'unavailable' } as never, source: 'kontor-cart', action: 'checkout' });
    emit(source, 'kontor-error', { error: { code: 'unavailable' } as never, source: 'kontor-cart', action: 'checkout' });
    const results = await until(() => row(panel, 'results'), 'the results row');
    expect(cells(results)).to.deep.equal(['Results (request to rendered)', '1,500 ms', 'poor', '300 ms / 1,000 ms', 'kontor-vitals-panel span']);
    expect(cells(row(panel, 'add-to-cart')!)[0]).to.equal('Add to cart round trip');
    expect(cells(await until(() => row(panel, 'error'), 'the error row'))[1]).to.equal('2');
    expect(panel.matches(':state(poor)')).to.equal(true);
  });

  it('says whether the values are reported, following the consent switch live', async () => {
    consent.set({ telemetry: false });
    const panel = await fixture<KontorVitalsPanel>(html`<kontor-vitals-panel open></kontor-vitals-panel>`);
    const note = () => panel.shadowRoot!.querySelector('p')!.textContent!.trim();
    expect(note()).to.equal('No telemetry consent: these values stay on this page.');
    consent.set({ telemetry: true });
    await until(() => note().startsWith('Telemetry consent is on'), 'the consent note');
  });

  it('speaks German', async () => {
    await useLocale('de');
    const panel = await fixture<KontorVitalsPanel>(html`<kontor-vitals-panel open></kontor-vitals-panel>`);
    emit(panel, 'kontor-results', { total: 1, query: '', categoryId: 'c', durationMs: 1234 });
    const results = await until(() => row(panel, 'results'), 'the results row');
    expect(panel.shadowRoot!.querySelector('summary')!.textContent).to.equal('Web Vitals und Komponentenzeiten');
    expect(cells(results).slice(0, 3)).to.deep.equal(['Trefferliste (Anfrage bis angezeigt)', '1.234 ms', 'schlecht']);
  });
});
