import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

/**
 * A cell: text, a number shown as text, or the element's own template (such as a count with a
 * small bar). Config text is rendered as text, never HTML.
 */
export type Cell = string | number | TemplateResult;

export interface DataTableOptions {
  /** Hides the table (its chart shows instead); it stays in the page for print. */
  hidden?: boolean;
  /**
   * What `part="table"` names: the table (default), or its scrolling wrapper, as `<gap-chart>`
   * has always exposed it.
   */
  part?: 'table' | 'wrap';
  /**
   * How many leading cells of each row are row headers (`<th scope="row">`): 2 for a table
   * grouped within each item (tension, then group), so every figure is read with both.
   */
  rowHeaders?: number;
}

/**
 * The table alternative to a chart: a caption, a header row, and one row per item whose first
 * cell (or first `rowHeaders` cells) is the row header. A chart's canvas is opaque to screen readers; this is the same data.
 */
export function dataTable(
  caption: string,
  head: readonly Cell[],
  rows: readonly (readonly Cell[])[],
  { hidden = false, part = 'table', rowHeaders = 1 }: DataTableOptions = {},
) {
  // Focusable and named, so keyboard users can scroll a table wider than a narrow screen.
  return html`<div
    class="table-wrap"
    part=${part === 'wrap' ? 'table' : nothing}
    role="region"
    aria-label=${caption}
    tabindex="0"
    ?hidden=${hidden}
  >
    <table part=${part === 'table' ? 'table' : nothing}>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          ${head.map((cell) => html`<th scope="col">${cell}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              ${row.map((cell, i) =>
                i < rowHeaders ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Styles for {@link dataTable}; expects the theme tokens. Wide tables scroll sideways. */
export const dataTableStyles = css`
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
  }
  th,
  td {
    padding: 0.35em 0.6em;
    border-block-end: 1px solid var(--_track);
    text-align: end;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
    font-weight: 500;
  }
`;
