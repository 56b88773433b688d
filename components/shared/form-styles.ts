import { css } from 'lit';

/** Labelled fields stacked in a form, shared by the session, account and checkout elements. */
export const formStyles = css`
  form,
  .fields {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  label {
    display: grid;
    gap: var(--_space);
    font-weight: 600;
    font-size: 0.9em;
  }
  .input {
    font-weight: 400;
    width: 100%;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
    align-items: center;
  }
`;
