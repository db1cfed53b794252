import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/constants.js';
import { pickLocale } from '../../../src/core/i18n/index.js';
import { pageTextLocale } from '../../../src/internal/text-start.js';

// The early request must fetch the text the element will ask for on a page in that language.
describe('pageTextLocale', () => {
  it('chooses the built-in language pickLocale chooses, for any tag', () => {
    expect(LOCALES).toEqual(['en', 'es']); // a third language needs a branch in text-start.ts
    const tag = fc.oneof(
      fc.constantFrom('', 'en', 'es', 'ES', ' es-MX ', 'es_419', 'esp', 'fr', 'en-GB', '-es'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(tag, (lang) => {
        expect(pageTextLocale(lang)).toBe(pickLocale(lang));
      }),
    );
  });
});
