import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateTimeFormat, numberFormat } from '../../../src/commerce/formatters.js';
import { formatMoney, money } from '../../../src/commerce/money.js';

describe('shared Intl formatters', () => {
  it('gives the same number format for the same locale and options, and formats as Intl does', () => {
    const options = { style: 'currency', currency: 'EUR' } as const;
    const first = numberFormat('de', options);
    assert.equal(numberFormat('de', { style: 'currency', currency: 'EUR' }), first, 'built once');
    assert.equal(first.format(1234.5), new Intl.NumberFormat('de', options).format(1234.5));
    assert.equal(numberFormat('en'), numberFormat('en'));
  });

  it('keeps formats of other locales or options apart', () => {
    assert.notEqual(numberFormat('en'), numberFormat('de'));
    assert.notEqual(numberFormat('en', { style: 'currency', currency: 'EUR' }), numberFormat('en', { style: 'currency', currency: 'CHF' }));
    assert.notEqual(numberFormat('en'), numberFormat('en', { maximumFractionDigits: 0 }));
    assert.equal(numberFormat('de').format(1234.5), '1.234,5');
    assert.equal(numberFormat('en').format(1234.5), '1,234.5');
    assert.equal(numberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(0.195), '19.5%');
  });

  it('gives the same date format for the same locale and options', () => {
    const day = dateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
    assert.equal(dateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }), day);
    assert.notEqual(dateTimeFormat('de', { dateStyle: 'medium', timeZone: 'UTC' }), day);
    assert.equal(day.format(new Date('2026-11-27T12:00:00Z')), 'Nov 27, 2026');
  });

  it('formats money in each currency with its own format', () => {
    assert.equal(formatMoney(money(123456, 'EUR'), 'en'), '€1,234.56');
    assert.equal(formatMoney(money(123456, 'CHF'), 'en'), new Intl.NumberFormat('en', { style: 'currency', currency: 'CHF' }).format(1234.56));
    assert.match(formatMoney(money(123456, 'CHF'), 'en'), /^CHF\s1,234\.56$/);
    assert.equal(formatMoney(money(123456, 'EUR'), 'en'), '€1,234.56', 'a cached format gives the same text again');
  });
});
