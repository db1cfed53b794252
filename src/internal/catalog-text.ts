import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OnDemand } from '../core/catalog/on-demand.js';
import type { Locale } from '../core/schema.js';

/**
 * Built-in text for an element in the element's language, loaded on demand. `get` returns
 * undefined while the language loads and the host updates again once it is here. Hosts route
 * their `getUpdateComplete` through `settle` so that awaiting `updateComplete` (in a page, a test
 * or a framework) resolves only once the text is rendered.
 */
export class CatalogText<T> implements ReactiveController {
  private loading?: Promise<void>;
  private failed = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: OnDemand<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.failed = false; // a page that re-attaches the element gets another try
  }

  get(locale: Locale): T | undefined {
    const value = this.source.get(locale);
    if (value === undefined && !this.loading && !this.failed) {
      this.loading = this.source
        .load(locale)
        .then(
          () => undefined,
          (error: unknown) => {
            this.failed = true;
            console.error(`<${this.host.localName}> could not load its ${locale} text`, error);
          },
        )
        .finally(() => {
          this.loading = undefined;
          this.host.requestUpdate();
        });
    }
    return value;
  }

  /** Waits for the host's update and for any text still loading (which triggers one more). */
  async settle(update: () => Promise<boolean>): Promise<boolean> {
    let done = await update();
    while (this.loading) {
      await this.loading;
      done = await update();
    }
    return done;
  }
}
