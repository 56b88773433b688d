import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { Hono } from 'hono';
import { toOtlp } from '../../../sdk/telemetry/otlp.js';
import type { Beacon, TelemetryRecord } from '../../../sdk/telemetry/types.js';
import { MAX_TELEMETRY_BYTES, mountTelemetryCollector } from '../../../src/reference/telemetry/collector.js';
import { p75, type TelemetryReport } from '../../../src/reference/telemetry/store.js';

const page: Beacon['page'] = { pageType: 'home', path: '/', navigationType: 'navigate', device: 'desktop', connection: null };
let sequence = 0;
const record = (name: TelemetryRecord['name'], value: number, extra: Partial<TelemetryRecord> = {}): TelemetryRecord => ({
  name,
  value,
  delta: value,
  rating: 'good',
  id: `r-${++sequence}`,
  time: 1_700_000_000_000,
  slots: [],
  ...extra,
});

let app: Hono;
beforeEach(() => {
  app = new Hono();
  mountTelemetryCollector(app);
});

const post = (path: string, body: unknown, type = 'text/plain;charset=UTF-8') =>
  app.request(path, { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const report = async (): Promise<TelemetryReport> => (await (await app.request('/telemetry/report')).json()) as TelemetryReport;

describe('telemetry collector', () => {
  it('p75 is the nearest-rank value', () => {
    assert.equal(p75([1, 2, 3, 4]), 3);
    assert.equal(p75([10]), 10);
    assert.equal(p75([5, 1, 4, 2, 3, 6, 7, 8]), 6);
    assert.ok(Number.isNaN(p75([])));
  });

  it('reports p75 per metric, page type, device and segment/variant from beacons', async () => {
    const hero = [{ slot: 'hero', variant: 'new', segment: 'new' }];
    const home = [100, 200, 300, 400].map((v) => record('LCP', v, { slots: hero }));
    assert.equal((await post('/telemetry/beacon', { v: 1, page, records: home })).status, 202);
    const mobile = { ...page, pageType: 'category', device: 'mobile' as const };
    const reply = await post('/telemetry/beacon', { v: 1, page: mobile, records: [record('LCP', 900), record('typeahead', 40, { target: 'kontor-search-box >> input[role=combobox]' })] }, 'application/json');
    assert.equal(reply.status, 202);
    const r = await report();
    assert.deepEqual(r.metrics.map((m) => [m.metric, m.count, m.p75]), [['LCP', 5, 400], ['typeahead', 1, 40]]);
    assert.deepEqual(r.byPageType.filter((m) => m.metric === 'LCP').map((m) => [m.pageType, m.p75]), [['category', 900], ['home', 300]]);
    assert.deepEqual(r.byDevice.filter((m) => m.metric === 'LCP').map((m) => [m.device, m.p75]), [['desktop', 300], ['mobile', 900]]);
    assert.deepEqual(r.bySegment.filter((m) => m.metric === 'LCP').map((m) => [m.segment, m.variant, m.count]), [['new', 'hero:new', 4], ['none', 'none', 1]]);
    assert.deepEqual(r.byTarget.map((m) => m.target), ['kontor-search-box >> input[role=combobox]']);
  });

  it('a metric reported again (same id) counts once, at its latest value, also across both exporters', async () => {
    const first = record('CLS', 0.05);
    await post('/telemetry/beacon', { v: 1, page, records: [first] });
    await post('/telemetry/beacon', { v: 1, page, records: [{ ...first, value: 0.2, delta: 0.15 }] });
    const otlp = await post('/telemetry/v1/metrics', toOtlp({ v: 1, page, records: [{ ...first, value: 0.2, delta: 0.15 }] }), 'application/json');
    assert.equal(otlp.status, 200);
    assert.deepEqual(await otlp.json(), {});
    assert.deepEqual((await report()).metrics.map((m) => [m.metric, m.count, m.p75]), [['CLS', 1, 0.2]]);
  });

  it('reads OTLP exports into the same report', async () => {
    const records = [record('INP', 120, { target: 'kontor-product-listing >> kontor-add-to-cart >> button[part=button]', slots: [{ slot: 'hero', variant: 'default', segment: null }] })];
    assert.equal((await post('/telemetry/v1/metrics', toOtlp({ v: 1, page: { ...page, device: 'tablet' }, records }), 'application/json')).status, 200);
    const r = await report();
    assert.deepEqual(r.byDevice.map((m) => [m.metric, m.device, m.p75]), [['INP', 'tablet', 120]]);
    assert.deepEqual(r.bySegment.map((m) => [m.segment, m.variant]), [['default', 'hero:default']]);
  });

  it('rejects bad bodies with a typed error and no trace, and stores nothing', async () => {
    const cases: [unknown, number, string][] = [
      ['{not json', 400, 'not valid JSON'],
      [{ v: 2, page, records: [record('LCP', 1)] }, 400, 'v'],
      [{ v: 1, page, records: [] }, 400, 'records'],
      [{ v: 1, page, records: [record('LCP', -5)] }, 400, 'records.0.value'],
      [{ v: 1, page, records: [{ ...record('LCP', 1), extra: 1 }] }, 400, 'extra'],
      [{ v: 1, page, records: Array.from({ length: 51 }, () => record('LCP', 1)) }, 400, 'records'],
    ];
    for (const [body, status, mention] of cases) {
      const reply = await post('/telemetry/beacon', body);
      assert.equal(reply.status, status, JSON.stringify(body).slice(0, 80));
      const text = await reply.text();
      assert.match(text, new RegExp(mention.replace('.', '\\.')));
      assert.doesNotMatch(text, /at .+\(.*:\d+:\d+\)|node_modules/);
      assert.equal((JSON.parse(text) as { error: { code: string } }).error.code, 'validation');
    }
    assert.equal((await post('/telemetry/beacon', 'x'.repeat(MAX_TELEMETRY_BYTES + 1))).status, 413);
    assert.equal((await post('/telemetry/beacon', { v: 1, page, records: [record('LCP', 1)] }, 'application/x-www-form-urlencoded')).status, 415);
    assert.equal((await post('/telemetry/v1/metrics', { resourceMetrics: 'no' }, 'application/json')).status, 400);
    assert.equal((await report()).records, 0);
  });

  it('serves the report as an escaped HTML page and forgets on DELETE', async () => {
    await post('/telemetry/beacon', { v: 1, page: { ...page, pageType: '<script>x</script>' }, records: [record('FCP', 800)] });
    const reply = await app.request('/telemetry/report.html');
    assert.equal(reply.status, 200);
    assert.match(reply.headers.get('content-type') ?? '', /text\/html/);
    const html = await reply.text();
    assert.match(html, /<caption>Per page type<\/caption>/);
    assert.match(html, /&lt;script&gt;x&lt;\/script&gt;/);
    assert.doesNotMatch(html, /<script>x/);
    assert.equal((await app.request('/telemetry/records', { method: 'DELETE' })).status, 204);
    assert.equal((await report()).records, 0);
  });
});
