import { css } from 'lit';

/** Styles of `<kontor-recommendations>`: a strip that keeps one height while loading, empty or filled. */
export const recommendationsStyles = css`
  :host {
    display: block;
    --_card-width: var(--kontor-recommendations-card-width, 11em);
  }
  h2 {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: 1.15em;
  }
  ol {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: var(--_card-width);
    gap: calc(var(--_space) * 3);
    overflow-x: auto;
    list-style: none;
    margin: 0;
    padding: 0 0 calc(var(--_space) * 2);
    /* One height for skeletons, cards, the empty note and the error: nothing below moves. */
    min-height: 15em;
  }
  li {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  li.skeleton {
    background: var(--_surface-alt);
  }
  .media {
    aspect-ratio: 4 / 3;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .media img {
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  a {
    color: var(--_accent);
    font-weight: 600;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .note,
  .error {
    min-height: 15em;
    margin: 0;
    color: var(--_muted);
  }
  .error {
    color: var(--_danger);
  }
`;
