import { css } from 'lit';

/**
 * Styles of `<kontor-search-box>`. The host keeps the field's height while suggestions are
 * open (they float above the page), so opening them shifts nothing. Below 600px wide the
 * open panel becomes a full-screen sheet; the host's placeholder box keeps its height.
 */
export const searchBoxStyles = css`
  :host {
    display: block;
    --_max-height: var(--kontor-search-box-max-height, 70vh);
  }
  .box {
    position: relative;
    height: 2.5em;
  }
  .panel {
    position: absolute;
    inset: 0 0 auto 0;
    z-index: 20;
    margin: 0;
  }
  .field {
    display: flex;
    gap: calc(var(--_space) * 2);
  }
  .input {
    flex: 1;
    min-width: 0;
    width: 100%;
  }
  .close {
    display: none;
  }
  [role='listbox'] {
    margin: var(--_space) 0 0;
    padding: var(--_space) 0;
    max-height: var(--_max-height);
    overflow-y: auto;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.16);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  .group {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .group-label {
    padding: var(--_space) calc(var(--_space) * 3);
    color: var(--_muted);
    font-size: 0.8em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .option {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 3);
    cursor: pointer;
  }
  .option[aria-selected='true'] {
    background: var(--_surface-alt);
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .option:hover {
    background: var(--_surface-alt);
  }
  .option img,
  .noimg {
    flex: none;
    width: 40px;
    height: 40px;
    object-fit: contain;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-alt);
  }
  .text {
    flex: 1;
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .price {
    flex: none;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  mark {
    background: none;
    color: inherit;
    font-weight: 700;
  }
  .clear-recent {
    all: unset;
    display: block;
    margin-top: var(--_space);
    padding: var(--_space) calc(var(--_space) * 3);
    color: var(--_accent);
    font-size: 0.9em;
    cursor: pointer;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .clear-recent:focus-visible {
    outline: 2px solid var(--_accent);
  }
  .quiet {
    margin: var(--_space) 0 0;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    color: var(--_muted);
    font-size: 0.9em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  @media (max-width: 600px) {
    .panel.open {
      position: fixed;
      inset: 0;
      z-index: 1000;
      padding: calc(var(--_space) * 3);
      background: var(--_surface);
      overflow-y: auto;
    }
    .panel.open .close {
      display: inline-flex;
    }
    .panel.open .submit {
      display: none;
    }
    .panel.open [role='listbox'] {
      max-height: none;
      border: none;
      box-shadow: none;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .option {
      transition: background-color 80ms;
    }
  }
`;
