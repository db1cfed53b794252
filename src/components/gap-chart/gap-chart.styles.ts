import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_role-1: var(--tk-role-1-color, light-dark(#047857, #6ee7b7));
    --_role-2: var(--tk-role-2-color, light-dark(#7e22ce, #d8b4fe));
    --_role-3: var(--tk-role-3-color, light-dark(#b45309, #fcd34d));
    --_role-4: var(--tk-role-4-color, light-dark(#be123c, #fda4af));
    --_role-5: var(--tk-role-5-color, light-dark(#0e7490, #67e8f9));
    --_role-6: var(--tk-role-6-color, light-dark(#4d7c0f, #bef264));
    --_row-height: var(--tk-chart-row-height, 4.5rem);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: var(--_gap);
  }
  .plot {
    border-radius: var(--_radius);
  }
  .plot[hidden],
  .table-wrap[hidden] {
    display: none;
  }
  /* Chart.js needs a positioned container of its own, sized by CSS; the canvas follows it. */
  .plot-box {
    position: relative;
    width: 100%;
    min-width: 0;
    height: calc(var(--_rows, 7) * var(--_row-height) * var(--_lanes-scale, 1) + 3rem);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    color: var(--_text);
    font-size: 0.875rem;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  .legend svg {
    flex: none;
    width: 1.25rem;
    height: 1rem;
    overflow: visible;
  }
  .current {
    color: var(--_accent);
  }
  .desired {
    color: var(--_desired);
  }
  .muted {
    color: var(--_muted);
  }
  .own,
  .team {
    color: var(--_text);
  }
  .role-1 {
    color: var(--_role-1);
  }
  .role-2 {
    color: var(--_role-2);
  }
  .role-3 {
    color: var(--_role-3);
  }
  .role-4 {
    color: var(--_role-4);
  }
  .role-5 {
    color: var(--_role-5);
  }
  .role-6 {
    color: var(--_role-6);
  }
  /* Over dataTableStyles: the chart's table is set a little smaller, cells top-aligned, and its
     row headers as heavy as its caption. */
  table {
    font-size: 0.9375rem;
  }
  th,
  td {
    vertical-align: top;
  }
  th[scope='row'],
  thead th:first-child {
    font-weight: 600;
  }
  .summary .d0 {
    font-size: 1rem;
    margin: var(--_gap) 0 0.25rem;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .summary li + li {
    margin-block-start: 0.25rem;
  }
  .status {
    color: var(--_muted);
    margin: 0 0 0.5rem;
  }
  .empty {
    color: var(--_muted);
  }
  @media print {
    .toolbar {
      display: none;
    }
    .plot[hidden],
    .table-wrap[hidden] {
      display: block;
    }
    .plot-box {
      break-inside: avoid;
    }
  }
`;
