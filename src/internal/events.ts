/**
 * Every event the library fires, declared in one place. All bubble and are composed so a listener
 * on the page hears them from inside shadow roots.
 */
import type { InputProblem } from '../core/schema.js';

export interface TkErrorDetail {
  readonly message: string;
  readonly path: string;
  readonly problems?: readonly InputProblem[];
}

export function emit<T>(target: EventTarget, type: string, detail: T): boolean {
  return target.dispatchEvent(
    new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: false }),
  );
}

/** Native-like `input`/`change`: plain Events that bubble out of the shadow root. */
export function emitNative(target: EventTarget, type: 'input' | 'change'): void {
  target.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
}

/**
 * The contract's way of reporting bad configuration: a console.error naming the field and a
 * `tk-error` event. The element shows the message itself.
 */
export function reportError(host: HTMLElement, detail: TkErrorDetail): void {
  console.error(`<${host.localName}> ${detail.path}: ${detail.message}`);
  emit(host, 'tk-error', detail);
}

declare global {
  interface HTMLElementEventMap {
    'tk-error': CustomEvent<TkErrorDetail>;
  }
}
