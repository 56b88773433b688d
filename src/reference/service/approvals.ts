/**
 * Approvals. An order over the buyer's spending limit or its cost center's budget waits for
 * approvers of the same company, in steps by approval limit: an approver whose limit covers
 * the total releases the order; one whose limit is lower approves their step and the request
 * escalates to approvers with a higher limit. Nobody decides their own order or a step twice;
 * a rejection is final and releases the budget. Decisions are appended, never changed, and
 * a decision on a step that another decision already closed is a conflict.
 */
import {
  CommerceError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type ApprovalDecisionInput,
  type ApprovalQuery,
  type ApprovalReason,
  type ApprovalRequest,
  type BulkDecisionInput,
  type BulkDecisionResult,
  type Money,
} from '../../commerce/index.js';
import type { SeedUser } from '../seed/index.js';
import type { BackendState } from '../state/state.js';
import type { Actor } from './actor.js';
import { budgetState } from './budgets.js';
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

const isApprover = (user: SeedUser): boolean => user.roles.includes('approver') && user.approvalLimit !== null;

/** A user's approval limit in the request's currency (0 for non-approvers). */
function limitFor(user: SeedUser, request: ApprovalRequest): number {
  return user.approvalLimit ? limitIn(user.approvalLimit, request.total.currency) : 0;
}

/** The highest limit among the approvers who already approved: the next step must exceed it. */
function levelOf(world: World, request: ApprovalRequest): number {
  let level = 0;
  for (const d of request.decisions) {
    const user = world.users.get(d.userId);
    if (d.decision === 'approve' && user) level = Math.max(level, limitFor(user, request));
  }
  return level;
}

/** Why `user` may not decide the pending step now, or null when they may. */
function refusal(world: World, user: SeedUser, request: ApprovalRequest, t: (de: string, en: string) => string): CommerceError | null {
  if (!isApprover(user)) return new ForbiddenError(t('Nur Freigebende können über Bestellungen entscheiden.', 'Only approvers can decide on orders.'));
  if (request.requestedBy.userId === user.id) return new ForbiddenError(t('Eigene Bestellungen können Sie nicht freigeben.', 'You cannot decide on your own order.'));
  if (request.status !== 'pending') {
    return new ConflictError(t(`Über diese Anfrage wurde bereits entschieden (${request.status}).`, `This request was already decided (${request.status}).`));
  }
  if (request.decisions.some((d) => d.userId === user.id)) {
    return new ForbiddenError(t('Sie haben diese Bestellung bereits freigegeben; jetzt entscheidet die nächste Stufe.', 'You already approved this order; the next level decides now.'));
  }
  if (limitFor(user, request) <= levelOf(world, request)) {
    return new ForbiddenError(t('Diese Stufe braucht ein höheres Freigabelimit als Ihres.', 'This step needs a higher approval limit than yours.'));
  }
  return null;
}

const noop = (_de: string, en: string): string => en;

/** Approvers who may decide the pending step now. */
function nextApprovers(world: World, request: ApprovalRequest): SeedUser[] {
  if (request.status !== 'pending') return [];
  return world.seed.users.filter((u) => u.accountIds.includes(request.accountId) && sameCompany(world, u, request) && refusal(world, u, request, noop) === null);
}

/** The request as a caller sees it: with its step, who acts next and the budget now. */
function view(world: World, state: BackendState, actor: Actor, request: ApprovalRequest): ApprovalRequest {
  const order = state.orders[request.orderId];
  const account = world.accounts.get(request.accountId);
  return {
    ...request,
    step: request.decisions.filter((d) => d.decision === 'approve').length + 1,
    nextApprovers: nextApprovers(world, request).map((u) => ({ userId: u.id, name: u.name })),
    canDecide: refusal(world, actor.user, request, noop) === null,
    budget: order && account ? budgetState(state, account, order.costCenterId, order.placedAt) : null,
  };
}

/** Whether the caller sees a request: their own, or their company's when they approve for its account. */
function visible(world: World, actor: Actor, request: ApprovalRequest): boolean {
  if (!sameCompany(world, actor.user, request)) return false;
  if (request.requestedBy.userId === actor.user.id) return true;
  return isApprover(actor.user) && actor.user.accountIds.includes(request.accountId);
}

/** Requests the caller placed, and those of accounts the caller approves for; newest first. */
export function listApprovals(world: World, state: BackendState, actor: Actor, query: ApprovalQuery = {}): ApprovalRequest[] {
  return Object.values(state.approvals)
    .filter((r) => visible(world, actor, r))
    .filter((r) => query.status === undefined || r.status === query.status)
    .filter((r) => query.scope !== 'mine' || r.requestedBy.userId === actor.user.id)
    .filter((r) => query.scope !== 'to-decide' || refusal(world, actor.user, r, noop) === null)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : Number(b.id.slice(4)) - Number(a.id.slice(4))))
    .map((r) => view(world, state, actor, r));
}

/** Approves or rejects the pending step of a request and moves its order on. */
export function decideApproval(world: World, state: BackendState, actor: Actor, id: string, input: ApprovalDecisionInput): ApprovalRequest {
  const request = state.approvals[id];
  if (!request || !visible(world, actor, request)) throw new NotFoundError(`No approval request ${id}.`);
  const t = (de: string, en: string): string => (actor.locale === 'de' ? de : en);
  const refused = refusal(world, actor.user, request, t);
  if (refused) throw refused;
  const step = request.decisions.filter((d) => d.decision === 'approve').length + 1;
  if (input.step !== undefined && input.step !== step) {
    throw new ConflictError(t('Inzwischen hat jemand anderes entschieden; bitte laden Sie die Anfrage neu.', 'Someone else decided in the meantime; please reload the request.'));
  }
  const approve = input.decision === 'approve';
  const covers = limitFor(actor.user, request) >= request.total.amountMinor;
  const escalated = approve && !covers;
  const decided: ApprovalRequest = {
    ...request,
    status: !approve ? 'rejected' : covers ? 'approved' : 'pending',
    decisions: [
      ...request.decisions,
      {
        decision: input.decision,
        userId: actor.user.id,
        userName: actor.user.name,
        at: world.now().toISOString(),
        comment: input.comment ?? '',
        ...(escalated ? { escalated: true } : {}),
      },
    ],
  };
  state.approvals[id] = decided;
  const order = state.orders[request.orderId];
  if (order && decided.status !== 'pending') state.orders[order.id] = { ...order, status: decided.status === 'approved' ? 'confirmed' : 'rejected' };
  return view(world, state, actor, decided);
}

/** The same decision on several requests; each succeeds or fails on its own. */
export function decideApprovals(world: World, state: BackendState, actor: Actor, input: BulkDecisionInput): BulkDecisionResult[] {
  return [...new Set(input.ids)].map((id) => {
    try {
      const request = decideApproval(world, state, actor, id, { decision: input.decision, ...(input.comment !== undefined && { comment: input.comment }) });
      return { id, request, error: null };
    } catch (error) {
      if (!(error instanceof CommerceError)) throw error;
      return { id, request: null, error: { code: error.code, message: error.message } };
    }
  });
}
