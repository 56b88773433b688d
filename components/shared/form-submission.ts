import { css, html, nothing, type CSSResult, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CommerceError } from '../../src/index.js';
import { formStyles } from './form-styles.js';
import { controls, tokens } from './styles.js';

/** What a {@link FormSubmission} needs from its element; the element passes its protected helpers in. */
export interface SubmissionHooks {
  /** Turns the element's busy custom state (`sending`, `saving`) on and off. */
  busy(on: boolean): void;
  /** Reports a failure (`kontor-error`) and returns it as a typed error. */
  report(error: unknown): CommerceError;
}

/**
 * The send cycle of a small feedback form (a question, a rating): one send at a time, the
 * element's busy state while it runs, a failure shown as an alert while the input stays, and
 * the success said in a status line that is always in the page so screen readers hear it.
 */
export class FormSubmission implements ReactiveController {
  #busy = false;
  #problem = '';
  #done = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: SubmissionHooks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether a send is running. */
  get busy(): boolean {
    return this.#busy;
  }

  /** The problem shown, or ''. */
  get problem(): string {
    return this.#problem;
  }

  /** Shows a problem found before sending (bad input); the last success line goes. */
  refuse(problem: string): void {
    this.#problem = problem;
    this.#done = '';
    this.host.requestUpdate();
  }

  /** Clears the problem, as the buyer edits the input. */
  clearProblem(): void {
    if (!this.#problem) return;
    this.#problem = '';
    this.host.requestUpdate();
  }

  /** Runs `send` unless a send is running; what it resolves with becomes the success line. */
  async run(send: () => Promise<string>): Promise<void> {
    if (this.#busy) return;
    this.#problem = '';
    this.#done = '';
    this.#busy = true;
    this.hooks.busy(true);
    this.host.requestUpdate();
    try {
      this.#done = await send();
    } catch (error) {
      this.#problem = this.hooks.report(error).message;
    } finally {
      this.#busy = false;
      this.hooks.busy(false);
      this.host.requestUpdate();
    }
  }

  /** The problem (an alert with `problemId`, for `aria-describedby`) and the success line. */
  messages(problemId = 'problem'): TemplateResult {
    return html`${this.#problem ? html`<p class="message error" id=${problemId} role="alert">${this.#problem}</p>` : nothing}
      <p class="message success" role="status">${this.#done}</p>`;
  }
}

/**
 * The look shared by feedback forms and their lists (tokens, controls and form fields
 * included): a padded text field, a plain list, muted meta lines.
 */
export const feedbackStyles: readonly CSSResult[] = [
  tokens,
  controls,
  formStyles,
  css`
  :host {
    display: block;
  }
  textarea.input {
    padding: var(--_space) calc(var(--_space) * 2);
  }
  ul {
    list-style: none;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  li p {
    margin: var(--_space) 0 0;
    white-space: pre-line;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.85em;
  }
`,
];
