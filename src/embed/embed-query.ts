/**
 * The embed page's configuration, read from its URL query. Parameters of the page itself
 * (`element`, `origin`, `action`, ...) go through a zod schema; every other parameter must be an
 * attribute the chosen element observes, and is handed to it as that attribute, where the element
 * validates its value the contract's way. No DOM: the page passes in what needs one.
 */
import * as z from 'zod/mini';
import { safeParse } from '../core/schema.js';
import type { InputProblem, ParseResult } from '../core/schema.js';

export const EMBED_ELEMENTS = [
  'tension-survey',
  'tension-slider',
  'stage-rubric',
  'gap-chart',
  'team-results',
] as const;
export type EmbedElement = (typeof EMBED_ELEMENTS)[number];

/** The page's own parameters; anything else in the query is an attribute of the element. */
export const PAGE_PARAMETERS = [
  'element',
  'origin',
  'action',
  'method',
  'lang',
  'dir',
  'theme',
  'accent',
  'title',
] as const;

const isHttpUrl = (text: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
};

/** An origin alone: scheme, host and port, as `location.origin` spells it. */
export const isOrigin = (text: string) => isHttpUrl(text) && new URL(text).origin === text;

const pageSchema = (isColour: (text: string) => boolean) =>
  z.object({
    element: z._default(
      z.enum(EMBED_ELEMENTS, `Use one of ${EMBED_ELEMENTS.join(', ')}.`),
      'tension-survey',
    ),
    origin: z.optional(
      z
        .string()
        .check(
          z.refine(
            isOrigin,
            'Use the parent page’s origin alone, such as https://www.example.org (no path, no trailing slash).',
          ),
        ),
    ),
    action: z.optional(
      z.string().check(z.refine(isHttpUrl, 'Use an http or https address of your form handler.')),
    ),
    method: z._default(z.enum(['post', 'get'], 'Use post or get.'), 'post'),
    lang: z.optional(
      z
        .string()
        .check(
          z.regex(/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i, 'Use a language tag such as en or es-MX.'),
        ),
    ),
    dir: z.optional(z.enum(['ltr', 'rtl', 'auto'], 'Use ltr, rtl or auto.')),
    theme: z.optional(z.enum(['light', 'dark'], 'Use light or dark.')),
    accent: z.optional(
      z.string().check(z.refine(isColour, 'Use a CSS colour, such as #0f766e or teal.')),
    ),
    title: z.optional(z.string().check(z.maxLength(200, 'Use at most 200 characters.'))),
  });

export type EmbedPage = z.output<ReturnType<typeof pageSchema>>;

/** Reads the page's own parameters; the rest are left for `elementAttributes`. */
export function parseEmbedPage(
  query: URLSearchParams,
  isColour: (text: string) => boolean,
): ParseResult<EmbedPage> {
  const page: Record<string, string> = {};
  for (const [key, value] of query)
    if ((PAGE_PARAMETERS as readonly string[]).includes(key)) page[key] = value;
  const parsed = safeParse(pageSchema(isColour), page);
  if (parsed.ok && parsed.value.action && parsed.value.element !== 'tension-survey')
    return {
      ok: false,
      problems: [{ path: 'action', message: 'Only element=tension-survey posts a form.' }],
    };
  return parsed;
}

/**
 * The element's attributes from the rest of the query, in query order. `observed` is what the
 * element takes (its `observedAttributes`); a parameter that is neither the page's nor the
 * element's is a problem, so a typo is noticed rather than ignored.
 */
export function elementAttributes(
  query: URLSearchParams,
  page: EmbedPage,
  observed: readonly string[],
): ParseResult<[string, string][]> {
  const attributes = [...query].filter(
    ([key]) => !(PAGE_PARAMETERS as readonly string[]).includes(key),
  );
  const problems: InputProblem[] = attributes
    .filter(([key]) => !observed.includes(key))
    .map(([key]) => ({
      path: key,
      message: `<${page.element}> takes no "${key}"; use ${[...observed, ...PAGE_PARAMETERS].join(', ')}.`,
    }));
  if (problems.length) return { ok: false, problems };
  // The form field the handler reads: the survey's `name`, "response" unless the query names one.
  if (page.action && !attributes.some(([key]) => key === 'name'))
    attributes.push(['name', 'response']);
  return { ok: true, value: attributes };
}
