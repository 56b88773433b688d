/**
 * Approvals: orders over a buyer's limit or a cost center's budget wait for an approver of
 * the same company whose approval limit covers the total. Nobody decides their own order,
 * and a decision is final.
 */
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type ApprovalDecisionInput,
  type ApprovalReason,
  type ApprovalRequest,
  type Money,
} from '../../commerce/index.js';
import type { SeedUser } from '../seed/index.js';
import type { BackendState } from '../state/state.js';
import type { Actor } from './actor.js';
import { limitIn } from './money-text.js';
import type { World } from './world.js';

/** Records a pending request for an order and returns its id. */
export function createApproval(
  state: BackendState,
  actor: Actor,
  order: { id: string; number: string; placedAt: string; total: Money },
  reasons: readonly ApprovalReason[],
): string {
  const id = `apr-${++state.counters.approval}`;
  state.approvals[id] = {
    id,
    orderId: order.id,
    orderNumber: order.number,
    accountId: actor.account.id,
    requestedBy: { userId: actor.user.id, name: actor.user.name },
    total: order.total,
    reasons,
    status: 'pending',
    decisions: [],
    createdAt: order.placedAt,
  };
  return id;
}

function sameCompany(world: World, user: SeedUser, request: ApprovalRequest): boolean {
  return world.accounts.get(request.accountId)?.companyId === user.companyId;
}

/** Whether a user's role and limit allow deciding a request (ownership aside). */
function mayDecide(world: World, user: SeedUser, request: ApprovalRequest): boolean {
  if (!user.roles.includes('approver') || !user.approvalLimit || !sameCompany(world, user, request)) return false;
  return limitIn(user.approvalLimit, request.total.currency) >= request.total.amountMinor;
}

/** Requests the caller placed, and those the caller may decide; newest first. */
export function listApprovals(world: World, state: BackendState, actor: Actor): ApprovalRequest[] {
  return Object.values(state.approvals)
    .filter((r) => (r.requestedBy.userId === actor.user.id && sameCompany(world, actor.user, r)) || (r.requestedBy.userId !== actor.user.id && mayDecide(world, actor.user, r)))
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : Number(b.id.slice(4)) - Number(a.id.slice(4))));
}

/** Approves or rejects a pending request and moves its order on. */
export function decideApproval(world: World, state: BackendState, actor: Actor, id: string, input: ApprovalDecisionInput): ApprovalRequest {
  const request = state.approvals[id];
  if (!request || !sameCompany(world, actor.user, request)) throw new NotFoundError(`No approval request ${id}.`);
  const t = (de: string, en: string): string => (actor.locale === 'de' ? de : en);
  if (request.requestedBy.userId === actor.user.id) {
    throw new ForbiddenError(t('Eigene Bestellungen können Sie nicht freigeben.', 'You cannot decide on your own order.'));
  }
  if (!mayDecide(world, actor.user, request)) {
    throw new ForbiddenError(t('Ihr Freigabelimit reicht für diese Bestellung nicht aus.', 'Your approval limit does not cover this order.'));
  }
  if (request.status !== 'pending') {
    throw new ConflictError(t(`Über diese Anfrage wurde bereits entschieden (${request.status}).`, `This request was already decided (${request.status}).`));
  }
  const decided: ApprovalRequest = {
    ...request,
    status: input.decision === 'approve' ? 'approved' : 'rejected',
    decisions: [
      ...request.decisions,
      { decision: input.decision, userId: actor.user.id, userName: actor.user.name, at: world.now().toISOString(), comment: input.comment ?? '' },
    ],
  };
  state.approvals[id] = decided;
  const order = state.orders[request.orderId];
  if (order) state.orders[order.id] = { ...order, status: input.decision === 'approve' ? 'confirmed' : 'rejected' };
  return decided;
}
