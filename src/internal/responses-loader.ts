import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ImportResult } from '../core/codec/index.js';

/** What a load came to: the file's import, or why it could not be fetched. */
export type Loaded = { ok: true; result: ImportResult } | { ok: false; reason: string };

/**
 * Loads an element's `src` file of responses (JSON, CSV or share codes), as a Lit reactive
 * controller: one load at a time (a new one aborts the last), aborted when the element leaves
 * the page, same-origin credentials, and the codec loaded only when a page asks for a file.
 *
 * Usage: `private loader = new ResponsesLoader(this)`, then `await this.loader.load(src)`.
 */
export class ResponsesLoader implements ReactiveController {
  private fetching: AbortController | null = null;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.fetching?.abort();
  }

  /**
   * Fetches and imports `src`, in slices that keep the page responsive, telling `onProgress` the
   * share read (0 to 1). Resolves to null when a later load or the element's removal overtook
   * this one: its result is stale and the caller leaves everything as it is.
   */
  async load(src: string, onProgress?: (share: number) => void): Promise<Loaded | null> {
    this.fetching?.abort();
    const controller = new AbortController();
    this.fetching = controller;
    try {
      const response = await fetch(src, { signal: controller.signal, credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      // A separate chunk: elements that are never given a file do not load the codec.
      const { importResponsesAsync } = await import('../core/codec/import.js');
      const result = await importResponsesAsync(text, { signal: controller.signal, onProgress });
      return controller.signal.aborted ? null : { ok: true, result };
    } catch (error) {
      if (controller.signal.aborted) return null;
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }
}
