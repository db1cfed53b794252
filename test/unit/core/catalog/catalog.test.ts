import { describe, it, expect } from 'vitest';
import {
  DEFAULT_RUBRIC_ID,
  catalog,
  discussionPrompts,
  getPrompts,
  getRubric,
  getStage,
  getTension,
  isTensionId,
} from '../../../../src/core/catalog/index.js';
import {
  LOCALES,
  STAGE_IDS,
  TENSION_IDS,
  safeParse,
  stageSchema,
  tensionSchema,
} from '../../../../src/core/schema.js';
import { rubricSchema } from '../../../../src/core/rubric-schema.js';

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

/** Every string reachable from a value, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

describe('catalog', () => {
  it('has both languages', () => {
    expect(Object.keys(catalog).sort()).toEqual([...LOCALES].sort());
  });

  describe.each(LOCALES)('%s', (locale) => {
    const lang = catalog[locale];

    it('every tension, stage and rubric parses with its schema', () => {
      for (const t of lang.tensions)
        expect(safeParse(tensionSchema, t)).toMatchObject({ ok: true });
      for (const s of lang.stages) expect(safeParse(stageSchema, s)).toMatchObject({ ok: true });
      for (const r of lang.rubrics) expect(safeParse(rubricSchema, r)).toMatchObject({ ok: true });
    });

    it('has the built-in tension and stage ids in order', () => {
      expect(ids(lang.tensions)).toEqual([...TENSION_IDS]);
      expect(ids(lang.stages)).toEqual([...STAGE_IDS]);
    });

    it('has 2 or 3 benefits per pole', () => {
      for (const t of lang.tensions) {
        for (const pole of [t.left, t.right]) {
          expect(pole.benefits.length, `${t.id} ${pole.label}`).toBeGreaterThanOrEqual(2);
          expect(pole.benefits.length, `${t.id} ${pole.label}`).toBeLessThanOrEqual(3);
        }
      }
    });

    it('has the district rubric with 10 to 14 dimensions, every group used', () => {
      const rubric = getRubric(DEFAULT_RUBRIC_ID, locale);
      expect(rubric).toBeDefined();
      expect(rubric!.dimensions.length).toBeGreaterThanOrEqual(10);
      expect(rubric!.dimensions.length).toBeLessThanOrEqual(14);
      expect(rubric!.groups.length).toBeGreaterThanOrEqual(3);
      expect(rubric!.groups.length).toBeLessThanOrEqual(4);
      const used = new Set(rubric!.dimensions.map((d) => d.group));
      expect([...used].sort()).toEqual(ids(rubric!.groups).sort());
      for (const d of rubric!.dimensions) {
        expect(Object.keys(d.descriptors)).toEqual([...STAGE_IDS]);
      }
    });

    it('has 2 or 3 prompts for every tension', () => {
      expect(Object.keys(lang.prompts).sort()).toEqual([...TENSION_IDS].sort());
      for (const id of TENSION_IDS) {
        expect(lang.prompts[id].length).toBeGreaterThanOrEqual(2);
        expect(lang.prompts[id].length).toBeLessThanOrEqual(3);
      }
      expect(discussionPrompts[locale]).toBe(lang.prompts);
    });

    it('has no empty or untrimmed text', () => {
      const all = strings(lang);
      expect(all.length).toBeGreaterThan(100);
      for (const [path, text] of all) {
        expect(text.trim(), path).not.toBe('');
        expect(text, path).toBe(text.trim());
      }
    });

    it('does not repeat a text within the language', () => {
      const texts = strings(lang)
        .map(([, t]) => t)
        .filter((t) => t.length > 30);
      expect(new Set(texts).size).toBe(texts.length);
    });
  });

  it('uses the same ids in the same order in both languages', () => {
    const { en, es } = catalog;
    expect(ids(es.tensions)).toEqual(ids(en.tensions));
    expect(ids(es.stages)).toEqual(ids(en.stages));
    expect(ids(es.rubrics)).toEqual(ids(en.rubrics));
    en.rubrics.forEach((rubric, i) => {
      const other = es.rubrics[i]!;
      expect(ids(other.groups)).toEqual(ids(rubric.groups));
      expect(ids(other.dimensions)).toEqual(ids(rubric.dimensions));
      expect(other.dimensions.map((d) => d.group)).toEqual(rubric.dimensions.map((d) => d.group));
    });
  });

  it('translates the text: Spanish differs from English', () => {
    const en = strings(catalog.en).filter(([path]) => !/\.(id|group)$/.test(path));
    const es = new Map(strings(catalog.es));
    expect(es.size).toBe(strings(catalog.en).length);
    for (const [path, text] of en) {
      if (text.length > 12) expect(es.get(path), path).not.toBe(text);
    }
  });

  it('the data is frozen, so a host page cannot alter it by accident', () => {
    const t = catalog.en.tensions[0]!;
    expect(Object.isFrozen(t)).toBe(true);
    expect(Object.isFrozen(t.left.benefits)).toBe(true);
    expect(() => {
      (t as { name: string }).name = 'x';
    }).toThrow();
  });
});

describe('look-ups', () => {
  it('getTension finds by id, defaults to English, and supports Spanish', () => {
    expect(getTension('pace')?.name).toBe('Pace');
    expect(getTension('pace', 'es')?.name).toBe('Ritmo');
    expect(getTension('pace', 'es')?.left.label).toBe('Rápido');
    expect(getTension('nope')).toBeUndefined();
  });

  it('getStage finds by id', () => {
    expect(getStage('breakthrough')?.label).toBe('Breakthrough');
    expect(getStage('exploring', 'es')?.label).toBe('Explorando');
    expect(getStage('done')).toBeUndefined();
  });

  it('getRubric defaults to the district rubric', () => {
    expect(getRubric()?.id).toBe('district');
    expect(getRubric(undefined, 'es')?.id).toBe('district');
    expect(getRubric('other')).toBeUndefined();
  });

  it('falls back to English for an unknown locale from plain JavaScript', () => {
    expect(getTension('pace', 'fr' as 'en')?.name).toBe('Pace');
  });

  it('isTensionId checks membership', () => {
    for (const id of TENSION_IDS) expect(isTensionId(id)).toBe(true);
    expect(isTensionId('Pace')).toBe(false);
    expect(isTensionId('')).toBe(false);
  });

  it('getPrompts returns the prompts or an empty list', () => {
    expect(getPrompts('pace')).toHaveLength(2);
    expect(getPrompts('pace', 'es')[0]).not.toBe(getPrompts('pace')[0]);
    expect(getPrompts('unknown')).toEqual([]);
  });
});
