/**
 * Text a page writes in one or more languages: a plain string, or an object of language tag to
 * text (`{ "en": "Pace", "es": "Ritmo" }`), and the choice of one for a locale. A leaf module with
 * no zod, so a survey reads its definition's text without loading a schema. No DOM.
 */

/** A plain string, or text by language tag. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** The text chosen for a locale and the language it is in (undefined for a plain string). */
export interface ResolvedText {
  text: string;
  lang: string | undefined;
}

const base = (tag: string) => tag.toLowerCase().split('-')[0]!;

/**
 * The text for `locale`: the exact tag (any case), then the locale's base language ("es" for
 * "es-MX"), then another tag of that language ("es-MX" for "es"), then English ("en", then any
 * "en-…"), then the first language given. `lang` says which was used, so an element
 * can mark text that is not in the page's language. Trimmed; "" for a value that is not text.
 */
export function resolveText(value: LocalizedText | undefined, locale: string): ResolvedText {
  if (typeof value === 'string') return { text: value.trim(), lang: undefined };
  if (typeof value !== 'object' || value === null) return { text: '', lang: undefined };
  const tags = Object.keys(value).filter((tag) => typeof value[tag] === 'string');
  const wanted = locale.toLowerCase();
  const tag =
    tags.find((candidate) => candidate.toLowerCase() === wanted) ??
    tags.find((candidate) => candidate.toLowerCase() === base(wanted)) ??
    tags.find((candidate) => base(candidate) === base(wanted)) ??
    tags.find((candidate) => candidate.toLowerCase() === 'en') ??
    tags.find((candidate) => base(candidate) === 'en') ??
    tags[0];
  return tag === undefined
    ? { text: '', lang: undefined }
    : { text: value[tag]!.trim(), lang: tag };
}

/**
 * The language to mark on resolved text shown on a page in `locale`: its tag when its base
 * language differs from the page's, else undefined (plain strings are taken as the page's).
 */
export function foreignLang(resolved: ResolvedText, locale: string): string | undefined {
  return resolved.lang !== undefined && base(resolved.lang) !== base(locale)
    ? resolved.lang
    : undefined;
}
