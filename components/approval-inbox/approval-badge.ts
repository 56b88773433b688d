import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { approvalInboxOf } from '../../src/index.js';
import { define } from '../shared/define.js';
import { KontorElement } from '../shared/kontor-element.js';
import { CommerceStoreController } from '../shared/store-controller.js';
import { controls, tokens } from '../shared/styles.js';
import { css } from 'lit';

/**
 * A header link to the approval inbox with the number of requests waiting for the user's
 * decision. It shares the inbox's requests, so a decision in the inbox updates it at once.
 * Logged-out visitors see the plain link; with a backend without approvals it renders nothing.
 * It looks like a link of the page; style it through `::part(link)`.
 *
 * Its box never changes as data arrives: the count floats over the link's end corner instead
 * of taking room in the line, and a page that writes the label as the element's content
 * (`<kontor-approval-badge href="approvals.html">Approvals</kontor-approval-badge>`) gives it
 * its final size before the element's script has loaded, so a header's links never move.
 *
 * @summary Count of approval requests waiting for the user.
 * @tag kontor-approval-badge
 * @csspart link - The link to the inbox.
 * @csspart count - The number.
 * @slot - The link's label (default "Approvals" in the page's language); write it in the page so the link has its size before the element loads.
 * @cssprop --kontor-color-warning - Background of the count.
 * @cssstate empty - When nothing waits for the user.
 */
@localized()
export class KontorApprovalBadge extends KontorElement {
  static override styles = [
    tokens,
    controls,
    css`
      /* Inline text in the page's font, like the page's other links: the same box as the
         label written in the page before the element was defined. */
      :host {
        display: inline-block;
        position: relative;
        font: inherit;
      }
      /* Over the link's end corner, out of the flow: a count arriving or growing takes no room. */
      .count {
        position: absolute;
        inset-inline-start: calc(100% - 0.5em);
        inset-block-start: -0.7em;
        min-width: 1.5em;
        padding: 0 0.35em;
        border-radius: 999px;
        background: var(--_warning);
        color: var(--_surface);
        font-size: 0.7em;
        font-weight: 700;
        line-height: 1.5;
        text-align: center;
        font-variant-numeric: tabular-nums;
        pointer-events: none;
      }
    `,
  ];

  /** Where the inbox lives (the link target). */
  @property() href = 'approvals.html';

  readonly #session = new CommerceStoreController(this, (c) => c.$session);
  readonly #info = new CommerceStoreController(this, (c) => c.$info);
  readonly #count = new CommerceStoreController(this, (c) => approvalInboxOf(c).$toDecide);
  // Watching the requests is what makes the shared inbox load them.
  readonly #requests = new CommerceStoreController(this, (c) => approvalInboxOf(c).$requests);

  protected override updated(): void {
    this.setCustomState('empty', (this.#count.value ?? 0) === 0);
  }

  protected override render() {
    void this.#requests.value;
    if (this.#info.value?.capabilities.approvals === false) return nothing;
    const count = this.#session.value?.value?.user ? (this.#count.value ?? 0) : 0;
    // The count is shown as a bubble and read as words, so the link's name keeps its visible text.
    return html`<a part="link" href=${this.href}
      ><slot>${msg('Approvals', { id: 'approvals' })}</slot>${count > 0
        ? html`<span class="count" part="count" aria-hidden="true">${count}</span><span class="visually-hidden">${msg(str`(${count} waiting for you)`, { id: 'approval-badge-label' })}</span>`
        : nothing}</a
    >`;
  }
}

define('kontor-approval-badge', KontorApprovalBadge);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-approval-badge': KontorApprovalBadge;
  }
}
