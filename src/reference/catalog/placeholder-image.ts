/**
 * Product pictures of the generated catalog: small inline SVGs, one per product family,
 * tinted by top category. Inline (data: URLs) so the catalog shows pictures on any host page,
 * offline and in tests, without an image server.
 */

const TINTS: Readonly<Record<string, string>> = {
  fasteners: '#5b6b7f',
  cables: '#b0632a',
  gloves: '#2e7d4f',
  tools: '#1f5fa8',
  pipes: '#7a5aa6',
  lab: '#158a8a',
};

/** An SVG picture for a family: a tinted tile with the family's initials. */
export function placeholderImage(label: string, topCategoryId: string): string {
  const tint = TINTS[topCategoryId] ?? '#5b6b7f';
  const initials = label
    .split(/[\s-]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="120" viewBox="0 0 160 120">` +
    `<rect width="160" height="120" rx="8" fill="${tint}" fill-opacity=".14"/>` +
    `<circle cx="80" cy="60" r="34" fill="${tint}" fill-opacity=".85"/>` +
    `<text x="80" y="71" font-family="system-ui,sans-serif" font-size="30" font-weight="700" fill="#fff" text-anchor="middle">${initials}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
