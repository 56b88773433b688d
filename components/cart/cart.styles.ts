import { css } from 'lit';

/**
 * Styles of `<kontor-cart>`.
 *
 * @cssprop --kontor-cart-summary-width - Largest width of the totals and the forms (default 36em).
 */
export const cartStyles = css`
  :host {
    display: block;
    --_summary-width: var(--kontor-cart-summary-width, 36em);
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 4);
    padding: 0;
    margin: 0 0 calc(var(--_space) * 2);
    list-style: none;
    counter-reset: step;
    color: var(--_muted);
  }
  .steps li {
    counter-increment: step;
  }
  .steps li::before {
    content: counter(step) '. ';
  }
  .steps li[aria-current='step'] {
    color: var(--_text);
    font-weight: 700;
  }
  .step-heading {
    font-size: 1.25em;
    margin: calc(var(--_space) * 2) 0;
  }
  .step-heading:focus {
    outline: none;
  }
  .step-heading:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .qty {
    width: 6em;
    text-align: end;
  }
  .unit {
    margin-inline-start: var(--_space);
    color: var(--_muted);
  }
  .fix {
    margin-top: var(--_space);
  }
  .sku {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .availability {
    margin: var(--_space) 0;
    font-size: 0.85em;
  }
  .availability.in-stock {
    color: var(--_success);
  }
  .availability.partial,
  .availability.backorder {
    color: var(--_warning);
  }
  .note {
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: center;
    font-weight: 400;
    font-size: 0.85em;
  }
  .note .input {
    max-width: 24em;
  }
  tr[aria-busy='true'] {
    opacity: 0.6;
  }
  .message.warning {
    color: var(--_warning);
  }
  .undo {
    display: flex;
    gap: calc(var(--_space) * 3);
    align-items: center;
    padding: calc(var(--_space) * 2);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .totals {
    margin: calc(var(--_space) * 4) 0 calc(var(--_space) * 6) auto;
    max-width: 22em;
  }
  .totals div,
  .summary div {
    display: flex;
    justify-content: space-between;
    gap: calc(var(--_space) * 4);
  }
  dd {
    margin: 0;
  }
  .totals .gross {
    font-weight: 700;
    border-top: 1px solid var(--_border);
    margin-top: var(--_space);
    padding-top: var(--_space);
  }
  .checkout,
  .summary,
  .saved {
    max-width: var(--_summary-width);
  }
  .check {
    display: flex;
    flex-direction: row;
    gap: calc(var(--_space) * 2);
    align-items: center;
    font-weight: 400;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .shipments ol {
    padding-inline-start: 1.2em;
  }
  .shipments .backorder strong {
    color: var(--_warning);
  }
  .actions {
    justify-content: flex-end;
    margin: calc(var(--_space) * 4) 0;
  }
  .saved {
    margin-top: calc(var(--_space) * 6);
  }
  .saved summary {
    cursor: pointer;
    font-weight: 600;
  }
  .save-form {
    margin: calc(var(--_space) * 3) 0;
  }
  .saved-list {
    list-style: none;
    padding: 0;
  }
  .saved-list li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2) 0;
    border-bottom: 1px solid var(--_border);
  }
  .approval-note {
    padding: calc(var(--_space) * 3);
    border-inline-start: 3px solid var(--_warning);
    background: var(--_surface-alt);
  }
  .reasons {
    margin: var(--_space) 0;
  }
  .confirmation {
    padding: calc(var(--_space) * 4);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  @media (max-width: 640px) {
    thead {
      display: none;
    }
    tr {
      display: grid;
      grid-template-columns: 1fr auto;
      border-bottom: 1px solid var(--_border);
    }
    td {
      border: 0;
    }
  }
`;
