/**
 * The legend under `<gap-chart>`'s canvas, in HTML so it is readable and translatable: a small
 * drawing of each marker with its words, and a line per lane when the chart is grouped by role.
 */
import { html, nothing, svg } from 'lit';
import { format } from '../../core/i18n/index.js';
import type { Messages } from '../../core/i18n/index.js';
import type { GapChartKey } from '../../core/i18n/gap-chart.js';
import type { Lane } from './gap-chart.layout.js';

type MarkerShape = 'circle' | 'triangle' | 'dot' | 'diamond' | 'square' | 'line';

/** A marker drawn as the chart draws it, in a 20 × 16 box, in the current colour. */
function marker(shape: MarkerShape, hollow = false) {
  const fill = hollow ? 'none' : 'currentColor';
  switch (shape) {
    case 'circle':
      return svg`<circle cx="10" cy="8" r="6" fill=${fill} stroke="currentColor" stroke-width="2" />`;
    case 'triangle':
      return svg`<path d="M4 2 L16 8 L4 14 Z" fill=${fill} stroke="currentColor" stroke-width="2" />`;
    case 'diamond':
      return svg`<path d="M10 1 L17 8 L10 15 L3 8 Z" fill="currentColor" />`;
    case 'line':
      return svg`<path d="M1 8 H13" stroke="currentColor" stroke-width="3" /><path d="M12 3 L19 8 L12 13 Z" fill="currentColor" />`;
    case 'square':
      return svg`<rect x="4" y="2" width="12" height="12" fill="currentColor" />`;
    default:
      return svg`<circle cx="6" cy="8" r="2.6" fill="currentColor" /><path d="M12 5 L15 11 L9 11 Z" fill="currentColor" />`;
  }
}

function item(colorClass: string, shape: MarkerShape, text: string, hollow = false) {
  return html`<li>
    <svg class=${colorClass} viewBox="0 0 20 16" aria-hidden="true">${marker(shape, hollow)}</svg
    >${text}
  </li>`;
}

/** The class that gives a lane's line its colour (role-1 to role-6, as the canvas does). */
function laneClass(lane: Lane): string {
  if (lane.kind === 'role') return `role-${(lane.roleIndex % 6) + 1}`;
  return lane.kind === 'baseline' ? 'muted' : 'team';
}

export interface LegendInput {
  lanes: readonly Lane[];
  words: Messages<GapChartKey>;
  /** A baseline is drawn. */
  baseline: boolean;
  /** A followed respondent is drawn. */
  own: boolean;
  /** A lane per role group. */
  groupByRole: boolean;
}

/** The legend as a list (`part="legend"`). */
export function legendTemplate({ lanes, words, baseline, own, groupByRole }: LegendInput) {
  return html`<ul class="legend" part="legend">
    ${item('current', 'circle', words.legendCurrent)}
    ${item('desired', 'triangle', words.legendDesired)} ${item('muted', 'dot', words.legendDots)}
    ${baseline ? item('muted', 'circle', words.legendBaseline, true) : nothing}
    ${
      own
        ? html`${item('own', 'diamond', words.legendOwnCurrent)}
          ${item('own', 'square', words.legendOwnDesired)}`
        : nothing
    }
    ${groupByRole ? lanes.map((lane) => item(laneClass(lane), 'line', lane.label)) : nothing}
    ${
      lanes.length > 1
        ? html`<li>
            ${format(words.legendRoles, { roles: lanes.map((lane) => lane.label).join(', ') })}
          </li>`
        : nothing
    }
  </ul>`;
}
