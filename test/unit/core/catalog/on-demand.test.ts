import { describe, expect, it } from 'vitest';
import { onDemand, tensionsOnDemand } from '../../../../src/core/catalog/on-demand.js';
import { rubricsOnDemand } from '../../../../src/core/catalog/rubric-on-demand.js';
import { catalog } from '../../../../src/core/catalog/index.js';
import { sliderStrings } from '../../../../src/core/i18n/tension-slider.js';
import { surveyStrings } from '../../../../src/core/i18n/tension-survey.js';
import type { Locale } from '../../../../src/core/schema.js';

describe('built-in text on demand', () => {
  it('has nothing for a language until it is loaded, then the same text as the catalog', async () => {
    expect(tensionsOnDemand.get('es')).toBeUndefined();
    const loaded = await tensionsOnDemand.load('es');
    expect(loaded.tensions).toEqual(catalog.es.tensions);
    expect(loaded.slider).toEqual(sliderStrings.es);
    expect(surveyStrings.es).toMatchObject(loaded.survey);
    expect(tensionsOnDemand.get('es')).toBe(loaded);
  });

  it('loads each language once, however many elements ask', async () => {
    const [a, b] = await Promise.all([rubricsOnDemand.load('en'), rubricsOnDemand.load('en')]);
    expect(a).toBe(b);
    expect(a).toEqual(catalog.en.rubrics);
  });

  it('falls back to English for a language it does not have', async () => {
    const english = await tensionsOnDemand.load('en');
    expect(await tensionsOnDemand.load('fr' as Locale)).toBe(english);
    expect(tensionsOnDemand.get('fr' as Locale)).toBe(english);
  });

  it('makes a provided language when first asked for, and never loads it', async () => {
    let made = 0;
    let loads = 0;
    const text = onDemand({
      en: () => Promise.resolve((loads++, 'loaded en')),
      es: () => Promise.resolve((loads++, 'loaded es')),
    });
    text.provide('es', () => (made++, 'provided es'));
    expect(made).toBe(0);
    expect(text.get('es')).toBe('provided es');
    expect(await text.load('es')).toBe('provided es');
    expect(text.get('es')).toBe('provided es');
    expect([made, loads]).toEqual([1, 0]);
    expect(text.get('en')).toBeUndefined();
    expect(await text.load('en')).toBe('loaded en');
    expect(loads).toBe(1);
  });
});
