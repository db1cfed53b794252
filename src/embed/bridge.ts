/**
 * The embed page's link to its parent: the element's events and the content's height go out as
 * `{ source: 'tensionkit', type, detail }` messages to the given origin only (never `*`); `set`
 * messages come in only from the parent window at that origin.
 */
import * as z from 'zod/mini';
import { safeParse } from '../core/schema.js';

export const MESSAGE_SOURCE = 'tensionkit';

/** Every public event of the elements, forwarded with its `detail` as fired. */
export const BRIDGED_EVENTS = [
  'survey-submit',
  'tension-change',
  'rubric-change',
  'gap-select',
  'responses-change',
  'tk-error',
] as const;

const setSchema = z.object({
  responses: z.array(z.unknown()),
  baseline: z.optional(z.array(z.unknown())),
});

export class Bridge {
  private lastHeight = -1;

  /** `origin` is the parent page's origin; without one nothing is posted or accepted. */
  constructor(private readonly origin: string | undefined) {}

  post(type: string, detail: unknown): void {
    if (!this.origin || window.parent === window) return;
    const message = { source: MESSAGE_SOURCE, type, detail };
    try {
      window.parent.postMessage(message, this.origin);
    } catch {
      // A detail the structured clone cannot carry (a function, a DOM node) goes as its JSON.
      window.parent.postMessage(
        { ...message, detail: JSON.parse(JSON.stringify(detail)) },
        this.origin,
      );
    }
  }

  /** Forwards the element's public events. */
  forward(element: HTMLElement): void {
    for (const type of BRIDGED_EVENTS)
      element.addEventListener(type, (event) => this.post(type, (event as CustomEvent).detail));
  }

  /** Posts `resize` whenever the height of `content` (the page's whole content) changes. */
  followHeight(content: HTMLElement): void {
    if (!this.origin) return;
    new ResizeObserver(() => {
      const height = Math.ceil(content.getBoundingClientRect().height);
      if (height === this.lastHeight) return;
      this.lastHeight = height;
      this.post('resize', { height });
    }).observe(content);
  }

  /** Takes `set` messages (responses for a chart) from the parent window at `origin` alone. */
  acceptResponses(element: HTMLElement, onProblem: (message: string) => void): void {
    if (!this.origin) return;
    window.addEventListener('message', (event) => {
      if (event.source !== window.parent || event.origin !== this.origin) return;
      const data: unknown = event.data;
      if (!isMessage(data) || data.type !== 'set') return;
      const parsed = safeParse(setSchema, data.detail);
      if (!parsed.ok) {
        onProblem('A set message needs detail: { responses: [...], baseline?: [...] }.');
        return;
      }
      // The element validates the responses themselves, the contract's way.
      Object.assign(element, parsed.value);
    });
  }
}

function isMessage(data: unknown): data is { source: string; type: string; detail?: unknown } {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { source?: unknown }).source === MESSAGE_SOURCE &&
    typeof (data as { type?: unknown }).type === 'string'
  );
}
