import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toOtlp } from '../../../sdk/telemetry/otlp.js';
import type { Beacon } from '../../../sdk/telemetry/types.js';
import { exportMetricsServiceRequest } from './otlp-json-schema.js';

const beacon: Beacon = {
  v: 1,
  page: { pageType: 'home', path: '/index.html', navigationType: 'navigate', device: 'desktop', connection: '4g' },
  records: [
    { name: 'LCP', value: 1234.5, delta: 1234.5, rating: 'good', id: 'v5-1-1', target: 'kontor-slot[name="hero"] section.hero', time: 1_700_000_000_123, slots: [{ slot: 'hero', variant: 'new', segment: 'new' }] },
    { name: 'CLS', value: 0.02, delta: 0.01, rating: 'good', id: 'v5-1-2', time: 1_700_000_000_200, slots: [] },
    { name: 'typeahead', value: 48, delta: 48, rating: 'good', id: 'c-1', target: 'kontor-search-box >> input[role=combobox]', outcome: 'ok', time: 1_700_000_000_300, slots: [{ slot: 'hero', variant: 'default', segment: null }] },
    { name: 'error', value: 1, delta: 1, rating: 'poor', id: 'c-2', outcome: 'unavailable', time: 1_700_000_000_400, slots: [] },
  ],
};

describe('OTLP/HTTP JSON export', () => {
  it('validates against the ExportMetricsServiceRequest JSON mapping', () => {
    const result = exportMetricsServiceRequest.safeParse(toOtlp(beacon));
    assert.ok(result.success, result.success ? '' : JSON.stringify(result.error.issues, null, 2));
  });

  it('the schema check catches what the mapping forbids (numbers for 64-bit times, two values, unknown fields)', () => {
    const body = toOtlp(beacon) as { resourceMetrics: [{ scopeMetrics: [{ metrics: [{ gauge: { dataPoints: Record<string, unknown>[] } }] }] }] };
    const point = body.resourceMetrics[0].scopeMetrics[0].metrics[0].gauge.dataPoints[0]!;
    for (const change of [{ timeUnixNano: 1_700_000_000_123_000_000 }, { asInt: '3' }, { time_unix_nano: '1' }]) {
      const broken = structuredClone(body);
      Object.assign(broken.resourceMetrics[0].scopeMetrics[0].metrics[0].gauge.dataPoints[0]!, { ...point, ...change });
      assert.equal(exportMetricsServiceRequest.safeParse(broken).success, false, JSON.stringify(change));
    }
  });

  it('carries units, nanosecond times, the page context and each slot in view', () => {
    const body = JSON.parse(JSON.stringify(toOtlp(beacon))) as {
      resourceMetrics: { resource: { attributes: { key: string; value: { stringValue: string } }[] }; scopeMetrics: { metrics: { name: string; unit: string; gauge: { dataPoints: { timeUnixNano: string; asDouble: number; attributes: { key: string; value: { stringValue: string } }[] }[] } }[] }[] }[];
    };
    const [resourceMetrics] = body.resourceMetrics;
    const resource = Object.fromEntries(resourceMetrics!.resource.attributes.map((a) => [a.key, a.value.stringValue]));
    assert.deepEqual(resource, { 'service.name': 'kontor-storefront', 'kontor.page.type': 'home', 'url.path': '/index.html', 'kontor.navigation.type': 'navigate', 'kontor.device': 'desktop', 'network.connection.subtype': '4g' });
    const metrics = resourceMetrics!.scopeMetrics[0]!.metrics;
    assert.deepEqual(metrics.map((m) => [m.name, m.unit]), [['kontor.web_vital.lcp', 'ms'], ['kontor.web_vital.cls', '1'], ['kontor.component.typeahead', 'ms'], ['kontor.component.error', '1']]);
    const lcp = metrics[0]!.gauge.dataPoints[0]!;
    assert.equal(lcp.timeUnixNano, '1700000000123000000');
    assert.equal(lcp.asDouble, 1234.5);
    const attributes = Object.fromEntries(lcp.attributes.map((a) => [a.key, a.value.stringValue]));
    assert.equal(attributes['kontor.slot.hero.variant'], 'new');
    assert.equal(attributes['kontor.slot.hero.segment'], 'new');
    assert.equal(attributes['kontor.target'], 'kontor-slot[name="hero"] section.hero');
    const typeahead = Object.fromEntries(metrics[2]!.gauge.dataPoints[0]!.attributes.map((a) => [a.key, a.value.stringValue]));
    assert.equal(typeahead['kontor.slot.hero.segment'], 'default');
  });
});
