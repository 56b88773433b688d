import { html, type TemplateResult } from 'lit';

/**
 * A name with its matched ranges in `<mark>`. Pieces are text bindings, so a name (or a
 * query echoed into it) can never inject markup; bad ranges are clamped or skipped.
 */
export function highlighted(text: string, ranges: readonly (readonly [number, number])[]): (string | TemplateResult)[] {
  const out: (string | TemplateResult)[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const from = Math.max(at, Math.min(start, text.length));
    const to = Math.min(end, text.length);
    if (to <= from) continue;
    if (from > at) out.push(text.slice(at, from));
    out.push(html`<mark part="match">${text.slice(from, to)}</mark>`);
    at = to;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
