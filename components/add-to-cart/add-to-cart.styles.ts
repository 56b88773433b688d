import { css } from 'lit';

/** Styles of `<kontor-add-to-cart>`. */
export const addToCartStyles = css`
  :host {
    display: block;
  }
  form {
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: stretch;
  }
  .input {
    width: 5.5em;
    text-align: end;
  }
  .message {
    min-height: 1.3em;
    margin-top: var(--_space);
  }
  .fix {
    all: unset;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .fix:focus-visible {
    outline: 2px solid var(--_accent);
  }
`;
