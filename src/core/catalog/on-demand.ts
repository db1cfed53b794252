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
}

export function onDemand<T>(loaders: Record<Locale, () => Promise<T>>): OnDemand<T> {
  const loaded = new Map<Locale, T>();
  const loading = new Map<Locale, Promise<T>>();
  const known = (locale: Locale): Locale => (Object.hasOwn(loaders, locale) ? locale : 'en');
  return {
    get: (locale) => loaded.get(known(locale)),
    load(locale) {
      const key = known(locale);
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
