import { msg, str } from '@lit/localize';
import type { LineAvailability, PaymentMethod, PlannedShipment } from '../../src/index.js';
import { dateTimeFormat, numberFormat } from '../../src/commerce/formatters.js';

/** A payment method in words. */
export function paymentLabel(method: PaymentMethod): string {
  switch (method) {
    case 'invoice':
      return msg('On invoice', { id: 'payment-invoice' });
    case 'card':
      return msg('Credit card', { id: 'payment-card' });
    case 'direct-debit':
      return msg('Direct debit', { id: 'payment-direct-debit' });
  }
}

/** An ISO date (YYYY-MM-DD) as the buyer reads dates. */
export function dateLabel(isoDate: string, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** Today as an ISO date in the buyer's time zone (the earliest delivery date to offer). */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A line's availability in words: the state first, then where each part comes from. */
export function availabilityLabel(availability: LineAvailability, locale: string): { state: 'in-stock' | 'partial' | 'backorder'; text: string } {
  const number = numberFormat(locale);
  const parts = availability.sources.map((source) => {
    const quantity = number.format(source.quantity);
    const warehouse = source.warehouseName;
    const days = source.leadTimeDays;
    return source.backorder
      ? msg(str`${quantity} from ${warehouse} in ${days} working days`, { id: 'availability-backorder-part' })
      : msg(str`${quantity} from ${warehouse}, ready to ship`, { id: 'availability-stock-part' });
  });
  const state = availability.inStock ? 'in-stock' : availability.sources.some((s) => !s.backorder) ? 'partial' : 'backorder';
  const heading =
    state === 'in-stock'
      ? msg('In stock', { id: 'availability-in-stock' })
      : state === 'partial'
        ? msg('Partly in stock', { id: 'availability-partial' })
        : msg('Not in stock', { id: 'availability-backorder' });
  return { state, text: `${heading}: ${parts.join('; ')}` };
}

/** A planned shipment's heading: where from and when. */
export function shipmentLabel(shipment: PlannedShipment, locale: string): string {
  const warehouse = shipment.warehouseName;
  const date = dateLabel(shipment.expectedAt, locale);
  return shipment.backorder
    ? msg(str`From ${warehouse}, expected ${date} (after restocking)`, { id: 'shipment-backorder' })
    : msg(str`From ${warehouse}, expected ${date}`, { id: 'shipment-stock' });
}
