import { msg } from '@lit/localize';

/**
 * A unit of measure code from the contract (`piece`, `pair`, `box`, `m`, ...) as buyers
 * read it. Unknown codes are shown as they are, so a backend with its own units still reads
 * sensibly.
 */
export function unitLabel(unit: string): string {
  switch (unit) {
    case 'piece':
      return msg('pcs', { id: 'unit-piece' });
    case 'pair':
      return msg('pairs', { id: 'unit-pair' });
    case 'box':
      return msg('boxes', { id: 'unit-box' });
    default:
      return unit;
  }
}
