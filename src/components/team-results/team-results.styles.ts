import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  section {
    margin-block: 0 calc(var(--_gap) * 3);
  }
  section[hidden] {
    display: none;
  }
  /* Headings by depth (.d0 the sections'): their levels follow the page's heading-level. */
  .d0 {
    font-size: 1.25rem;
    margin: 0 0 var(--_gap);
  }
  .d1 {
    font-size: 1.05rem;
    margin: var(--_gap) 0 0.35rem;
  }
  .d2,
  .d3 {
    font-size: 0.95rem;
    margin: 0.75rem 0 0.25rem;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_gap);
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.35rem;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.75rem;
  }
  .paste {
    font-weight: 600;
    min-height: 0;
    margin-block-end: 0.35rem;
  }
  textarea {
    display: block;
    box-sizing: border-box;
    width: 100%;
    font:
      0.95rem/1.4 ui-monospace,
      monospace;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    /* A paste of 100,000 lines: the rest of the page changing (status, progress) must not lay
       all of its text out again, which takes Chromium a tenth of a second each time. */
    contain: layout paint style;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    margin-block: var(--_gap);
  }
  .file:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .file input {
    position: absolute;
    width: 1px;
    height: 1px;
    opacity: 0;
  }
  .drop {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .status {
    color: var(--_text);
    margin: 0;
  }
  progress {
    display: block;
    inline-size: min(100%, 20rem);
    margin-block-end: 0.35rem;
  }
  .rejected {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: var(--_gap);
    margin-block-start: var(--_gap);
  }
  .rejected .d1 {
    color: var(--_error);
    margin-block-start: 0;
  }
  .rejected li {
    overflow-wrap: anywhere;
  }
  /* Over dataTableStyles: the rubric's counts sit above their bars, so every cell reads from the
     start and the top; headers keep the browser's bold. */
  th,
  td {
    text-align: start;
    vertical-align: top;
  }
  th[scope='row'],
  thead th:first-child {
    font-weight: bold;
  }
  .bars {
    display: block;
  }
  .bar {
    display: block;
    width: 100%;
    min-width: 3rem;
    height: 0.5rem;
  }
  .bar-track {
    fill: var(--_track);
  }
  .bar-fill {
    fill: var(--_accent);
  }
  .prompt {
    border-block-start: 1px solid var(--_track);
    padding-block: 0.25rem var(--_gap);
  }
  .why {
    color: var(--_muted);
    margin: 0 0 0.25rem;
  }
  .poles {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 0 1.5rem;
  }
  .poles ul,
  .questions {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .empty {
    color: var(--_muted);
  }
  @media print {
    .import {
      display: none;
    }
    section {
      break-after: page;
    }
    section:last-of-type {
      break-after: auto;
    }
    .prompt,
    tr {
      break-inside: avoid;
    }
    .check {
      display: none;
    }
  }
`;
