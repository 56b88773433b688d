import { msg, str } from '@lit/localize';
import { formatMoney, type ApprovalDecision, type ApprovalReason, type ApprovalRequest } from '../../src/index.js';

/**
 * Why a request needs approval, in the reader's language: phrased from the reason's data
 * when the backend sends it, else the backend's own sentence.
 */
export function reasonText(reason: ApprovalReason, locale: string): string {
  const excess = formatMoney(reason.excess, locale);
  if (reason.code === 'spending-limit' && reason.limit) {
    const limit = formatMoney(reason.limit, locale);
    return msg(str`Exceeds the order limit of ${limit} by ${excess}.`, { id: 'approval-reason-limit' });
  }
  if (reason.code === 'budget' && reason.costCenterName && reason.period) {
    const name = reason.costCenterName;
    return reason.period === 'monthly'
      ? msg(str`Exceeds the monthly budget of cost center ${name} by ${excess}.`, { id: 'approval-reason-budget-monthly' })
      : msg(str`Exceeds the quarterly budget of cost center ${name} by ${excess}.`, { id: 'approval-reason-budget-quarterly' });
  }
  return reason.message;
}

/** A request's state in words, with who has to act while it waits. */
export function requestStatusText(request: ApprovalRequest): string {
  if (request.status === 'approved') return msg('Approved', { id: 'approval-status-approved' });
  if (request.status === 'rejected') return msg('Rejected', { id: 'approval-status-rejected' });
  const names = (request.nextApprovers ?? []).map((u) => u.name).join(', ');
  if (request.canDecide) return msg('Waiting for your decision', { id: 'approval-status-yours' });
  return names
    ? msg(str`Waiting for ${names}`, { id: 'approval-status-waiting-for' })
    : msg('Waiting for approval', { id: 'status-pending-approval' });
}

/** One recorded decision in words. */
export function decisionText(decision: ApprovalDecision): string {
  const who = decision.userName;
  if (decision.decision === 'reject') return msg(str`Rejected by ${who}`, { id: 'approval-decision-rejected' });
  return decision.escalated
    ? msg(str`Approved by ${who}, passed on to the next level`, { id: 'approval-decision-escalated' })
    : msg(str`Approved by ${who}`, { id: 'approval-decision-approved' });
}
