import { describe, expect, it } from 'vitest';
import { TENSION_IDS } from '../../../../src/core/ids.js';
import { exploreCatalog, getExplore } from '../../../../src/core/catalog/explore.js';
import { exploreOnDemand } from '../../../../src/core/catalog/explore-on-demand.js';

describe('explore both sides', () => {
  it('gives every built-in tension signs of leaning too far each way and 2-3 strategies, in both languages', () => {
    for (const locale of ['en', 'es'] as const) {
      for (const id of TENSION_IDS) {
        const explore = getExplore(id, locale)!;
        expect(explore.tooFar.left.length, `${locale} ${id} left`).toBeGreaterThanOrEqual(2);
        expect(explore.tooFar.right.length, `${locale} ${id} right`).toBeGreaterThanOrEqual(2);
        expect(explore.strategies.length).toBeGreaterThanOrEqual(2);
        expect(explore.strategies.length).toBeLessThanOrEqual(3);
        for (const { name, text } of explore.strategies) {
          expect(name.trim()).not.toBe('');
          expect(text.length).toBeGreaterThan(40);
        }
      }
    }
  });

  it('has the same shape in Spanish as in English, and no English left in it', () => {
    for (const id of TENSION_IDS) {
      const [en, es] = [getExplore(id, 'en')!, getExplore(id, 'es')!];
      expect(es.tooFar.left.length).toBe(en.tooFar.left.length);
      expect(es.tooFar.right.length).toBe(en.tooFar.right.length);
      expect(es.strategies.length).toBe(en.strategies.length);
      const english = new Set([
        ...en.tooFar.left,
        ...en.tooFar.right,
        ...en.strategies.map((s) => s.text),
      ]);
      for (const line of [
        ...es.tooFar.left,
        ...es.tooFar.right,
        ...es.strategies.map((s) => s.text),
      ]) {
        expect(english.has(line)).toBe(false);
      }
    }
  });

  it('names the strategies the articles describe', () => {
    const strategies = getExplore('locus-of-control', 'en')!
      .strategies.map((s) => s.text)
      .join(' ');
    expect(strategies).toMatch(/Henry County.*implementation rubric/);
    expect(strategies).toMatch(/Greeley-Evans.*design sessions/);
    expect(strategies).toMatch(/Dallas.*feeder patterns.*communities of practice/);
  });

  it('is frozen, knows only built-in ids and loads one language on demand', async () => {
    expect(Object.isFrozen(exploreCatalog.en.pace.tooFar.left)).toBe(true);
    expect(getExplore('family-voice')).toBeUndefined();
    expect(getExplore('toString')).toBeUndefined();
    expect((await exploreOnDemand.load('es')).text).toEqual(exploreCatalog.es);
    expect((await exploreOnDemand.load('es')).words.tooFar).toMatch(/{pole}/);
    expect(exploreOnDemand.get('es')).toBe(await exploreOnDemand.load('es'));
  });
});
