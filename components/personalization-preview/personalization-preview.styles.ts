import { css } from 'lit';

/** Styles of `<kontor-personalization-preview>`: a compact panel for marketers. */
export const personalizationPreviewStyles = css`
  :host {
    display: block;
  }
  .panel {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 3);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  h2 {
    margin: 0;
    font-size: 1em;
  }
  label {
    display: grid;
    gap: var(--_space);
  }
  p {
    margin: 0;
    color: var(--_muted);
  }
  ul {
    margin: 0;
    padding-left: 1.2em;
    color: var(--_danger);
  }
`;
