import { msg, str } from '@lit/localize';
import type { QuantityProblem } from '../../src/index.js';
import { unitLabel } from './units.js';

/** A quantity problem in words, with the fix to offer. */
export function quantityMessage(problem: QuantityProblem, unitCode: string): string {
  const unit = unitLabel(unitCode);
  switch (problem.code) {
    case 'not-a-number':
      return msg('Enter a quantity.', { id: 'qty-not-a-number' });
    case 'not-positive':
      return msg('The quantity must be more than zero.', { id: 'qty-not-positive' });
    case 'too-large':
      return msg(str`At most ${problem.max} per line.`, { id: 'qty-too-large' });
    case 'fractional':
      return msg(str`Whole ${unit} only: ${problem.suggestion}?`, { id: 'qty-fractional' });
    case 'too-precise':
      return msg(str`At most ${problem.decimals} decimal places.`, { id: 'qty-too-precise' });
    case 'below-minimum':
      return msg(str`Minimum order quantity is ${problem.suggestion} ${unit}.`, { id: 'qty-below-minimum' });
    case 'not-pack-multiple':
      return msg(str`Sold in packs: order ${problem.suggestion} ${unit}?`, { id: 'qty-pack' });
  }
}
