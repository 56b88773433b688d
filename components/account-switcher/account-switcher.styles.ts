import { css } from 'lit';

/** Styles of `<kontor-account-switcher>`: the promotion form sits below the addresses. */
export const accountSwitcherStyles = css`
  .promotion {
    border-top: 1px solid var(--_border);
    padding-top: calc(var(--_space) * 3);
  }
  .promotion .row label {
    flex: 1 1 12em;
  }
  .promotion .row .button {
    align-self: end;
  }
  .active {
    margin: 0;
  }
  .message:empty {
    display: none;
  }
`;
