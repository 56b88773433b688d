import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { consent } from '../../sdk/consent/index.js';
import { hostQualified, onRecord, startTelemetry, type Beacon, type TelemetryRecord, type TelemetryReporter } from '../../sdk/telemetry/index.js';
import { generateTarget } from '../../sdk/telemetry/targets.js';
import { emit } from '../../components/shared/events.js';
import '../../components/search-box/search-box.js';
import type { KontorSearchBox } from '../../components/search-box/search-box.js';
import { mount, testCommerce, until } from '../components/helpers/storefront.js';
import { exclusiveStorage } from './helpers/personalization.js';

const api = (window as Window & { KONTOR_TEST_API_URL?: string }).KONTOR_TEST_API_URL;
if (!api) throw new Error('The test runner did not start the Node API server (KONTOR_TEST_API_URL is unset).');

/** A page type no other test uses, so the shared collector's report can be read for this test alone. */
const uniquePageType = () => `test-${Math.random().toString(36).slice(2, 10)}`;

interface Row {
  metric: string;
  pageType: string;
  count: number;
  p75: number;
}
async function rowsFor(pageType: string): Promise<Row[]> {
  const report = (await (await fetch(`${api}/telemetry/report`)).json()) as { byPageType: Row[] };
  return report.byPageType.filter((row) => row.pageType === pageType);
}

/** What Kontor could have left in the page's storage. */
async function storageSnapshot(): Promise<string> {
  const keys = (storage: Storage) => Object.keys(storage).sort().join(',');
  const databases = (await indexedDB.databases()).map((d) => d.name).sort().join(',');
  return JSON.stringify([keys(localStorage), keys(sessionStorage), databases, document.cookie]);
}

/** A custom element with an open shadow root holding a combobox, like the search box. */
class TelemetryProbe extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<div part="field"><input role="combobox" aria-label="Probe"></div>';
  }
}
if (!customElements.get('kontor-telemetry-probe')) customElements.define('kontor-telemetry-probe', TelemetryProbe);

describe('telemetry SDK', () => {
  exclusiveStorage();
  let reporter: TelemetryReporter | undefined;
  let beacons: number;
  const realBeacon = navigator.sendBeacon.bind(navigator);
  beforeEach(() => {
    beacons = 0;
    navigator.sendBeacon = (url, data) => {
      beacons++;
      return realBeacon(url, data);
    };
  });
  afterEach(() => {
    reporter?.stop();
    reporter = undefined;
    navigator.sendBeacon = realBeacon;
    consent.set({ telemetry: false });
  });

  it('sends nothing and stores nothing before telemetry consent', async () => {
    consent.set({ telemetry: false, personalization: false });
    const before = await storageSnapshot();
    const sent: Beacon[] = [];
    const pageType = uniquePageType();
    reporter = startTelemetry({ endpoint: `${api}/telemetry/beacon`, otlpEndpoint: `${api}/telemetry/v1/metrics`, pageType, batchSize: 1, onSend: (b) => sent.push(b) });
    const measured: TelemetryRecord[] = [];
    const unsubscribe = onRecord((r) => measured.push(r));
    const probe = document.body.appendChild(document.createElement('kontor-telemetry-probe'));
    emit(probe, 'kontor-results', { total: 3, query: 'x', categoryId: '', durationMs: 12 });
    emit(probe, 'kontor-error', { error: { code: 'unavailable' } as never, source: 'kontor-telemetry-probe', action: 'search' });
    reporter.flush();
    document.dispatchEvent(new Event('visibilitychange'));
    dispatchEvent(new Event('pagehide'));
    unsubscribe();
    probe.remove();
    expect(measured.map((r) => r.name)).to.include.members(['results', 'error']);
    expect(sent).to.deep.equal([]);
    expect(beacons).to.equal(0);
    expect(await rowsFor(pageType)).to.deep.equal([]);
    expect(await storageSnapshot()).to.equal(before);
  });

  it('host-qualified targets name every shadow host, and the browser\'s host target is deepened to the element used', async () => {
    const outer = document.body.appendChild(document.createElement('div'));
    outer.attachShadow({ mode: 'open' }).innerHTML = '<kontor-telemetry-probe></kontor-telemetry-probe>';
    const probe = outer.shadowRoot!.querySelector('kontor-telemetry-probe')!;
    const field = probe.shadowRoot!.querySelector('input')!;
    try {
      expect(hostQualified(field)).to.equal('div >> kontor-telemetry-probe >> input[role=combobox]');
      expect(hostQualified(probe.shadowRoot!.querySelector('div'))).to.equal('div >> kontor-telemetry-probe >> div[part=field]');
      const unsubscribe = onRecord(() => undefined);
      field.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      // Event Timing reports the outermost host; the SDK names the element inside.
      expect(generateTarget(outer)).to.equal('div >> kontor-telemetry-probe >> input[role=combobox]');
      expect(generateTarget(document.body)).to.equal('body');
      unsubscribe();
    } finally {
      outer.remove();
    }
  });

  it('with consent, typing in the search box reports typeahead latency to the collector, in both formats, counted once', async function () {
    this.timeout(60_000);
    consent.set({ telemetry: true });
    const pageType = uniquePageType();
    const sent: Beacon[] = [];
    reporter = startTelemetry({ endpoint: `${api}/telemetry/beacon`, otlpEndpoint: `${api}/telemetry/v1/metrics`, pageType, onSend: (b) => sent.push(b) });
    const typeahead: TelemetryRecord[] = [];
    const unsubscribe = onRecord((r) => r.name === 'typeahead' && typeahead.push(r));
    const box = await mount<KontorSearchBox>(html`<kontor-search-box min-chars="2" @kontor-search=${(e: Event) => e.preventDefault()}></kontor-search-box>`, await testCommerce());
    box.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'scr' });
    await until(() => typeahead.length > 0, 'a typeahead record');
    unsubscribe();
    expect(typeahead[0]!.target).to.equal('kontor-search-box');
    expect(typeahead[0]!.value).to.be.greaterThan(0);
    reporter.flush();
    expect(beacons).to.equal(1);
    const records = sent.flatMap((b) => b.records);
    expect(records.some((r) => r.name === 'typeahead')).to.equal(true);
    expect(sent[0]!.page).to.include({ pageType, navigationType: 'navigate' });
    expect(['mobile', 'tablet', 'desktop']).to.include(sent[0]!.page.device);
    // Beacons arrive in their own time: ask the collector until both have been read.
    let row: Row | undefined;
    for (let attempt = 0; attempt < 100 && !row; attempt++) {
      row = (await rowsFor(pageType)).find((r) => r.metric === 'typeahead');
      if (!row) await new Promise((done) => setTimeout(done, 50));
    }
    expect(row, 'the typeahead row in the collector report').to.not.equal(undefined);
    // Sent as a JSON beacon and as OTLP; the collector keys both by the metric id.
    expect(row!.count).to.equal(records.filter((r) => r.name === 'typeahead').length);
  });

  it('pairs add to cart and checkout with their outcome, skips cancelled intents, and flushes a full batch on its own', async () => {
    consent.set({ telemetry: true });
    const sent: Beacon[] = [];
    reporter = startTelemetry({ endpoint: `${api}/telemetry/beacon`, pageType: uniquePageType(), batchSize: 3, onSend: (b) => sent.push(b) });
    const button = document.body.appendChild(document.createElement('kontor-telemetry-probe'));
    const cancel = (e: Event) => e.preventDefault();
    try {
      document.addEventListener('kontor-add-to-cart', cancel, { once: true });
      emit(button, 'kontor-add-to-cart', { sku: 'A', quantity: 1 }, { cancelable: true });
      emit(button, 'kontor-cart-change', { cart: {} as never });
      emit(button, 'kontor-add-to-cart', { sku: 'A', quantity: 1 }, { cancelable: true });
      emit(button, 'kontor-cart-change', { cart: {} as never });
      emit(button, 'kontor-checkout', { input: {} as never, cart: {} as never }, { cancelable: true });
      emit(button, 'kontor-error', { error: { code: 'conflict' } as never, source: 'kontor-cart', action: 'checkout' });
      expect(sent).to.have.length(1);
      const records = sent[0]!.records;
      expect(records.map((r) => [r.name, r.outcome])).to.deep.equal([['add-to-cart', 'ok'], ['checkout', 'error'], ['error', 'conflict']]);
      expect(records[0]!.target).to.equal('kontor-telemetry-probe');
    } finally {
      button.remove();
    }
  });

  it('a page view outside the sample sends nothing; withdrawn consent drops the queue', async () => {
    consent.set({ telemetry: true });
    const sent: Beacon[] = [];
    const probe = document.body.appendChild(document.createElement('kontor-telemetry-probe'));
    try {
      reporter = startTelemetry({ endpoint: `${api}/telemetry/beacon`, sampleRate: 0, onSend: (b) => sent.push(b) });
      emit(probe, 'kontor-results', { total: 1, query: '', categoryId: 'c', durationMs: 5 });
      reporter.flush();
      reporter.stop();
      reporter = startTelemetry({ endpoint: `${api}/telemetry/beacon`, onSend: (b) => sent.push(b) });
      emit(probe, 'kontor-results', { total: 1, query: '', categoryId: 'c', durationMs: 5 });
      consent.set({ telemetry: false });
      consent.set({ telemetry: true });
      reporter.flush();
      expect(sent).to.deep.equal([]);
      expect(beacons).to.equal(0);
    } finally {
      probe.remove();
    }
  });

  it('never throws into the page, whatever a page script fires', async () => {
    consent.set({ telemetry: true });
    reporter = startTelemetry({ endpoint: `${api}/telemetry/beacon`, pageType: uniquePageType() });
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => {
      errors.push(event.error);
      event.preventDefault();
    };
    const previous = window.onerror;
    window.onerror = () => true; // keep mocha from failing on the very error this test looks for
    addEventListener('error', onError);
    try {
      const hostile = { get code(): string { throw new Error('hostile detail'); } };
      document.body.dispatchEvent(new CustomEvent('kontor-error', { detail: { error: hostile }, bubbles: true, composed: true }));
      document.body.dispatchEvent(new CustomEvent('kontor-results', { detail: null, bubbles: true, composed: true }));
      document.body.dispatchEvent(new CustomEvent('kontor-personalize', { detail: 'nonsense', bubbles: true, composed: true }));
      await new Promise((done) => setTimeout(done, 0));
      expect(errors).to.deep.equal([]);
    } finally {
      removeEventListener('error', onError);
      window.onerror = previous;
    }
  });

  it('the slot and variant in view travel with each record', async () => {
    consent.set({ telemetry: true });
    const sent: Beacon[] = [];
    reporter = startTelemetry({ endpoint: `${api}/telemetry/beacon`, pageType: uniquePageType(), onSend: (b) => sent.push(b) });
    const slot = document.body.appendChild(document.createElement('div'));
    slot.style.height = '20px';
    const hidden = document.body.appendChild(document.createElement('div'));
    hidden.style.cssText = 'position:absolute;top:-500px;height:20px;width:20px';
    try {
      emit(slot, 'kontor-personalize', { slot: 'hero', variant: 'trade', segment: 'electrical-trade', preview: false });
      emit(hidden, 'kontor-personalize', { slot: 'footer', variant: 'default', segment: null, preview: false });
      emit(slot, 'kontor-results', { total: 1, query: '', categoryId: 'c', durationMs: 7 });
      reporter.flush();
      const records = sent.flatMap((b) => b.records).filter((r) => r.name === 'results');
      expect(records[0]!.slots).to.deep.equal([{ slot: 'hero', variant: 'trade', segment: 'electrical-trade' }]);
    } finally {
      slot.remove();
      hidden.remove();
    }
  });
});
