import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mix, parseRgb, withAlpha } from '../../../src/internal/colour.js';

describe('parseRgb', () => {
  it('reads the forms getComputedStyle gives', () => {
    expect(parseRgb('rgb(29, 78, 216)')).toEqual([29, 78, 216]);
    expect(parseRgb('rgba(29, 78, 216, 0.5)')).toEqual([29, 78, 216]);
    expect(parseRgb('rgb(29 78 216 / 0.5)')).toEqual([29, 78, 216]);
    expect(parseRgb('rgb(0.5, 1.5, 2)')).toEqual([0.5, 1.5, 2]);
  });

  it('gives null for anything else', () => {
    expect(parseRgb('#1d4ed8')).toBe(null);
    expect(parseRgb('Canvas')).toBe(null);
    expect(parseRgb('')).toBe(null);
  });
});

describe('withAlpha', () => {
  it('adds an alpha to an rgb() colour and leaves others as they are', () => {
    expect(withAlpha('rgb(208, 215, 222)', 0.6)).toBe('rgba(208, 215, 222, 0.6)');
    expect(withAlpha('rgba(208, 215, 222, 1)', 0.5)).toBe('rgba(208, 215, 222, 0.5)');
    expect(withAlpha('CanvasText', 0.5)).toBe('CanvasText');
  });
});

describe('mix', () => {
  it('goes from the background (0) to the colour (1), in whole channels', () => {
    expect(mix('rgb(29, 78, 216)', 'rgb(255, 255, 255)', 0)).toBe('rgb(255, 255, 255)');
    expect(mix('rgb(29, 78, 216)', 'rgb(255, 255, 255)', 1)).toBe('rgb(29, 78, 216)');
    // The dots' shade of the default accent over white (DOT_SHARE 0.75).
    expect(mix('rgb(29, 78, 216)', 'rgb(255, 255, 255)', 0.75)).toBe('rgb(86, 122, 226)');
  });

  it('counts a colour it cannot read as black', () => {
    expect(mix('Highlight', 'rgb(200, 100, 0)', 0.5)).toBe('rgb(100, 50, 0)');
  });

  it('stays between its two colours on every channel (property)', () => {
    const channel = fc.integer({ min: 0, max: 255 });
    const rgb = fc.tuple(channel, channel, channel);
    fc.assert(
      fc.property(rgb, rgb, fc.double({ min: 0, max: 1, noNaN: true }), (front, back, share) => {
        const out = parseRgb(mix(`rgb(${front.join(', ')})`, `rgb(${back.join(', ')})`, share))!;
        out.forEach((value, i) => {
          expect(Number.isInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(Math.min(front[i]!, back[i]!));
          expect(value).toBeLessThanOrEqual(Math.max(front[i]!, back[i]!));
        });
      }),
    );
  });
});
