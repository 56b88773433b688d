import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateCatalog } from '../../../src/reference/catalog/generate.js';
import { placeholderImage } from '../../../src/reference/catalog/placeholder-image.js';

const SVG_PREFIX = 'data:image/svg+xml,';

function svgOf(url: string): string {
  assert.ok(url.startsWith(SVG_PREFIX), `not an inline SVG: ${url.slice(0, 40)}`);
  return decodeURIComponent(url.slice(SVG_PREFIX.length));
}

describe('catalog pictures', () => {
  it('draw shapes only: no text, whose layout would need fonts in each picture', () => {
    const catalog = generateCatalog({ size: 3000, seed: 3 });
    const pictures = new Set(catalog.items.map((item) => item.family.imageUrl));
    assert.ok(pictures.size >= 10, `only ${pictures.size} different pictures`);
    for (const url of pictures) {
      const svg = svgOf(url);
      assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="160" height="120"/);
      assert.doesNotMatch(svg, /<text|<tspan|font-/);
    }
  });

  it('give a family the same picture every time, tinted by its top category', () => {
    assert.equal(placeholderImage('hex-bolt', 'fasteners'), placeholderImage('hex-bolt', 'fasteners'));
    assert.match(svgOf(placeholderImage('hex-bolt', 'fasteners')), /fill="#5b6b7f"/);
    assert.match(svgOf(placeholderImage('hex-bolt', 'cables')), /fill="#b0632a"/);
    // An unknown top category still gets a picture, in the neutral tint.
    assert.match(svgOf(placeholderImage('hex-bolt', 'nowhere')), /fill="#5b6b7f"/);
  });

  it('tell families apart by their mark', () => {
    const families = ['hex-bolt', 'nym-j', 'nitrile-glove', 'copper-pipe', 'drill', 'beaker', 'cable-tie', 'wood-screw', 'washer', 'pliers'];
    const marks = new Set(families.map((family) => svgOf(placeholderImage(family, 'tools')).replace(/^.*<g fill="#fff">(.*)<\/g>.*$/, '$1')));
    assert.ok(marks.size >= 4, `${families.length} families share ${marks.size} marks`);
  });
});
