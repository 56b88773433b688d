/** Quantity rules per product: minimum, pack size, whole or fractional units. */
import type { FieldError } from '../../commerce/index.js';
import type { CatalogItem, Locale } from '../catalog/types.js';
import { QUANTITY_DECIMALS } from '../pricing/index.js';

/** Largest quantity one line accepts. */
export const MAX_LINE_QUANTITY = 1_000_000;

const t = (locale: Locale, de: string, en: string): string => (locale === 'de' ? de : en);

/** Checks a quantity against the item's rules; null when it is fine. */
export function quantityError(item: CatalogItem, quantity: number, path: string, locale: Locale): FieldError | null {
  const rules = item.quantity;
  const fmt = (n: number): string => new Intl.NumberFormat(locale).format(n);
  let message: string | null = null;
  if (!Number.isFinite(quantity) || quantity <= 0) {
    message = t(locale, 'Die Menge muss größer als 0 sein.', 'The quantity must be greater than 0.');
  } else if (quantity > MAX_LINE_QUANTITY) {
    message = t(locale, `Höchstens ${fmt(MAX_LINE_QUANTITY)} je Position.`, `At most ${fmt(MAX_LINE_QUANTITY)} per line.`);
  } else if (!rules.fractional && !Number.isInteger(quantity)) {
    message = t(locale, `${item.sku} gibt es nur in ganzen Einheiten (${rules.unit}).`, `${item.sku} is sold in whole units (${rules.unit}) only.`);
  } else if (Math.abs(quantity * 10 ** QUANTITY_DECIMALS - Math.round(quantity * 10 ** QUANTITY_DECIMALS)) > 1e-6) {
    message = t(locale, `Höchstens ${QUANTITY_DECIMALS} Nachkommastellen.`, `At most ${QUANTITY_DECIMALS} decimal places.`);
  } else if (quantity < rules.minQuantity) {
    message = t(locale, `Mindestmenge für ${item.sku} ist ${fmt(rules.minQuantity)} ${rules.unit}.`, `The minimum quantity of ${item.sku} is ${fmt(rules.minQuantity)} ${rules.unit}.`);
  } else {
    const packs = quantity / rules.packSize;
    if (Math.abs(packs - Math.round(packs)) > 1e-9) {
      message = t(
        locale,
        `${item.sku} wird in Verpackungseinheiten zu ${fmt(rules.packSize)} ${rules.unit} verkauft; die Menge muss ein Vielfaches davon sein.`,
        `${item.sku} is sold in packs of ${fmt(rules.packSize)} ${rules.unit}; the quantity must be a multiple of it.`,
      );
    }
  }
  return message === null ? null : { path, message };
}
