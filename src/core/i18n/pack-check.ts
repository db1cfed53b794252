/**
 * The checker of a page's locale pack, loaded on demand by `registerLocale` (it carries the
 * schema and the English template, which a page without a pack of its own never needs). No DOM.
 */
import * as z from 'zod/mini';
import { safeParse } from '../parse.js';
import type { InputProblem } from '../parse.js';
import { WORD_SECTIONS } from './pack.js';
import type { LocalePack } from './pack.js';
import { localePack } from './packs.js';

const optional = <T extends z.core.SomeType>(schema: T) => z.optional(schema);
const words = z.record(z.string(), z.string());
const list = z.array(z.string());
const pole = z.object({ label: optional(z.string()), benefits: optional(list) });

/** Every section optional, every value text: what is missing falls back to English. */
export const localePackSchema = z.object({
  lang: z
    .string()
    .check(
      z.regex(
        /^[a-z]{1,8}(-[a-z0-9]{1,8})*$/i,
        'Use a language tag such as "fr", "pt-BR" or "x-pseudo".',
      ),
    ),
  ...(Object.fromEntries(WORD_SECTIONS.map((section) => [section, optional(words)])) as Record<
    (typeof WORD_SECTIONS)[number],
    z.ZodMiniOptional<typeof words>
  >),
  tensions: optional(
    z.record(
      z.string(),
      z.object({
        name: optional(z.string()),
        question: optional(z.string()),
        left: optional(pole),
        right: optional(pole),
      }),
    ),
  ),
  stages: optional(
    z.record(z.string(), z.object({ label: optional(z.string()), summary: optional(z.string()) })),
  ),
  rubric: optional(
    z.object({
      title: optional(z.string()),
      groups: optional(z.record(z.string(), z.object({ title: optional(z.string()) }))),
      dimensions: optional(
        z.record(
          z.string(),
          z.object({ title: optional(z.string()), descriptors: optional(words) }),
        ),
      ),
    }),
  ),
  prompts: optional(z.record(z.string(), list)),
  explore: optional(
    z.object({
      words: optional(z.object({ tooFar: optional(z.string()), strategies: optional(z.string()) })),
      text: optional(
        z.record(
          z.string(),
          z.object({
            tooFar: optional(z.object({ left: optional(list), right: optional(list) })),
            strategies: optional(z.array(z.tuple([z.string(), z.string()]))),
          }),
        ),
      ),
    }),
  ),
});

export type PackCheck =
  | { ok: true; pack: LocalePack; missing: string[]; unknown: string[] }
  | { ok: false; problems: InputProblem[] };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * The dotted paths of the text in `template` that `given` lacks (or leaves empty), and of what
 * `given` has that the template does not (ignored, and worth a translator's look).
 */
export function compareToTemplate(
  template: unknown,
  given: unknown,
  path = '',
  out: { missing: string[]; unknown: string[] } = { missing: [], unknown: [] },
) {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (typeof template === 'string') {
    if (typeof given !== 'string' || !given.trim()) out.missing.push(path);
  } else if (isObject(template)) {
    const other = isObject(given) ? given : {};
    for (const key of Object.keys(template))
      compareToTemplate(template[key], other[key], at(key), out);
    for (const key of Object.keys(other))
      if (!Object.hasOwn(template, key)) out.unknown.push(at(key));
  }
  return out;
}

/** Checks a pack against the schema, then lists what it lacks against the English template. */
export function checkPack(input: unknown): PackCheck {
  const parsed = safeParse(localePackSchema, input);
  if (!parsed.ok) return parsed;
  // The input as given (extra keys included, which the schema drops) against the template.
  const given: Record<string, unknown> = { ...(input as object) };
  const template: Record<string, unknown> = { ...localePack('en') };
  delete given.lang;
  delete template.lang;
  return { ok: true, pack: parsed.value as LocalePack, ...compareToTemplate(template, given) };
}
