/** The collector's report as a small HTML page (every value escaped). */
import type { ReportRow, TelemetryReport } from './store.js';

const escape = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function table<R extends ReportRow>(caption: string, dimensions: readonly (keyof R & string)[], rows: readonly R[]): string {
  const head = ['metric', ...dimensions, 'count', 'p75'].map((h) => `<th scope="col">${escape(h)}</th>`).join('');
  const body = rows
    .map((row) => {
      const cells = [row.metric, ...dimensions.map((d) => String(row[d]))].map((c) => `<td>${escape(c)}</td>`).join('');
      return `<tr>${cells}<td>${row.count}</td><td>${escape(`${row.p75} ${row.unit === 'ms' ? 'ms' : ''}`.trim())}</td></tr>`;
    })
    .join('');
  return `<table><caption>${escape(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body || `<tr><td colspan="${dimensions.length + 3}">No measurements yet.</td></tr>`}</tbody></table>`;
}

/** The report page. */
export function reportPage(report: TelemetryReport): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Kontor telemetry: p75 report</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#1a1a1a}table{border-collapse:collapse;margin:0 0 2rem}caption{text-align:start;font-weight:600;padding:.25rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:start}td:last-child,td:nth-last-child(2){text-align:end;font-variant-numeric:tabular-nums}</style></head>
<body><main><h1>p75 report</h1><p>${report.records} measurements stored. The same report as JSON: <a href="report">report</a>.</p>
${table('Per metric', [], report.metrics)}
${table('Per page type', ['pageType'], report.byPageType)}
${table('Per device', ['device'], report.byDevice)}
${table('Per segment and variant', ['segment', 'variant'], report.bySegment)}
${table('Slowest targets', ['target'], report.byTarget)}
</main></body></html>`;
}
