import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/constants.js';
import { catalog } from '../../../src/core/catalog/index.js';
import { tensionsOnDemand } from '../../../src/core/catalog/on-demand.js';

// The survey's and slider's entry files import text-start.ts so that the first render has the
// text of the page's language, whichever built-in language that is.
describe('text-start', () => {
  it("makes every built-in language's text here at once, with nothing to load", async () => {
    expect(LOCALES).toEqual(['en', 'es']); // a third language needs a line in text-start.ts
    for (const locale of LOCALES) expect(tensionsOnDemand.get(locale)).toBeUndefined();
    await import('../../../src/internal/text-start.js');
    for (const locale of LOCALES) {
      const text = tensionsOnDemand.get(locale);
      expect(text?.tensions).toEqual(catalog[locale].tensions);
      // A later load answers with the same text, without fetching it again.
      expect(await tensionsOnDemand.load(locale)).toBe(text);
    }
  });
});
