import { html, nothing } from 'lit';

/**
 * `heading-level` (declared by each element as `{ type: Number, attribute: 'heading-level' }`,
 * default 2) is the level of an element's top heading; its inner headings follow one level down
 * each. 2 by default: a host page has its own `<h1>` (its title) and an element is one part of it,
 * so its `<h2>` never skips a level after the page's `<h1>` (axe's heading-order); a page that puts
 * an element inside its own `<h2>` section sets `heading-level="3"`.
 */

/** One template per level and depth, made once: Lit keys its template cache on these arrays. */
const templates: TemplateStringsArray[] = [];

/**
 * A heading `depth` levels under the element's top one (`top`, its `heading-level`; anything but
 * 1 to 6 reads as 2), an `<h1>` to `<h6>`, with the class `d<depth>` for the element's styles
 * (its level changes with the page). Lit binds no tag names and lit/static-html costs about
 * 0.5 KB, so the template strings are made here, with the `raw` Lit checks, as static-html does.
 */
export function heading(top: number, depth: number, content: unknown, id?: string, part?: string) {
  // `| 0` drops a fraction: `heading-level="2.5"` would otherwise make an <h2.5>.
  const level = Math.min(6, (top > 0 && top < 7 ? top | 0 : 2) + depth);
  const key = level * 8 + depth;
  const strings = [`<h${level} class=d${depth} id=`, ' part=', '>', `</h${level}>`];
  templates[key] ??= Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray;
  return html(templates[key], id ?? nothing, part ?? nothing, content);
}
