// Every position on every built-in tension, in both languages, as the respondent reads it: the
// slider's value text, the result's sentence and the steps layout's review line.
import { describe, expect, it } from 'vitest';
import { tensionCatalog } from '../../../../src/core/catalog/tensions.js';
import { format } from '../../../../src/core/i18n/index.js';
import { positionWords, sliderStrings } from '../../../../src/core/i18n/tension-slider.js';
import { surveyResultStrings } from '../../../../src/core/i18n/tension-survey-result.js';
import { surveyStepsStrings } from '../../../../src/core/i18n/tension-survey-steps.js';
import { LOCALES } from '../../../../src/core/schema.js';
import type { Locale } from '../../../../src/core/schema.js';

/** Every sentence a respondent can meet, for one language. */
function sentences(locale: Locale): string[] {
  const words = sliderStrings[locale];
  const out: string[] = [];
  for (const tension of tensionCatalog[locale].tensions) {
    for (let points = 3; points <= 11; points++) {
      const say = (at: number) =>
        positionWords(words, at, points, tension.left.label, tension.right.label);
      for (let now = 1; now <= points; now++) {
        out.push(
          format(words.valueText, {
            marker: words.current,
            position: say(now),
            value: now,
            points,
          }),
        );
        // Where we should be: every position against a few of where we are is enough to read them all.
        for (const should of [1, Math.ceil(points / 2), points]) {
          const values = { name: tension.name, gap: Math.abs(should - now), now: say(now) };
          out.push(format(surveyResultStrings[locale].gap, { ...values, should: say(should) }));
          out.push(format(surveyStepsStrings[locale].answer, { ...values, should: say(should) }));
          out.push(
            format(surveyResultStrings[locale].gap, { ...values, gap: 0, should: say(now) }),
          );
        }
      }
    }
  }
  return out;
}

/** Phrasings that read badly: a label's own words run into the position's, or a verb after "be". */
const badPatterns: Record<Locale, RegExp[]> = {
  en: [
    /\bmostly most\b/i,
    /\bfully\b/i,
    /\bshould be (mostly|leaning) (?!toward “)/i,
    /\bat the (?!“)/i,
    /\btoward (?!“)/i,
    /\{\w+\}/,
  ],
  es: [/\bdebería ser\b/i, /\bhacia (?!«)/i, /\bextremo (?!«)/i, /\btotalmente\b/i, /\{\w+\}/],
};

/** Two equal words in a row, quotes and punctuation aside ("hacia hacia", "the the"). */
function doubledWord(sentence: string): string | undefined {
  const words = sentence
    .toLowerCase()
    .split(/[\s“”«»"(),.;:]+/)
    .filter(Boolean);
  return words.find((word, at) => at > 0 && words[at - 1] === word);
}

describe('position sentences', () => {
  for (const locale of LOCALES) {
    it(`read without doubled words or known bad phrasings (${locale})`, () => {
      const all = sentences(locale);
      expect(all.length).toBeGreaterThan(1000);
      // Collected, then checked once: an expect per sentence is slow on a busy machine.
      const bad = all.filter(
        (sentence) =>
          doubledWord(sentence) || badPatterns[locale].some((pattern) => pattern.test(sentence)),
      );
      expect(bad).toEqual([]);
    });
  }

  it('names every pole, quoted as written, at each distance from the middle', () => {
    const en = sliderStrings.en;
    const say = (at: number) => positionWords(en, at, 7, 'Most need', 'Most ready');
    expect([1, 2, 3, 4, 5, 6, 7].map(say)).toEqual([
      'at the “Most need” end',
      'mostly toward “Most need”',
      'leaning toward “Most need”',
      'balanced',
      'leaning toward “Most ready”',
      'mostly toward “Most ready”',
      'at the “Most ready” end',
    ]);
  });

  it('reads as these exact sentences', () => {
    const result = (locale: Locale, id: string, now: number, should: number) => {
      const tension = tensionCatalog[locale].tensions.find((t) => t.id === id)!;
      const say = (at: number) =>
        positionWords(sliderStrings[locale], at, 7, tension.left.label, tension.right.label);
      return format(surveyResultStrings[locale].gap, {
        name: tension.name,
        gap: Math.abs(should - now),
        now: say(now),
        should: say(should),
      });
    };
    expect([
      result('en', 'resource-allocation', 4, 6),
      result('en', 'cultivating-capacity', 2, 7),
      result('en', 'pace', 5, 1),
      result('es', 'resource-allocation', 4, 6),
      result('es', 'cultivating-capacity', 2, 7),
      result('es', 'pace', 5, 1),
    ]).toEqual([
      'Resource allocation (gap 2): now balanced; should be mostly toward “Most ready”.',
      'Cultivating capacity (gap 5): now mostly toward “Build”; should be at the “Buy” end.',
      'Pace (gap 4): now leaning toward “Slow and steady”; should be at the “Fast” end.',
      'Asignación de recursos (brecha 2): hoy está en equilibrio; debería estar bastante hacia «Mayor preparación».',
      'Desarrollo de capacidades (brecha 5): hoy está bastante hacia «Desarrollar internamente»; debería estar en el extremo «Contratar fuera».',
      'Ritmo (brecha 4): hoy está un poco hacia «Lento y constante»; debería estar en el extremo «Rápido».',
    ]);
  });
});
