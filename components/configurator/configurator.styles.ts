import { css } from 'lit';

/** Styles of `<kontor-configurator>`. */
export const configuratorStyles = css`
  :host {
    display: block;
    --_aside: var(--kontor-configurator-aside-width, 18rem);
  }
  .title {
    margin: 0 0 calc(var(--_space) * 3);
    font-size: 1.35em;
  }
  .layout {
    display: grid;
    gap: calc(var(--_space) * 6);
    grid-template-columns: minmax(0, 1fr);
  }
  @media (min-width: 52rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) var(--_aside);
      align-items: start;
    }
    .price {
      position: sticky;
      top: calc(var(--_space) * 4);
    }
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    list-style: none;
    margin: 0 0 calc(var(--_space) * 4);
    padding: 0;
  }
  .step-link {
    font: inherit;
    color: var(--_text);
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 3);
    cursor: pointer;
  }
  .step-link[aria-current='step'] {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
  }
  .step-link .number {
    font-weight: 600;
  }
  .step-link.attention {
    border-color: var(--_danger);
  }
  .step-link .mark {
    font-size: 0.85em;
  }
  h3 {
    font-size: 1.1em;
    margin: 0 0 calc(var(--_space) * 3);
  }
  h3:focus-visible,
  .step-link:focus-visible,
  .link:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .group {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    margin: 0 0 calc(var(--_space) * 4);
  }
  legend,
  .legend {
    font-weight: 600;
    display: block;
    margin-bottom: var(--_space);
  }
  .help,
  .limits,
  .about,
  .optional {
    color: var(--_muted);
    font-size: 0.92em;
    margin: 0 0 var(--_space);
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: calc(var(--_space) * 2);
    padding: var(--_space) 0;
  }
  .option input {
    margin: 0.2em 0 0;
    accent-color: var(--_accent);
  }
  .option .about {
    grid-column: 2;
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
  }
  .option.unavailable label {
    color: var(--_muted);
  }
  .why {
    color: var(--_warning);
    display: block;
  }
  .spin {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .spin .input {
    width: 8em;
    text-align: end;
  }
  .text .input {
    width: 100%;
    max-width: 24em;
  }
  .problems,
  .problem {
    color: var(--_danger);
    margin: var(--_space) 0;
  }
  ul.problems,
  .problems ul {
    padding-inline-start: 1.2em;
  }
  .conflicts {
    border: 2px solid var(--_warning);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    margin: 0 0 calc(var(--_space) * 4);
    background: var(--_surface-alt);
  }
  .conflict p {
    margin: 0 0 var(--_space);
  }
  .fixes {
    list-style: none;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 2);
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  .step-nav {
    display: flex;
    gap: calc(var(--_space) * 2);
    justify-content: space-between;
    margin-top: calc(var(--_space) * 4);
  }
  .step-nav .button:only-child {
    margin-inline-start: auto;
  }
  .price {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 4);
    background: var(--_surface);
  }
  .quantity {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .quantity .input {
    width: 6em;
    text-align: end;
  }
  .line-net {
    font-size: 1.5em;
    font-weight: 700;
    margin: calc(var(--_space) * 2) 0 0;
  }
  .unit-net,
  .lead-time,
  .code,
  .pending {
    margin: var(--_space) 0;
  }
  .code,
  .unit-net,
  .pending {
    color: var(--_muted);
  }
  .figures[aria-busy='true'] .line-net {
    opacity: 0.6;
  }
  .price > .button {
    width: 100%;
    margin-top: calc(var(--_space) * 3);
  }
  .notice {
    margin: calc(var(--_space) * 2) 0;
  }
  .notice.error,
  .state.error {
    color: var(--_danger);
  }
  .notice.success {
    color: var(--_success);
  }
  .bill {
    width: 100%;
    border-collapse: collapse;
  }
  .bill caption {
    text-align: start;
    font-weight: 600;
    margin-bottom: var(--_space);
  }
  .bill th,
  .bill td {
    text-align: start;
    padding: var(--_space) calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_border);
  }
  .bill .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .facts div {
    display: flex;
    gap: calc(var(--_space) * 2);
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
  }
  .link {
    all: unset;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    margin-inline-start: var(--_space);
  }
`;
