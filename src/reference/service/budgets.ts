/**
 * Budgets per cost center and period, and the reasons an order needs approval. A budget
 * counts the net value of the period's orders that are placed, waiting or approved; a
 * rejected or cancelled order releases what it held. A new period starts from zero.
 */
import { money, type Account, type ApprovalReason, type BudgetState, type Money } from '../../commerce/index.js';
import type { BackendState } from '../state/state.js';
import type { Actor } from './actor.js';
import { limitIn, moneyText } from './money-text.js';
import type { World } from './world.js';

type Period = 'monthly' | 'quarterly';

/** First day (YYYY-MM-DD) of the period that contains an ISO time. */
export function periodStart(iso: string, period: Period): string {
  const year = iso.slice(0, 4);
  const month = Number(iso.slice(5, 7));
  const first = period === 'monthly' ? month : 3 * Math.floor((month - 1) / 3) + 1;
  return `${year}-${String(first).padStart(2, '0')}-01`;
}

/** The budget of a cost center in the period containing `at`, or null without a budget. */
export function budgetState(state: BackendState, account: Account, costCenterId: string | null, at: string): BudgetState | null {
  const center = account.costCenters.find((c) => c.id === costCenterId);
  if (!center?.budget || !center.period) return null;
  const period = center.period;
  const start = periodStart(at, period);
  let spent = 0;
  for (const order of Object.values(state.orders)) {
    if (order.accountId !== account.id || order.costCenterId !== center.id) continue;
    if (order.status === 'rejected' || order.status === 'cancelled') continue;
    if (periodStart(order.placedAt, period) === start) spent += order.totals.net.amountMinor;
  }
  const currency = center.budget.currency;
  return {
    costCenterId: center.id,
    costCenterName: center.name,
    period,
    periodStart: start,
    budget: center.budget,
    spent: money(spent, currency),
    remaining: money(center.budget.amountMinor - spent, currency),
  };
}

/** Why an order of `net` on `costCenterId` needs approval; empty when it needs none. */
export function approvalReasons(world: World, state: BackendState, actor: Actor, net: Money, costCenterId: string | null): ApprovalReason[] {
  const reasons: ApprovalReason[] = [];
  const t = (de: string, en: string): string => (actor.locale === 'de' ? de : en);
  const limit = actor.user.spendingLimit;
  if (limit) {
    const limitMinor = limitIn(limit, net.currency);
    if (net.amountMinor > limitMinor) {
      const excess = money(net.amountMinor - limitMinor, net.currency);
      const limitMoney = money(limitMinor, net.currency);
      const limitText = moneyText(limitMoney, actor.locale);
      const excessText = moneyText(excess, actor.locale);
      reasons.push({
        code: 'spending-limit',
        message: t(`Überschreitet Ihr Bestelllimit von ${limitText} um ${excessText}.`, `Exceeds your order limit of ${limitText} by ${excessText}.`),
        excess,
        limit: limitMoney,
      });
    }
  }
  const budget = budgetState(state, actor.account, costCenterId, world.now().toISOString());
  if (budget) {
    const over = budget.spent.amountMinor + net.amountMinor - budget.budget.amountMinor;
    if (over > 0) {
      const excess = money(over, net.currency);
      const budgetText = moneyText(budget.budget, actor.locale);
      const periodText = budget.period === 'monthly' ? t('Monatsbudget', 'monthly budget') : t('Quartalsbudget', 'quarterly budget');
      reasons.push({
        code: 'budget',
        message: t(
          `Überschreitet das ${periodText} der Kostenstelle ${budget.costCenterName} (${budgetText}) um ${moneyText(excess, actor.locale)}.`,
          `Exceeds the ${periodText} of cost center ${budget.costCenterName} (${budgetText}) by ${moneyText(excess, actor.locale)}.`,
        ),
        excess,
        limit: budget.budget,
        costCenterName: budget.costCenterName,
        period: budget.period,
      });
    }
  }
  return reasons;
}
