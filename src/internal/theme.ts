import { css } from 'lit';

/**
 * The library's design tokens. Public `--tk-*` custom properties can be set by a page on any
 * ancestor; elements read them through these defaults. Light and dark follow the page's
 * `color-scheme`, which every element inherits (it sets none of its own, so a light page on a dark
 * system stays light); forced-colors mode (Windows high contrast) maps them to system colours.
 *
 * Every element reads these (custom-elements.json lists them for each, with the defaults below):
 * @cssproperty --tk-accent - Buttons, links, focus and the "where we are" marker.
 * @cssproperty --tk-accent-contrast - Text on the accent colour.
 * @cssproperty --tk-desired-color - The "where we should be" marker and dots.
 * @cssproperty --tk-text-color - Text.
 * @cssproperty --tk-muted-color - Secondary text: hints, counts, captions.
 * @cssproperty --tk-surface - Background of the element's boxes.
 * @cssproperty --tk-surface-alt - Background of table headers, selected rows and notes.
 * @cssproperty --tk-border-color - Borders of boxes and inputs.
 * @cssproperty --tk-track-color - The slider's line and the chart's guide lines.
 * @cssproperty --tk-error-color - Error messages and their borders.
 * @cssproperty --tk-focus-ring - The keyboard focus outline.
 * @cssproperty --tk-radius - Corner radius of boxes and buttons.
 * @cssproperty --tk-font-family - Font of all text (inherits the page's by default).
 * @cssproperty --tk-spacing - Space between questions and sections.
 */
export const tokens = css`
  :host {
    --_accent: var(--tk-accent, light-dark(#1d4ed8, #93b4ff));
    --_accent-contrast: var(--tk-accent-contrast, light-dark(#ffffff, #0b1020));
    --_desired: var(--tk-desired-color, light-dark(#9a3412, #fdba74));
    --_text: var(--tk-text-color, light-dark(#1f2328, #e6e8eb));
    --_muted: var(--tk-muted-color, light-dark(#57606a, #a8b0b9));
    --_surface: var(--tk-surface, light-dark(#ffffff, #161b22));
    --_surface-alt: var(--tk-surface-alt, light-dark(#f3f5f8, #21262d));
    --_border: var(--tk-border-color, light-dark(#8c959f, #6e7681));
    /* Lines a respondent reads (the slider's track) keep 3:1 or more against either surface. */
    --_track: var(--tk-track-color, light-dark(#767f89, #7d8590));
    --_error: var(--tk-error-color, light-dark(#b42318, #ff8a80));
    --_focus: var(--tk-focus-ring, light-dark(#0b57d0, #a8c7fa));
    --_radius: var(--tk-radius, 0.5rem);
    --_font: var(--tk-font-family, inherit);
    --_gap: var(--tk-spacing, 0.75rem);
    font-family: var(--_font);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .config-error {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_gap);
    color: var(--_text);
    background: var(--_surface);
  }
  .config-error strong {
    color: var(--_error);
  }
  @media (forced-colors: active) {
    :host {
      --_accent: Highlight;
      --_accent-contrast: HighlightText;
      --_desired: LinkText;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_surface-alt: Canvas;
      --_border: CanvasText;
      --_track: GrayText;
      --_error: CanvasText;
      --_focus: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
