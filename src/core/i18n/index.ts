/** Language choice and message formatting shared by every element; no DOM. */
import { LOCALES, type Locale } from '../constants.js';
import type { Messages } from './keys.js';

export type { Messages } from './keys.js';

/** The library language for a BCP 47 tag: "es-MX" → "es"; anything unknown → "en". */
export function pickLocale(lang: string | null | undefined): Locale {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : 'en';
}

/**
 * Fills `{name}` placeholders; unknown placeholders stay visible so a typo is noticed. Only own
 * properties count: `{constructor}` in a page's override must not print a function's source.
 */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}) {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : match,
  );
}

/**
 * The messages for a language with a page's overrides on top. Overrides come from outside (an
 * attribute or property), so only known keys with string values are taken.
 */
export function withOverrides<K extends string>(
  base: Messages<K>,
  overrides: unknown,
): Messages<K> {
  if (!overrides || typeof overrides !== 'object') return base;
  const merged: Record<string, string> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (Object.hasOwn(base, key) && typeof value === 'string') merged[key] = value;
  }
  return merged as Messages<K>;
}
