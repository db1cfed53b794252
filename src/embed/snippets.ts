/**
 * The two embed codes a web editor pastes, as the builder (demo/builder.html) writes them and the
 * README shows them: the script-tag route (the element itself, with a link to the embed page
 * inside as fallback content) and the iframe route (the embed page, with the parent helper).
 * No DOM.
 */
// Only the embed's words: this module runs unbundled in the builder page (dist/lib), where an
// import of zod (through the schema) would not resolve.
import { embedStrings } from '../core/i18n/embed.js';
import type { Locale } from '../core/schema.js';
import type { EmbedElement } from './embed-query.js';

export interface EmbedChoice {
  element: EmbedElement;
  /** The address of the folder holding the built files (dist/), ending with a slash. */
  base: string;
  /** The element's attributes (tensions, roles, persist, ...); empty values are left out. */
  attributes?: Readonly<Record<string, string>>;
  lang?: string;
  /** A CSS colour for buttons, links and markers. */
  accent?: string;
  /** A form handler that receives the survey's response (element tension-survey only). */
  action?: string;
  method?: 'post' | 'get';
  /** The origin of the page the iframe sits in: events and heights are posted to it alone. */
  origin?: string;
  /** The iframe's height before its content sizes it, in pixels. */
  height?: number;
}

/** The embed's words in the snippet's language (its primary subtag), English when there are none. */
const wordsFor = (lang = '') => {
  const primary = lang.toLowerCase().split('-')[0] as Locale;
  return embedStrings[Object.hasOwn(embedStrings, primary) ? primary : 'en'];
};

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const filled = (record: Readonly<Record<string, string | undefined>>) =>
  Object.entries(record).filter((entry): entry is [string, string] => !!entry[1]);

/** The element's attributes, with the form field's name when answers go to a handler. */
function attributesOf(choice: EmbedChoice): [string, string][] {
  const attributes = filled(choice.attributes ?? {});
  if (choice.action && !attributes.some(([name]) => name === 'name'))
    attributes.push(['name', 'response']);
  return attributes;
}

/** The embed page's address for a choice; `origin` only when the choice has one. */
export function embedUrl(choice: EmbedChoice): string {
  const query = new URLSearchParams(
    filled({
      element: choice.element,
      ...Object.fromEntries(attributesOf(choice)),
      lang: choice.lang,
      accent: choice.accent,
      action: choice.action,
      method: choice.action && choice.method !== 'post' ? choice.method : undefined,
      origin: choice.origin,
    }),
  );
  return `${choice.base}embed.html?${query}`;
}

/** For pages that keep a `<script type="module">`: the element, its file, a fallback link. */
export function scriptSnippet(choice: EmbedChoice): string {
  const { element } = choice;
  const words = wordsFor(choice.lang);
  const attributes = [...attributesOf(choice), ...filled({ lang: choice.lang })]
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const fallback = escapeAttribute(embedUrl({ ...choice, origin: undefined }));
  const lines = [
    `<script type="module" src="${escapeAttribute(choice.base)}${element}.js"></script>`,
    ...(choice.accent
      ? [`<style>${element} { --tk-accent: ${choice.accent.replace(/[<>{};]/g, '')}; }</style>`]
      : []),
    `<${element}${attributes}>`,
    `  <a href="${fallback}">${words.open}</a>`,
    `</${element}>`,
  ];
  if (!choice.action) return lines.join('\n');
  const method = choice.method ?? 'post';
  return [
    ...lines.slice(0, -3),
    `<form action="${escapeAttribute(choice.action)}" method="${method}">`,
    ...lines.slice(-3).map((line) => `  ${line}`),
    `</form>`,
  ].join('\n');
}

/** For LMS and CMS pages that allow only an iframe: the embed page, and the helper if kept. */
export function iframeSnippet(choice: EmbedChoice): string {
  const words = wordsFor(choice.lang);
  return [
    `<script src="${escapeAttribute(choice.base)}embed-frame.js"></script>`,
    `<iframe data-tensionkit src="${escapeAttribute(embedUrl(choice))}"`,
    `  title="${escapeAttribute(words[choice.element])}" width="100%" height="${choice.height ?? 700}"`,
    `  allow="clipboard-write"></iframe>`,
  ].join('\n');
}
