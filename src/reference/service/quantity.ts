/** Quantity rules per product, in the backend's words: the rule itself is the contract's. */
import { checkQuantity, type FieldError, type QuantityProblem } from '../../commerce/index.js';
import type { CatalogItem, Locale } from '../catalog/types.js';
import { numberFormat } from '../../commerce/formatters.js';

const t = (locale: Locale, de: string, en: string): string => (locale === 'de' ? de : en);

function describe(problem: QuantityProblem, item: CatalogItem, locale: Locale): string {
  const fmt = (n: number): string => numberFormat(locale).format(n);
  const { unit, packSize } = item.quantity;
  switch (problem.code) {
    case 'not-a-number':
    case 'not-positive':
      return t(locale, 'Die Menge muss größer als 0 sein.', 'The quantity must be greater than 0.');
    case 'too-large':
      return t(locale, `Höchstens ${fmt(problem.max)} je Position.`, `At most ${fmt(problem.max)} per line.`);
    case 'fractional':
      return t(locale, `${item.sku} gibt es nur in ganzen Einheiten (${unit}).`, `${item.sku} is sold in whole units (${unit}) only.`);
    case 'too-precise':
      return t(locale, `Höchstens ${problem.decimals} Nachkommastellen.`, `At most ${problem.decimals} decimal places.`);
    case 'below-minimum':
      return t(locale, `Mindestmenge für ${item.sku} ist ${fmt(problem.suggestion)} ${unit}.`, `The minimum quantity of ${item.sku} is ${fmt(problem.suggestion)} ${unit}.`);
    case 'not-pack-multiple':
      return t(
        locale,
        `${item.sku} wird in Verpackungseinheiten zu ${fmt(packSize)} ${unit} verkauft; nächste passende Menge: ${fmt(problem.suggestion)}.`,
        `${item.sku} is sold in packs of ${fmt(packSize)} ${unit}; the next valid quantity is ${fmt(problem.suggestion)}.`,
      );
  }
}

/** Checks a quantity against the item's rules; null when it is fine. */
export function quantityError(item: CatalogItem, quantity: number, path: string, locale: Locale): FieldError | null {
  const problem = checkQuantity(item.quantity, quantity);
  return problem === null ? null : { path, message: describe(problem, item, locale) };
}

/**
 * Checks a quantity to be priced: it must be one the product could be sold in (positive,
 * whole for whole units, not too precise, not beyond the line maximum), but may be below
 * the minimum or off the pack size, since the price of one unit is worth showing.
 */
export function priceQuantityError(item: CatalogItem, quantity: number, path: string, locale: Locale): FieldError | null {
  const problem = checkQuantity(item.quantity, quantity);
  if (problem === null || problem.code === 'below-minimum' || problem.code === 'not-pack-multiple') return null;
  return { path, message: describe(problem, item, locale) };
}
