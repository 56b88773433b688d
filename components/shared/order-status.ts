import { msg } from '@lit/localize';
import type { OrderStatus } from '../../src/index.js';

/** An order status in words. */
export function orderStatusLabel(status: OrderStatus): string {
  switch (status) {
    case 'pending-approval':
      return msg('Waiting for approval', { id: 'status-pending-approval' });
    case 'confirmed':
      return msg('Confirmed', { id: 'status-confirmed' });
    case 'partially-shipped':
      return msg('Partially shipped', { id: 'status-partially-shipped' });
    case 'shipped':
      return msg('Shipped', { id: 'status-shipped' });
    case 'invoiced':
      return msg('Invoiced', { id: 'status-invoiced' });
    case 'paid':
      return msg('Paid', { id: 'status-paid' });
    case 'rejected':
      return msg('Rejected', { id: 'status-rejected' });
    case 'cancelled':
      return msg('Cancelled', { id: 'status-cancelled' });
  }
}
