import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { createResource, type ProductQuestion, type Sku } from '../../src/index.js';
import { define } from '../shared/define.js';
import { emit } from '../shared/events.js';
import { FormSubmission, feedbackStyles } from '../shared/form-submission.js';
import { KontorElement } from '../shared/kontor-element.js';
import { formatLocale } from '../shared/localization.js';
import { ResourceController } from '../shared/resource-controller.js';
import { CommerceStoreController } from '../shared/store-controller.js';
import { dateTimeFormat } from '../../src/commerce/formatters.js';

/** Shortest and longest question the form sends (the backend checks the same bounds). */
const LENGTH = { min: 3, max: 2000 } as const;

/**
 * "Ask a question": a short form that sends a question about the product to the seller's
 * sales team, and the account's earlier questions about it with their answers. Logged-out
 * visitors are asked to log in; a backend without questions hides the element's content.
 * The typed question survives a failed send.
 *
 * @summary Questions to the sales team about one product.
 * @tag kontor-product-questions
 * @csspart form - The question form.
 * @csspart list - The list of earlier questions.
 * @cssstate sending - While a question is being sent.
 * @fires kontor-question-sent - After a question was stored; detail `{ sku, questionId }`.
 * @fires kontor-error - When questions could not be loaded or sent.
 */
@localized()
export class KontorProductQuestions extends KontorElement {
  static override styles = [
    ...feedbackStyles,
    css`
      textarea.input {
        min-height: 6em;
        resize: vertical;
      }
      .hint {
        color: var(--_muted);
        font-weight: 400;
      }
      ul {
        margin: calc(var(--_space) * 4) 0 0;
      }
      li {
        padding: calc(var(--_space) * 3);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .answer {
        margin-top: calc(var(--_space) * 2);
        padding-inline-start: calc(var(--_space) * 3);
        border-inline-start: 3px solid var(--_accent);
      }
    `,
  ];

  /** SKU the questions are about. */
  @property({ reflect: true }) sku: Sku = '';

  @state() private draft = '';

  readonly #form = new FormSubmission(this, {
    busy: (on) => this.setCustomState('sending', on),
    report: (error) => this.reportError(error, 'ask-question'),
  });

  readonly #session = new CommerceStoreController(this, (commerce) => commerce.$session);
  readonly #info = new CommerceStoreController(this, (commerce) => commerce.$info);

  readonly #questions = new ResourceController<{ sku: Sku; user: string; account: string }, readonly ProductQuestion[]>(this, {
    create: (commerce) =>
      createResource(({ sku }) => {
        const list = commerce.adapter.listQuestions;
        return list ? list.call(commerce.adapter, { sku }) : Promise.resolve([]);
      }),
    key: () => {
      const session = this.#session.value?.value;
      if (!this.sku || !this.#available || !session?.user || !session.context) return null;
      return { sku: this.sku, user: session.user.id, account: session.context.accountId };
    },
    onChange: (value) => {
      if (value.status === 'error' && value.error) this.reportError(value.error, 'list-questions');
    },
  });

  get #available(): boolean {
    return Boolean(this.#info.value?.capabilities.productQuestions && this.commerce?.adapter.askQuestion);
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.#form.busy) return;
    const text = this.draft.trim();
    if (text.length < LENGTH.min) {
      this.#form.refuse(msg(str`Please write at least ${LENGTH.min} characters.`, { id: 'question-too-short' }));
      this.renderRoot.querySelector('textarea')?.focus();
      return;
    }
    const adapter = this.commerce?.adapter;
    const ask = adapter?.askQuestion;
    if (!adapter || !ask) return;
    await this.#form.run(async () => {
      const question = await ask.call(adapter, { sku: this.sku, text });
      this.draft = '';
      emit(this, 'kontor-question-sent', { sku: this.sku, questionId: question.id });
      this.#questions.reload();
      return msg('Your question was sent to our sales team. The answer appears here.', { id: 'question-sent' });
    });
  }

  protected override render() {
    if (!this.#available) return nothing;
    const session = this.#session.value?.value;
    if (!session?.user) return html`<p>${msg('Log in to ask our sales team a question about this product.', { id: 'question-login' })}</p>`;
    const state = this.#questions.state;
    const questions = state?.value ?? [];
    const dates = dateTimeFormat(formatLocale(), { dateStyle: 'medium', timeStyle: 'short' });
    return html`
      <form part="form" @submit=${this.#submit} novalidate>
        <label>
          ${msg('Your question', { id: 'question-label' })}
          <span class="hint" id="hint">${msg('Our sales team answers by e-mail and here, usually within one working day.', { id: 'question-hint' })}</span>
          <textarea
            class="input"
            name="question"
            maxlength=${LENGTH.max}
            .value=${this.draft}
            aria-describedby="hint ${this.#form.problem ? 'problem' : ''}"
            aria-invalid=${this.#form.problem ? 'true' : 'false'}
            @input=${(e: InputEvent) => {
              this.draft = (e.target as HTMLTextAreaElement).value;
              this.#form.clearProblem();
            }}
          ></textarea>
        </label>
        <div class="row">
          <button class="button" type="submit" aria-disabled=${this.#form.busy ? 'true' : 'false'}>
            ${this.#form.busy ? msg('Sending…', { id: 'question-sending' }) : msg('Send question', { id: 'question-send' })}
          </button>
          <span class="hint">${msg(str`${this.draft.length} of ${LENGTH.max} characters`, { id: 'question-count' })}</span>
        </div>
        ${this.#form.messages()}
      </form>
      ${state?.status === 'error'
        ? html`<p class="message error" role="alert">${state.error?.message}
            <button class="button secondary" @click=${() => this.#questions.reload()}>${msg('Try again', { id: 'retry' })}</button></p>`
        : nothing}
      ${questions.length
        ? html`<ul part="list" aria-label=${msg('Your questions about this product', { id: 'questions-list' })}>
            ${questions.map(
              (q) => html`<li>
                <div class="meta">${msg(str`${q.askedBy.name}, ${dates.format(new Date(q.askedAt))}`, { id: 'question-meta' })}</div>
                <p>${q.text}</p>
                ${q.answer
                  ? html`<div class="answer">
                      <div class="meta">${msg(str`Answer from ${q.answer.answeredBy}, ${dates.format(new Date(q.answer.answeredAt))}`, { id: 'question-answer-meta' })}</div>
                      <p>${q.answer.text}</p>
                    </div>`
                  : html`<div class="meta">${msg('Awaiting an answer', { id: 'question-open' })}</div>`}
              </li>`,
            )}
          </ul>`
        : nothing}
    `;
  }
}

define('kontor-product-questions', KontorProductQuestions);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-product-questions': KontorProductQuestions;
  }
}
