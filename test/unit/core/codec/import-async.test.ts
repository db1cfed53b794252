import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  encodeShareCode,
  importResponses,
  importResponsesAsync,
  toCSV,
  toJSON,
} from '../../../../src/core/codec/index.js';
import { response, responseArb } from './arbitraries.js';

/** A CSV of `rows` responses (ids r-0, r-1, …), some rows broken. */
function bigCsv(rows: number): string {
  const lines = toCSV([response({ role: 'Teacher' })])
    .trim()
    .split('\r\n');
  const out = [lines[0]!];
  for (let i = 0; i < rows; i++) {
    out.push(i % 97 === 5 ? `r-${i},tensions,,soon` : lines[1]!.replace(/^r1/, `r-${i}`));
  }
  return out.join('\r\n');
}

describe('importResponsesAsync', () => {
  it('gives what importResponses gives, whatever the form (fast-check)', async () => {
    const text = fc.oneof(
      fc.array(responseArb, { maxLength: 5 }).map((list) => toCSV(list)),
      fc.array(responseArb, { maxLength: 5 }).map((list) => toJSON(list)),
      fc
        .array(responseArb, { maxLength: 5 })
        .map((list) => list.map((r) => encodeShareCode(r)).join('\n')),
      fc.string(),
    );
    await fc.assert(
      fc.asyncProperty(text, async (input) => {
        expect(await importResponsesAsync(input)).toEqual(importResponses(input));
      }),
      { numRuns: 200 },
    );
  });

  it('reads a large CSV in slices: the event loop turns every few ms, progress climbs to 1', async () => {
    const text = bigCsv(30_000);
    const progress: number[] = [];
    const gaps: number[] = [];
    let last = performance.now();
    let ticking = true;
    const tick = () => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
      if (ticking) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const result = await importResponsesAsync(text, {
      onProgress: (share) => progress.push(share),
    });
    ticking = false;
    expect(result).toEqual(importResponses(text));
    expect(result.responses).toHaveLength(30_000 - Math.ceil((30_000 - 5) / 97));
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toBe(1);
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1]!);
    }
    // Slices of about 8 ms, each followed by a turn of the event loop. The bounds allow for a
    // slow test machine shared with other jobs, where the process itself waits for a core.
    gaps.sort((a, b) => a - b);
    expect(gaps.length).toBeGreaterThan(progress.length / 2);
    expect(gaps[Math.floor(gaps.length / 2)]).toBeLessThan(25);
    expect(gaps.at(-1)).toBeLessThan(250);
  });

  it('stops between slices when its signal aborts', async () => {
    const controller = new AbortController();
    let calls = 0;
    const running = importResponsesAsync(bigCsv(30_000), {
      signal: controller.signal,
      onProgress: () => {
        if (++calls === 2) controller.abort();
      },
    });
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toBe(2);
  });
});
