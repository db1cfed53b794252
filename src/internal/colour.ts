/**
 * The one reader of colours for the charts: the theme's colours reach a canvas as the `rgb()` or
 * `rgba()` strings getComputedStyle gives (see resolveColors in chart-data.ts), and these helpers
 * derive the shades the drawing needs from them. Pure: no DOM.
 */

/** Red, green and blue, 0 to 255. */
export type Rgb = readonly [number, number, number];

/** The channels of `rgb(r, g, b)`, `rgb(r g b / a)` or `rgba(r, g, b, a)`; null for anything else. */
export function parseRgb(color: string): Rgb | null {
  const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/** The colour with an alpha; a colour that is not `rgb()` is returned as it is. */
export function withAlpha(color: string, alpha: number): string {
  const rgb = parseRgb(color);
  return rgb ? `rgba(${rgb[0]}, ${rgb[1]}, ${rgb[2]}, ${alpha})` : color;
}

/**
 * An opaque colour `share` of the way from `back` to `color` (0: `back`, 1: `color`), in whole
 * channels. A colour that is not `rgb()` counts as black.
 */
export function mix(color: string, back: string, share: number): string {
  const [front, behind] = [parseRgb(color) ?? BLACK, parseRgb(back) ?? BLACK];
  const channel = (i: 0 | 1 | 2) => Math.round(behind[i] + (front[i] - behind[i]) * share);
  return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
}

const BLACK: Rgb = [0, 0, 0];
