import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    line-height: 1.4;
  }
  tension-slider {
    padding-block: var(--_gap);
    border-bottom: 1px solid var(--_track);
  }
  stage-rubric {
    margin-block-start: calc(var(--_gap) * 2);
  }
  select,
  button,
  input {
    font: inherit;
    min-height: 2.25rem;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25rem 0.6rem;
  }
  button {
    cursor: pointer;
  }
  .go {
    background: var(--_accent);
    color: var(--_accent-contrast);
    border-color: var(--_accent);
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-block: var(--_gap);
  }
  progress {
    accent-color: var(--_accent);
  }
  .err {
    color: var(--_error);
    font-weight: 600;
  }
  .d0 {
    /* The result's title, as the paragraph it was. */
    margin: 1em 0;
    font-size: 1.2em;
    font-weight: 700;
    outline: none;
  }
  [readonly] {
    font-family: ui-monospace, monospace;
  }
  a {
    color: var(--_accent);
  }
  li {
    margin-block: 0.25rem;
  }
`;
