/**
 * Kontor telemetry: Core Web Vitals (through web-vitals' attribution build) and component
 * metrics from `kontor-*` events, with targets that name the element inside its shadow
 * root, batched to a JSON collector or any OpenTelemetry collector. See docs/telemetry.md.
 *
 * ```js
 * import { consent } from 'kontor/sdk/consent';
 * import { startTelemetry } from 'kontor/sdk/telemetry';
 * startTelemetry({ endpoint: 'https://api.example.com/telemetry/beacon' });
 * consent.set({ telemetry: true });   // from your consent banner; nothing leaves the page before
 * ```
 */
export { startTelemetry, type TelemetryOptions, type TelemetryReporter } from './reporter.js';
export { onRecord, type RecordListener } from './measure.js';
export { hostQualified } from './targets.js';
export { defaultPageType, type PageTypeOption } from './context.js';
export { THRESHOLDS, rate, unitOf } from './thresholds.js';
export { toOtlp, otlpMetricName, OTLP_SCOPE, type OtlpAttribute, type OtlpValue } from './otlp.js';
export { MAX_RECORDS } from './types.js';
export type { Beacon, ComponentMetricName, DeviceClass, MetricName, PageContext, Rating, SlotInView, TelemetryRecord, VitalName } from './types.js';
export { consent, type Consent, type ConsentState } from '../consent/index.js';
