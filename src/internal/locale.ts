import type { Locale } from '../core/schema.js';
import { pickLocale } from '../core/i18n/index.js';

/**
 * The nearest `lang` attribute above an element, looking through shadow roots, so a widget
 * embedded in a Spanish article speaks Spanish without configuration.
 */
export function closestLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang'))
      return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || navigator.language || 'en';
}

export const localeOf = (element: Element): Locale => pickLocale(closestLang(element));

/** Right-to-left pages flip the direction arrow keys move a slider. */
export function isRightToLeft(element: Element): boolean {
  return getComputedStyle(element).direction === 'rtl';
}
