import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    line-height: 1.45;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
  }
  /* Headings by depth (.d0 the title): their levels follow the page's heading-level. */
  .d0,
  .d1 {
    margin: 0 0 var(--_gap);
    font-size: 1.25em;
  }
  .d1 {
    font-size: 1.1em;
  }
  .group,
  .summary,
  .team {
    margin-block-end: calc(var(--_gap) * 2);
  }
  .dim {
    border-block-start: 1px solid var(--_track);
    padding-block: var(--_gap);
  }
  .dim legend {
    font-weight: 600;
    padding: 0 0 0.5em;
    float: left;
    width: 100%;
  }
  .stages {
    clear: both;
    display: grid;
    gap: 0.5rem;
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.15em 0.5em;
    align-items: start;
    align-content: start;
    padding: 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .choice.on {
    border: 2px solid var(--_accent);
    padding: calc(0.6em - 1px);
    background: var(--_surface-alt);
  }
  .choice:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .choice input {
    margin: 0.2em 0 0;
    width: 1.1em;
    height: 1.1em;
    accent-color: var(--_accent);
  }
  .choice input:focus-visible {
    outline: none;
  }
  .stage {
    font-weight: 600;
  }
  .desc {
    grid-column: 1 / -1;
    font-size: 0.925em;
  }
  .extra {
    display: grid;
    gap: 0.5rem;
    margin-block-start: 0.6rem;
  }
  .extra label {
    display: grid;
    gap: 0.25em;
    font-size: 0.925em;
    color: var(--_muted);
  }
  textarea,
  select,
  button {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.4em 0.5em;
  }
  textarea {
    resize: vertical;
    min-height: 2.6em;
  }
  button {
    cursor: pointer;
    margin-block: 0.5rem;
  }
  .summary {
    padding: var(--_gap);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .summary p {
    margin: 0 0 0.4em;
  }
  ul {
    padding: 0;
    margin: 0 0 0.5em;
    list-style: none;
  }
  .summary ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .err {
    color: var(--_error);
    font-weight: 600;
  }
  [hidden] {
    display: none !important;
  }
  @container (min-width: 44rem) {
    .stages {
      grid-template-columns: repeat(4, 1fr);
    }
    .extra {
      grid-template-columns: 1fr auto;
      align-items: end;
    }
  }
`;
