import { describe, expect, it } from 'vitest';
import { positionWords, sliderStrings } from '../../../../src/core/i18n/tension-slider.js';
import { surveyStrings } from '../../../../src/core/i18n/tension-survey.js';

const { en, es } = sliderStrings;

describe('positionWords', () => {
  it('says a 7-point position in words, from pole to pole', () => {
    const words = [1, 2, 3, 4, 5, 6, 7].map((v) =>
      positionWords(en, v, 7, 'Centralized', 'Decentralized'),
    );
    expect(words).toEqual([
      'at the “Centralized” end',
      'mostly toward “Centralized”',
      'leaning toward “Centralized”',
      'balanced',
      'leaning toward “Decentralized”',
      'mostly toward “Decentralized”',
      'at the “Decentralized” end',
    ]);
  });

  it('has no balanced point on an even scale and quotes labels as written', () => {
    expect(positionWords(en, 3, 6, 'AI tutors', 'Teachers')).toBe('leaning toward “AI tutors”');
    expect(positionWords(en, 4, 6, 'AI tutors', 'Teachers')).toBe('leaning toward “Teachers”');
    expect(positionWords(en, 1, 3, 'Less', 'More')).toBe('leaning toward “Less”');
  });

  it('speaks Spanish', () => {
    expect(positionWords(es, 7, 7, 'Fast', 'Lento y constante')).toBe(
      'en el extremo «Lento y constante»',
    );
    expect(positionWords(es, 4, 7, 'a', 'b')).toBe('en equilibrio');
  });

  it('has every key in both languages', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(surveyStrings.es).sort()).toEqual(Object.keys(surveyStrings.en).sort());
  });
});
