import { describe, expect, it } from 'vitest';
import { englishText } from '../../../src/internal/lang-mark.js';
import { stringsFor } from '../../../src/internal/strings-attribute.js';

describe('englishText', () => {
  it('knows plain English text and filled-in templates', () => {
    const english = new Set(['Submit', '{n} of {total} answered', ' and ']);
    const isEnglish = englishText(english);
    expect(isEnglish('Submit')).toBe(true);
    expect(isEnglish('3 of 7 answered')).toBe(true);
    expect(isEnglish('and')).toBe(true);
    expect(isEnglish('Envoyer')).toBe(false);
    expect(isEnglish('3 sur 7')).toBe(false);
  });

  it('does not take a template without words of its own for English', () => {
    const isEnglish = englishText(new Set(['{role}: {n}']));
    expect(isEnglish('Enseignant: 4')).toBe(false);
  });

  it('follows text added to the set later (a fallback found on a later render)', () => {
    const english = new Set(['Submit']);
    expect(englishText(english)('Copy')).toBe(false);
    english.add('Copy');
    expect(englishText(english)('Copy')).toBe(true);
  });

  it('reads template punctuation literally', () => {
    const isEnglish = englishText(new Set(['Loading {src}… (.*)']));
    expect(isEnglish('Loading a.json… (.*)')).toBe(true);
    expect(isEnglish('Loading a.json… xx')).toBe(false);
  });
});

describe('stringsFor', () => {
  it('passes the outer words with the inner element’s section on top', () => {
    const strings = {
      submit: 'Send',
      unsure: '{name}: ?',
      'tension-slider': { unsure: 'No idea' },
    };
    expect(stringsFor(strings, 'tension-slider')).toMatchObject({
      submit: 'Send',
      unsure: 'No idea',
    });
    expect(stringsFor(strings, 'stage-rubric')).toMatchObject({ unsure: '{name}: ?' });
  });

  it('passes nothing for a strings that is not an object', () => {
    expect(stringsFor('not json', 'tension-slider')).toBe(null);
    expect(stringsFor(null, 'tension-slider')).toBe(null);
  });
});
