import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateCatalog } from '../../../src/reference/catalog/generate.js';
import { CatalogView } from '../../../src/reference/catalog/localize.js';

describe('catalog generator', () => {
  it('produces the same catalog for the same seed and a different one for another seed', () => {
    const a = generateCatalog({ size: 1500, seed: 7 });
    const b = generateCatalog({ size: 1500, seed: 7 });
    const c = generateCatalog({ size: 1500, seed: 8 });
    assert.equal(JSON.stringify(a.items), JSON.stringify(b.items));
    assert.notEqual(JSON.stringify(a.items), JSON.stringify(c.items));
  });

  it('generates exactly the requested number of unique SKUs', () => {
    for (const size of [0, 1, 999, 20000]) {
      const catalog = generateCatalog({ size });
      assert.equal(catalog.items.length, size);
      assert.equal(catalog.bySku.size, size);
    }
  });

  it('spreads 20,000 SKUs over all six top categories', () => {
    const catalog = generateCatalog({ size: 20000 });
    const tops = catalog.categories.filter((c) => c.parentId === null);
    assert.equal(tops.length, 6);
    for (const top of tops) {
      const share = (catalog.productCounts.get(top.id) ?? 0) / 20000;
      assert.ok(share > 0.05, `${top.id} has only ${(share * 100).toFixed(1)} %`);
    }
    const leaves = catalog.categories.filter((c) => c.parentId !== null);
    for (const leaf of leaves) assert.ok((catalog.productCounts.get(leaf.id) ?? 0) > 0, `${leaf.id} is empty`);
  });

  it('fills the product fields realistically', () => {
    const catalog = generateCatalog({ size: 20000 });
    const items = catalog.items;
    const share = (predicate: (i: (typeof items)[number]) => boolean) => items.filter(predicate).length / items.length;
    assert.ok(share((i) => i.ean !== null) > 0.8);
    assert.ok(share((i) => i.discontinued !== null) > 0.005);
    assert.ok(items.some((i) => i.configurable));
    assert.ok(items.some((i) => i.quantity.fractional && i.quantity.unit === 'm'));
    assert.ok(items.some((i) => i.tiers.length > 0));
    assert.ok(items.some((i) => i.accessories.length > 0));
    assert.ok(items.every((i) => Number.isInteger(i.listPriceMinor) && i.listPriceMinor > 0));
    assert.ok(items.every((i) => i.name.de.length > 0 && i.name.en.length > 0));
    assert.ok(items.some((i) => i.name.de.includes('Sechskantschraube DIN 933 M8x40')));
    assert.ok(items.some((i) => i.name.de.startsWith('NYM-J 3x1,5')));
    for (const item of items) {
      if (item.discontinued?.replacementSku) assert.ok(catalog.bySku.has(item.discontinued.replacementSku));
      for (const sku of item.accessories) assert.ok(catalog.bySku.has(sku));
      if (item.ean) {
        const digits = [...item.ean].map(Number);
        const sum = digits.slice(0, 12).reduce((s, d, i) => s + d * (i % 2 === 0 ? 1 : 3), 0);
        assert.equal((10 - (sum % 10)) % 10, digits[12], `EAN ${item.ean}`);
      }
    }
  });

  it('localizes products into German and English', () => {
    const catalog = generateCatalog({ size: 500 });
    const view = new CatalogView(catalog);
    const item = catalog.items.find((i) => i.family.categoryId === 'bolts') ?? catalog.items[0];
    assert.ok(item);
    const de = view.product(item, 'de');
    const en = view.product(item, 'en');
    assert.notEqual(de.name, en.name);
    assert.match(de.descriptionHtml, /^<p>.*<\/ul>$/s);
    assert.equal(de.stock.length, 3);
    assert.equal(de.categoryPath[0]?.name, 'Befestigungstechnik');
    assert.equal(en.categoryPath[0]?.name, 'Fasteners');
    assert.ok(de.attributes.some((a) => a.type === 'number' && a.unit === 'mm'));
  });
});
