import { msg, str } from '@lit/localize';
import type { LineIssue, LineNotice } from '../../src/index.js';
import { quantityMessage } from '../shared/quantity-messages.js';
import { unitLabel } from '../shared/units.js';
import { numberFormat } from '../../src/commerce/formatters.js';

/** Long hostile cells are cut for messages; the field itself keeps the full text. */
function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A line's problem in the buyer's words. */
export function issueMessage(issue: LineIssue, position: (rowId: number) => number): string {
  switch (issue.kind) {
    case 'missing-code':
      return msg('Enter an item number.', { id: 'qo-missing-code' });
    case 'code-too-long':
      return msg(str`Not an item number (${issue.length} characters).`, { id: 'qo-code-too-long' });
    case 'unknown-code':
      return issue.closest && issue.closest.length > 0
        ? msg('Unknown item number. Did you mean:', { id: 'qo-unknown-closest' })
        : msg('Unknown item number.', { id: 'qo-unknown' });
    case 'lookup-failed':
      return msg('Could not be checked: the shop is not reachable.', { id: 'qo-lookup-failed' });
    case 'discontinued':
      return issue.replacementSku
        ? msg(str`Discontinued; replaced by ${issue.replacementSku}.`, { id: 'qo-discontinued-replacement' })
        : msg('Discontinued, no replacement.', { id: 'qo-discontinued' });
    case 'configurable':
      return msg('Needs options chosen on its product page.', { id: 'qo-configurable' });
    case 'missing-quantity':
      return msg('Enter a quantity.', { id: 'qty-not-a-number' });
    case 'malformed-quantity':
      return msg(str`"${short(issue.text)}" is not a quantity.`, { id: 'qo-malformed-quantity' });
    case 'quantity':
      return quantityMessage(issue.problem, issue.unit);
    case 'duplicate':
      return msg(str`Also in line ${position(issue.firstRowId) + 1}.`, { id: 'qo-duplicate' });
    case 'rejected':
      return issue.message;
  }
}

/** A note that does not block the line. */
export function noticeMessage(notice: LineNotice, unit: string, locale: string): string {
  if (notice.kind === 'matched-by') return msg(str`Found by part number: ${notice.sku}.`, { id: 'qo-matched-by' });
  const available = numberFormat(locale).format(notice.available);
  return msg(str`Only ${available} ${unitLabel(unit)} in stock; the rest ships in ${notice.leadTimeDays} working days.`, { id: 'qo-short-stock' });
}

/** The label of a one-click fix button. */
export function fixLabel(kind: 'set-quantity' | 'set-code' | 'merge', value: string): string {
  switch (kind) {
    case 'set-quantity':
      return msg(str`Use ${value}`, { id: 'qty-use-fix' });
    case 'set-code':
      return msg(str`Use ${value}`, { id: 'qty-use-fix' });
    case 'merge':
      return msg(str`Merge (${value})`, { id: 'qo-merge' });
  }
}
