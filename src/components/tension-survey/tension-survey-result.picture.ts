/**
 * The result's pictures: one small inline SVG of the respondent's answers (a line per tension with
 * both poles, a dot where we are, a ring where we should be, an arrow between them) and the team's
 * medians drawn the same way beside it. Loaded with the result. The words next to each picture
 * say the same, so the picture is a short `role="img"` label and nothing more.
 */
import { css, html, nothing, svg } from 'lit';
import { positionAt } from '../../core/result-picture.js';
import type { PicturePair, PictureRow } from '../../core/result-picture.js';
import type { Tension } from '../../core/schema.js';

const WIDTH = 300;
const ROW = 44;
const PAD = 10;

export const pictureStyles = css`
  .pics {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  .pics figure {
    margin: 0;
    flex: 1 1 16rem;
    max-width: 24rem;
  }
  .pics figcaption {
    font-weight: 600;
  }
  .pics svg {
    width: 100%;
    height: auto;
    overflow: visible;
    font: 10px sans-serif;
  }
  .pics text {
    fill: currentColor;
  }
  .pics .line {
    stroke: var(--_border);
    stroke-width: 2;
  }
  .pics .move {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .pics .now {
    fill: var(--_accent);
  }
  /* Hollow, so a dot at the same place shows inside it. */
  .pics .should {
    fill: none;
    stroke: var(--_desired);
    stroke-width: 2.5;
  }
`;

/** One picture (`key` tells its parts from another's): `pick` chooses the pair drawn on each row (the respondent's, or the team's). */
export function answersPicture(
  key: string,
  caption: string,
  label: string,
  rows: readonly PictureRow[],
  tensions: ReadonlyMap<string, Tension>,
  points: number,
  pick: (row: PictureRow) => PicturePair | undefined,
) {
  const x = (value: number) => positionAt(value, points, PAD, WIDTH - PAD);
  const drawn = rows.map((row, index) => {
    const tension = tensions.get(row.tension)!;
    const pair = pick(row);
    const now = pair?.now ?? null;
    const should = pair?.should ?? null;
    const y = index * ROW + 30;
    return svg`<g data-tension=${row.tension}>
      <text x=${PAD} y=${y - 14}>${tension.name}</text>
      <text x=${PAD} y=${y + 12} font-size="9">${tension.left.label}</text>
      <text x=${WIDTH - PAD} y=${y + 12} font-size="9" text-anchor="end">${tension.right.label}</text>
      <line class="line" x1=${PAD} x2=${WIDTH - PAD} y1=${y} y2=${y}></line>
      ${
        now !== null && should !== null && now !== should
          ? svg`<line class="move" x1=${x(now)} x2=${x(should)} y1=${y} y2=${y}
              marker-end="url(#tip-${key})"></line>`
          : nothing
      }
      ${now !== null ? svg`<circle class="now" cx=${x(now)} cy=${y} r="5"></circle>` : nothing}
      ${should !== null ? svg`<circle class="should" cx=${x(should)} cy=${y} r="6"></circle>` : nothing}
    </g>`;
  });
  return html`<figure>
    <figcaption>${caption}</figcaption>
    <svg role="img" aria-label=${label} viewBox="0 0 ${WIDTH} ${rows.length * ROW + 4}">
      <defs>
        <marker
          id="tip-${key}"
          viewBox="0 0 6 6"
          refX="9"
          refY="3"
          markerWidth="6"
          markerHeight="6"
          orient="auto"
        >
          <path d="M0 0L6 3L0 6z" fill="currentColor"></path>
        </marker>
      </defs>
      ${drawn}
    </svg>
  </figure>`;
}
