/**
 * Announcements of new data for a polite live region, throttled: what arrives within a burst
 * (a survey submitted twice, a file loaded while another lands) is said once, the latest message,
 * about a second after the burst began, so a screen reader is not talked over by each update.
 * A Lit reactive controller: the pending message is dropped when the element leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a burst of updates is gathered before the one announcement, in milliseconds. */
export const ANNOUNCE_WAIT = 1000;

export class Announcer implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending = '';

  /** `write` puts a message in the element's live region. */
  constructor(
    host: ReactiveControllerHost,
    private readonly write: (message: string) => void,
  ) {
    host.addController(this);
  }

  /** Queues a message: it replaces any still waiting in this burst. */
  say(message: string): void {
    this.pending = message;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.write(this.pending);
    }, ANNOUNCE_WAIT);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
