import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ImportResult } from '../core/codec/index.js';

/** What a load came to: the file's import, or why it could not be fetched. */
export type Loaded = { ok: true; result: ImportResult } | { ok: false; reason: string };

/**
 * Loads an element's `src` file of responses (JSON, CSV or share codes), as a Lit reactive
 * controller: one load at a time (a new one aborts the last), same-origin credentials, and the
 * codec loaded only when a page asks for a file. A load the element's removal interrupted starts
 * again when the element comes back, so a page that moves it does not show "Loading" for good.
 *
 * Usage: `private loader = new ResponsesLoader(this)`, then `await this.loader.load(src)`.
 */
export class ResponsesLoader implements ReactiveController {
  private fetching: AbortController | null = null;
  /** Counts loads, so an older one knows a newer one replaced it. */
  private loads = 0;
  private connected = false;
  /** Lets an interrupted load go on once the element is back in the page. */
  private resume: (() => void) | null = null;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.resume?.();
    this.resume = null;
  }

  hostDisconnected(): void {
    this.connected = false;
    this.fetching?.abort();
  }

  /**
   * Fetches and imports `src`, in slices that keep the page responsive, telling `onProgress` the
   * share read (0 to 1). Resolves to null when a later load overtook this one: its result is
   * stale and the caller leaves everything as it is. Interrupted by the element's removal, it
   * waits for the element to come back and fetches again.
   */
  async load(src: string, onProgress?: (share: number) => void): Promise<Loaded | null> {
    const load = ++this.loads;
    for (;;) {
      this.fetching?.abort();
      const controller = new AbortController();
      this.fetching = controller;
      const loaded = await this.fetchOnce(src, controller.signal, onProgress);
      if (load !== this.loads) return null;
      if (loaded) return loaded;
      if (!this.connected) await new Promise<void>((resolve) => (this.resume = resolve));
      if (load !== this.loads) return null;
    }
  }

  /** One attempt; null when it was aborted. */
  private async fetchOnce(
    src: string,
    signal: AbortSignal,
    onProgress?: (share: number) => void,
  ): Promise<Loaded | null> {
    try {
      const response = await fetch(src, { signal, credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      // A separate chunk: elements that are never given a file do not load the codec.
      const { importResponsesAsync } = await import('../core/codec/import.js');
      const result = await importResponsesAsync(text, { signal, onProgress });
      return signal.aborted ? null : { ok: true, result };
    } catch (error) {
      if (signal.aborted) return null;
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }
}
