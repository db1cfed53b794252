import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    line-height: 1.45;
  }
  h2 {
    font-size: 1.25rem;
    margin: 0 0 var(--_gap);
  }
  h3 {
    font-size: 1.1rem;
    margin: calc(var(--_gap) * 1.5) 0 0.35rem;
  }
  h4 {
    font-size: 1rem;
    margin: var(--_gap) 0 0.25rem;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
    margin: 0 0 var(--_gap);
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  label,
  .label {
    display: block;
    font-weight: 600;
    margin: 0.6rem 0 0.2rem;
  }
  input,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35rem 0.5rem;
    box-sizing: border-box;
    max-width: 100%;
  }
  textarea {
    width: 100%;
    min-height: 3.5rem;
  }
  input[type='checkbox'] {
    min-width: 1.25rem;
    min-height: 1.25rem;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    font-weight: normal;
  }
  .team,
  .hint,
  .status {
    color: var(--_muted);
    margin: 0.25rem 0;
  }
  .keeps {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 0 var(--_gap);
  }
  .aim {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: 1fr;
    gap: 0.25rem;
    padding: 0.25rem;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .aim:focus-visible,
  button:focus-visible,
  input:focus-visible,
  textarea:focus-visible,
  .aim-pick:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .point {
    min-height: 1.75rem;
    border-radius: var(--_radius);
    background: var(--_track);
    display: grid;
    place-items: center;
    font-size: 0.85rem;
    forced-color-adjust: none;
  }
  .point.on {
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 700;
  }
  /* A prefilled aim not yet decided: dashed, so it is not read as the team's decision. */
  .pending .point.on {
    background: var(--_surface);
    color: var(--_text);
    outline: 3px dashed var(--_accent);
    outline-offset: -3px;
  }
  .poles {
    display: flex;
    justify-content: space-between;
    font-weight: 600;
    gap: var(--_gap);
  }
  .badge {
    font-weight: normal;
    font-style: italic;
    color: var(--_desired);
  }
  .steps {
    display: grid;
    gap: 0.35rem;
  }
  .step {
    display: grid;
    grid-template-columns: minmax(10rem, 3fr) minmax(6rem, 2fr) auto auto;
    gap: 0.35rem;
    align-items: center;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: var(--_gap) 0;
  }
  .statement {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: var(--_gap);
  }
  .statement p {
    margin: 0.25rem 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media print {
    .editor,
    .actions,
    .import,
    .status,
    .intro {
      display: none;
    }
    .statement {
      border: 0;
      padding: 0;
    }
    .statement article {
      break-inside: avoid;
    }
  }
`;
