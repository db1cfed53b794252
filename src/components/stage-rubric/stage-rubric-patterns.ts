/**
 * The four stages' fills in the team chart: a colour and a pattern each (dots, diagonal lines,
 * cross-hatching, solid), so stages are told apart without colour (WCAG 1.4.1) and in forced
 * colours, where every colour becomes a system colour (1.4.11). The legend's swatches draw the
 * same patterns in CSS (see teamStyles); the canvas reads their colours from them, so a theme,
 * dark mode and forced colours reach both alike. Loaded with the team view only.
 */

/** Stage by stage: which pattern its ink draws on its colour. */
const PATTERNS = ['dots', 'lines', 'cross', 'solid'] as const;
/** The side of a pattern's tile, in CSS pixels (the legend's gradients repeat at the same size). */
const TILE = 6;

/** A stage's colour (background) and the colour its pattern is drawn in (ink). */
export interface StageInk {
  back: string;
  ink: string;
}

/** Reads each legend swatch's colour and ink (its `color`), in stage order. */
export function readStageInks(root: ShadowRoot): StageInk[] {
  return [...root.querySelectorAll('.swatch')].map((swatch) => {
    const style = getComputedStyle(swatch);
    return { back: style.backgroundColor, ink: style.color };
  });
}

/** The fill of stage `index` for Chart.js: a repeating pattern, or the colour where no canvas. */
export function stageFill(index: number, { back, ink }: StageInk): CanvasPattern | string {
  const ratio = Math.max(1, Math.round(globalThis.devicePixelRatio || 1));
  const tile = document.createElement('canvas');
  tile.width = tile.height = TILE * ratio;
  const ctx = tile.getContext('2d');
  if (!ctx) return back;
  ctx.scale(ratio, ratio);
  ctx.fillStyle = back;
  ctx.fillRect(0, 0, TILE, TILE);
  ctx.fillStyle = ctx.strokeStyle = ink;
  ctx.lineWidth = 1.2;
  const kind = PATTERNS[index % PATTERNS.length];
  if (kind === 'dots') {
    ctx.beginPath();
    ctx.arc(TILE / 2, TILE / 2, 1.2, 0, 2 * Math.PI);
    ctx.fill();
  } else if (kind === 'lines' || kind === 'cross') {
    ctx.beginPath();
    // Corner to corner, plus the two corners' stubs, so the lines run on across tiles.
    for (const [x1, y1, x2, y2] of [
      [0, TILE, TILE, 0],
      [-1, 1, 1, -1],
      [TILE - 1, TILE + 1, TILE + 1, TILE - 1],
    ] as const) {
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
      if (kind === 'cross') {
        ctx.moveTo(TILE - x1, y1);
        ctx.lineTo(TILE - x2, y2);
      }
    }
    ctx.stroke();
  }
  const pattern = ctx.createPattern(tile, 'repeat');
  pattern?.setTransform(new DOMMatrix().scale(1 / ratio));
  return pattern ?? back;
}
