/**
 * Built-in text one language at a time, for the respondent's elements: a page in English does not
 * download the Spanish text, and the other way round. `get` answers at once when the language is
 * already here; `load` fetches it (a dynamic import, so bundlers split each language out).
 */
import type { RespondentWords } from '../i18n/keys.js';
import type { Locale, Tension } from '../schema.js';
import { buildTensions } from './tension-text.js';

export interface OnDemand<T> {
  /** The text in `locale`, or undefined until it has loaded. */
  get(locale: Locale): T | undefined;
  load(locale: Locale): Promise<T>;
  /**
   * Makes a language's text here at once, made when first asked for: for a script that carries
   * it with the element's code (src/internal/text-start.ts), so the first render has it.
   */
  provide(locale: Locale, make: () => T): void;
}

export function onDemand<T>(loaders: Record<Locale, () => Promise<T>>): OnDemand<T> {
  const loaded = new Map<Locale, T>();
  const loading = new Map<Locale, Promise<T>>();
  const provided = new Map<Locale, () => T>();
  const known = (locale: Locale): Locale => (Object.hasOwn(loaders, locale) ? locale : 'en');
  const get = (locale: Locale) => {
    const key = known(locale);
    const make = loaded.has(key) ? undefined : provided.get(key);
    if (make) loaded.set(key, make());
    return loaded.get(key);
  };
  return {
    get,
    provide: (locale, make) => void provided.set(locale, make),
    load(locale) {
      const key = known(locale);
      const here = get(key);
      if (here !== undefined) return Promise.resolve(here);
      let promise = loading.get(key);
      if (!promise) {
        promise = loaders[key]().then(
          (value) => (loaded.set(key, value), value),
          (error: unknown) => {
            loading.delete(key); // a later call may try again (a flaky network, say)
            throw error;
          },
        );
        loading.set(key, promise);
      }
      return promise;
    },
  };
}

/** What a respondent reads in one language: the tensions and the slider's and survey's words. */
export interface RespondentText extends RespondentWords {
  tensions: readonly Tension[];
}

const respondentText = (m: typeof import('./tensions-en.js')): RespondentText => ({
  tensions: buildTensions(m.text),
  ...m.words,
});

export const tensionsOnDemand: OnDemand<RespondentText> = /* @__PURE__ */ onDemand({
  en: () => import('./tensions-en.js').then(respondentText),
  es: () => import('./tensions-es.js').then(respondentText),
});

/** Makes a language's built-in tensions and words here at once (see `OnDemand.provide`). */
export function provideTensionText(
  locale: Locale,
  module: typeof import('./tensions-en.js'),
): void {
  tensionsOnDemand.provide(locale, () => respondentText(module));
}
