import { css } from 'lit';

/**
 * The chart elements' buttons, and anything styled as one (`.button`, such as a file picker's
 * label). A module of its own so elements with their own controls do not carry it.
 */
export const buttonStyles = css`
  button,
  .button {
    font: inherit;
    min-height: 2.75rem;
    box-sizing: border-box;
    padding: 0.4rem 0.9rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  button:hover,
  .button:hover {
    background: var(--_surface-alt);
  }
`;
