import type { Locale } from '../schema.js';

/** Freezes built-in content so a host page cannot change it by accident. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Callers from plain JavaScript may pass any string as a locale; fall back to English. */
export function inLanguage<T>(
  byLocale: Readonly<Record<Locale, T>>,
  locale: Locale | undefined,
): T {
  return locale && Object.hasOwn(byLocale, locale) ? byLocale[locale] : byLocale.en;
}
