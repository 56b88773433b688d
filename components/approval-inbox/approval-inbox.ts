import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import {
  approvalInboxOf,
  createResource,
  formatMoney,
  type ApprovalInbox,
  type ApprovalRequest,
  type BudgetState,
  type Order,
} from '../../src/index.js';
import { define } from '../shared/define.js';
import { emit } from '../shared/events.js';
import { KontorElement } from '../shared/kontor-element.js';
import { formatLocale } from '../shared/localization.js';
import { ResourceController } from '../shared/resource-controller.js';
import { CommerceStoreController } from '../shared/store-controller.js';
import { controls, dataTable, tokens } from '../shared/styles.js';
import { approvalInboxStyles } from './approval-inbox.styles.js';
import { decisionText, reasonText, requestStatusText } from './approval-texts.js';
import { dateTimeFormat, numberFormat } from '../../src/commerce/formatters.js';

/** Which requests the inbox lists. */
export type ApprovalScope = 'auto' | 'to-decide' | 'mine' | 'all';
/** Which decision state the inbox lists. */
export type ApprovalStatusFilter = 'pending' | 'approved' | 'rejected' | 'all';

/**
 * The approval inbox. Approvers see the requests waiting for them with the reason in words,
 * open one for its lines, the cost center's budget and the audit trail, and approve or
 * reject it with a comment, or approve several at once. Buyers see their own requests with
 * their state and who has to act. The backend enforces every rule (nobody approves their own
 * order; limits escalate to the next level); when someone else decided first, the inbox says
 * so and shows the current state. On a backend without approvals it explains that instead.
 *
 * @summary Approval requests: decide, or follow your own.
 * @tag kontor-approval-inbox
 * @csspart request - One request in the list.
 * @csspart detail - The opened request: lines, budget, trail and decision form.
 * @cssprop --kontor-color-success - Colour of approved requests.
 * @cssprop --kontor-color-danger - Colour of rejected requests and the reject button.
 * @cssprop --kontor-color-warning - Colour of waiting requests.
 * @cssstate loading - While the requests load.
 * @cssstate empty - When no request matches the filters.
 * @cssstate unsupported - When the backend has no approvals.
 * @fires kontor-approval-decision - After a decision was recorded; detail `{ request }`.
 * @fires kontor-error - When loading or deciding failed.
 */
@localized()
export class KontorApprovalInbox extends KontorElement {
  static override styles = [tokens, controls, dataTable, approvalInboxStyles];

  /** `to-decide`, `mine`, `all`, or `auto`: approvers start with what waits for them, buyers with their own. */
  @property() scope: ApprovalScope = 'auto';
  /** Decision state to list: `pending` (default), `approved`, `rejected` or `all`. */
  @property() status: ApprovalStatusFilter = 'pending';

  @state() private search = '';
  @state() private expanded: string | null = null;
  @state() private selected: ReadonlySet<string> = new Set();
  @state() private comments: Readonly<Record<string, string>> = {};
  @state() private errors: Readonly<Record<string, string>> = {};
  @state() private bulkComment = '';
  @state() private announcement = '';

  readonly #session = new CommerceStoreController(this, (c) => c.$session);
  readonly #info = new CommerceStoreController(this, (c) => c.$info);
  readonly #requests = new CommerceStoreController(this, (c) => approvalInboxOf(c).$requests);
  readonly #deciding = new CommerceStoreController(this, (c) => approvalInboxOf(c).$deciding);
  readonly #order = new ResourceController<string, Order>(this, {
    create: (commerce) => createResource((id: string) => commerce.adapter.getOrder(id)),
    key: () => this.#list().find((r) => r.id === this.expanded)?.orderId ?? null,
  });

  get #inbox(): ApprovalInbox | undefined {
    return this.commerce ? approvalInboxOf(this.commerce) : undefined;
  }

  #isApprover(): boolean {
    return this.#session.value?.value?.user?.roles.includes('approver') ?? false;
  }

  #scope(): Exclude<ApprovalScope, 'auto'> {
    if (this.scope !== 'auto') return this.scope;
    return this.#isApprover() ? 'to-decide' : 'mine';
  }

  #list(): readonly ApprovalRequest[] {
    const all = this.#requests.value?.value ?? [];
    const me = this.#session.value?.value?.user?.id;
    const scope = this.#scope();
    const words = this.search.toLowerCase().split(/\s+/).filter(Boolean);
    return all.filter(
      (r) =>
        (this.status === 'all' || r.status === this.status) &&
        (scope === 'all' || (scope === 'mine' ? r.requestedBy.userId === me : r.status === 'pending' && r.canDecide === true)) &&
        words.every((w) => `${r.orderNumber} ${r.requestedBy.name}`.toLowerCase().includes(w)),
    );
  }

  async #decide(request: ApprovalRequest, decision: 'approve' | 'reject'): Promise<void> {
    const inbox = this.#inbox;
    if (!inbox) return;
    const comment = (this.comments[request.id] ?? '').trim();
    if (decision === 'reject' && !comment) {
      this.errors = { ...this.errors, [request.id]: msg('Please say why you reject the order.', { id: 'approval-reject-needs-comment' }) };
      this.renderRoot.querySelector<HTMLTextAreaElement>(`#comment-${request.id}`)?.focus();
      return;
    }
    this.errors = { ...this.errors, [request.id]: '' };
    try {
      const updated = await inbox.decide(request.id, { decision, ...(comment && { comment }) });
      emit(this, 'kontor-approval-decision', { request: updated });
      this.comments = { ...this.comments, [request.id]: '' };
      this.announcement = this.#outcome(updated);
      this.#focusStatus();
    } catch (error) {
      const failure = this.reportError(error, 'decide-approval');
      this.errors = {
        ...this.errors,
        [request.id]: failure.code === 'conflict' ? msg('Someone else decided this request first. It now shows its current state.', { id: 'approval-conflict' }) : failure.message,
      };
    }
  }

  #outcome(request: ApprovalRequest): string {
    const number = request.orderNumber;
    if (request.status === 'approved') return msg(str`Order ${number} approved.`, { id: 'approval-done-approved' });
    if (request.status === 'rejected') return msg(str`Order ${number} rejected.`, { id: 'approval-done-rejected' });
    return msg(str`Order ${number} approved for your level and passed on.`, { id: 'approval-done-escalated' });
  }

  async #bulkApprove(): Promise<void> {
    const inbox = this.#inbox;
    const ids = [...this.selected];
    if (!inbox || ids.length === 0) return;
    const comment = this.bulkComment.trim();
    try {
      const results = await inbox.decideMany(ids, { decision: 'approve', ...(comment && { comment }) });
      for (const r of results) if (r.request) emit(this, 'kontor-approval-decision', { request: r.request });
      const done = results.filter((r) => r.request).length;
      const failed = results.filter((r) => r.error);
      this.errors = { ...this.errors, ...Object.fromEntries(failed.map((r) => [r.id, r.error?.message ?? ''])) };
      this.selected = new Set(failed.map((r) => r.id));
      this.bulkComment = '';
      this.announcement = failed.length
        ? msg(str`${done} approved, ${failed.length} not: see the messages at the requests.`, { id: 'approval-bulk-partial' })
        : done === 1
          ? msg('One request approved.', { id: 'approval-bulk-done-one' })
          : msg(str`${done} requests approved.`, { id: 'approval-bulk-done' });
      this.#focusStatus();
    } catch (error) {
      this.announcement = this.reportError(error, 'decide-approvals').message;
    }
  }

  #focusStatus(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.announcement')?.focus());
  }

  #toggleSelected(id: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.selected = next;
  }

  protected override updated(): void {
    const state = this.#requests.value;
    this.setCustomState('loading', state?.status === 'loading');
    this.setCustomState('empty', state?.status === 'ready' && this.#list().length === 0);
    this.setCustomState('unsupported', this.#info.value?.capabilities.approvals === false);
  }

  protected override render() {
    const session = this.#session.value;
    if (!session?.value?.user) {
      return session?.status === 'ready' || session?.status === 'error'
        ? html`<p>${msg('Log in to see approval requests.', { id: 'approval-login-needed' })}</p>`
        : html`<p aria-busy="true">${msg('Loading approvals…', { id: 'approval-loading' })}</p>`;
    }
    if (this.#info.value?.capabilities.approvals === false) {
      return html`<p class="notice" role="status">${msg('This shop does not use approvals: orders are placed directly.', { id: 'approval-unsupported' })}</p>`;
    }
    const state = this.#requests.value;
    const list = this.#list();
    const decidable = list.filter((r) => r.status === 'pending' && r.canDecide);
    const selectedCount = [...this.selected].filter((id) => decidable.some((r) => r.id === id)).length;
    return html`
      ${this.#filters()}
      ${this.#isApprover() && decidable.length > 0
        ? html`<div class="bulk" role="group" aria-label=${msg('Approve several', { id: 'approval-bulk-group' })}>
            <label>${msg('Comment for all selected', { id: 'approval-bulk-comment' })}
              <input class="input" maxlength="2000" .value=${this.bulkComment} @input=${(e: Event) => (this.bulkComment = (e.target as HTMLInputElement).value)} />
            </label>
            <button class="button" type="button" aria-disabled=${selectedCount === 0 ? 'true' : 'false'} @click=${() => selectedCount > 0 && void this.#bulkApprove()}>
              ${msg(str`Approve selected (${selectedCount})`, { id: 'approval-bulk-approve' })}
            </button>
          </div>`
        : nothing}
      <p class="announcement" role="status" tabindex="-1">${this.announcement}</p>
      ${state?.status === 'error'
        ? html`<p class="message error" role="alert">${state.error?.message}
            <button class="button secondary" type="button" @click=${() => void this.#inbox?.refresh()}>${msg('Try again', { id: 'try-again' })}</button></p>`
        : nothing}
      ${!state?.value && state?.status !== 'error'
        ? html`<p aria-busy="true">${msg('Loading approvals…', { id: 'approval-loading' })}</p>`
        : list.length === 0 && state?.value
          ? html`<p>${msg('No approval requests match.', { id: 'approval-empty' })}</p>`
          : html`<ul class="requests" aria-label=${msg('Approval requests', { id: 'approval-list' })}>${list.map((r) => this.#request(r))}</ul>`}
    `;
  }

  #filters() {
    const select = (label: string, value: string, options: readonly [string, string][], change: (value: string) => void) =>
      html`<label>${label}
        <select class="input" @change=${(e: Event) => change((e.target as HTMLSelectElement).value)}>
          ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
        </select>
      </label>`;
    return html`<div class="filters" role="group" aria-label=${msg('Filters', { id: 'filters' })}>
      ${this.#isApprover()
        ? select(msg('Show', { id: 'approval-filter-scope' }), this.#scope(), [
            ['to-decide', msg('Waiting for me', { id: 'approval-scope-to-decide' })],
            ['mine', msg('My requests', { id: 'approval-scope-mine' })],
            ['all', msg('All of my accounts', { id: 'approval-scope-all' })],
          ], (v) => (this.scope = v as ApprovalScope))
        : nothing}
      ${select(msg('State', { id: 'approval-filter-status' }), this.status, [
        ['pending', msg('Waiting', { id: 'approval-filter-pending' })],
        ['approved', msg('Approved', { id: 'approval-status-approved' })],
        ['rejected', msg('Rejected', { id: 'approval-status-rejected' })],
        ['all', msg('All', { id: 'approval-filter-all' })],
      ], (v) => (this.status = v as ApprovalStatusFilter))}
      <label>${msg('Search', { id: 'approval-search' })}
        <input class="input" type="search" .value=${this.search} @input=${(e: Event) => (this.search = (e.target as HTMLInputElement).value)} />
      </label>
      <button class="button secondary" type="button" @click=${() => void this.#inbox?.refresh()}>${msg('Refresh', { id: 'refresh' })}</button>
    </div>`;
  }

  #request(r: ApprovalRequest) {
    const locale = formatLocale();
    const open = this.expanded === r.id;
    const deciding = this.#deciding.value?.has(r.id) ?? false;
    const date = dateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(r.createdAt));
    const selectable = r.status === 'pending' && r.canDecide && this.#isApprover();
    return html`<li class="request" part="request" aria-busy=${deciding ? 'true' : 'false'}>
      <div class="summary">
        ${selectable
          ? html`<input type="checkbox" aria-label=${msg(str`Select order ${r.orderNumber}`, { id: 'approval-select' })} .checked=${this.selected.has(r.id)} @change=${(e: Event) => this.#toggleSelected(r.id, (e.target as HTMLInputElement).checked)} />`
          : html`<span></span>`}
        <div>
          <button class="button secondary" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${`detail-${r.id}`} @click=${() => (this.expanded = open ? null : r.id)}>
            ${msg(str`Order ${r.orderNumber}`, { id: 'approval-order' })}
          </button>
          <div class="meta">${msg(str`${r.requestedBy.name}, ${date}`, { id: 'approval-requested-by' })}</div>
          <div class="status ${r.status}">${requestStatusText(r)}</div>
          <ul class="reasons">${r.reasons.map((reason) => html`<li>${reasonText(reason, locale)}</li>`)}</ul>
        </div>
        <div class="total">${formatMoney(r.total, locale)} <span class="meta">${msg('net', { id: 'net-short' })}</span></div>
      </div>
      ${this.errors[r.id] ? html`<p class="message error" role="alert">${this.errors[r.id]}</p>` : nothing}
      ${open ? this.#detail(r, deciding) : nothing}
    </li>`;
  }

  #detail(r: ApprovalRequest, deciding: boolean) {
    const locale = formatLocale();
    const orderState = this.#order.state;
    const order = orderState?.value?.id === r.orderId ? orderState.value : null;
    const time = dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<div class="detail" part="detail" id=${`detail-${r.id}`}>
      <section>
        <h3>${msg('Lines', { id: 'approval-lines' })}</h3>
        ${order
          ? html`<table>
              <thead><tr>
                <th scope="col">${msg('Product', { id: 'product' })}</th>
                <th scope="col" class="number">${msg('Quantity', { id: 'quantity' })}</th>
                <th scope="col" class="number">${msg('Net', { id: 'net' })}</th>
              </tr></thead>
              <tbody>${order.lines.map((l) => html`<tr>
                <td>${l.name} <span class="meta" translate="no">${l.sku}</span></td>
                <td class="number">${numberFormat(locale).format(l.quantity)}</td>
                <td class="number">${formatMoney(l.price.lineNet, locale)}</td>
              </tr>`)}</tbody>
            </table>`
          : orderState?.status === 'error'
            ? html`<p class="message error" role="alert">${orderState.error?.message}</p>`
            : html`<p aria-busy="true">${msg('Loading lines…', { id: 'approval-lines-loading' })}</p>`}
      </section>
      ${r.budget ? this.#budget(r.budget) : nothing}
      <section>
        <h3>${msg('Decisions', { id: 'approval-trail' })}</h3>
        ${r.decisions.length === 0
          ? html`<p class="meta">${msg('No decision yet.', { id: 'approval-trail-empty' })}</p>`
          : html`<ol class="trail">${r.decisions.map((d) => html`<li>
              <strong>${decisionText(d)}</strong>, <time datetime=${d.at}>${time.format(new Date(d.at))}</time>${d.comment ? html`: „${d.comment}“` : nothing}
            </li>`)}</ol>`}
      </section>
      ${r.status === 'pending' && r.canDecide
        ? html`<div class="decide" role="group" aria-label=${msg(str`Decide on order ${r.orderNumber}`, { id: 'approval-decide-group' })}>
            <label for=${`comment-${r.id}`}>${msg('Comment (required to reject)', { id: 'approval-comment' })}</label>
            <textarea id=${`comment-${r.id}`} class="input" rows="2" maxlength="2000" .value=${this.comments[r.id] ?? ''} @input=${(e: Event) => (this.comments = { ...this.comments, [r.id]: (e.target as HTMLTextAreaElement).value })}></textarea>
            <div class="actions">
              <button class="button approve" type="button" aria-disabled=${deciding ? 'true' : 'false'} @click=${() => !deciding && void this.#decide(r, 'approve')}>${msg('Approve', { id: 'approval-approve' })}</button>
              <button class="button danger reject" type="button" aria-disabled=${deciding ? 'true' : 'false'} @click=${() => !deciding && void this.#decide(r, 'reject')}>${msg('Reject', { id: 'approval-reject' })}</button>
            </div>
          </div>`
        : nothing}
    </div>`;
  }

  #budget(budget: BudgetState) {
    const locale = formatLocale();
    const start = dateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(`${budget.periodStart}T12:00:00Z`));
    const period = budget.period === 'monthly' ? msg('monthly', { id: 'budget-monthly' }) : msg('quarterly', { id: 'budget-quarterly' });
    return html`<section>
      <h3>${msg(str`Budget of cost center ${budget.costCenterName}`, { id: 'approval-budget' })}</h3>
      <p class="meta">${msg(str`${period}, period from ${start}`, { id: 'approval-budget-period' })}</p>
      <dl class="budget">
        <dt>${msg('Budget', { id: 'budget-total' })}</dt><dd>${formatMoney(budget.budget, locale)}</dd>
        <dt>${msg('Used, this order included', { id: 'budget-spent' })}</dt><dd>${formatMoney(budget.spent, locale)}</dd>
        <dt>${msg('Remaining', { id: 'budget-remaining' })}</dt><dd class=${budget.remaining.amountMinor < 0 ? 'over' : ''}>${formatMoney(budget.remaining, locale)}</dd>
      </dl>
    </section>`;
  }
}

define('kontor-approval-inbox', KontorApprovalInbox);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-approval-inbox': KontorApprovalInbox;
  }
}
