import type { ReactiveControllerHost } from 'lit';

/** Modules already here, by loader: a second element on the page has them at once. */
const loaded = new WeakMap<() => Promise<unknown>, unknown>();

/**
 * A module an element loads on first use (a dynamic import, so bundlers split it out of the
 * element's first load); the host updates once it is here. Pass the same loader function to every
 * instance (a module-level one), so they share what is loaded. A failed load is reported and may be
 * tried again.
 */
export class LazyModule<T> {
  #loading?: Promise<T>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly load: () => Promise<T>,
  ) {}

  get #value(): T | undefined {
    return loaded.get(this.load) as T | undefined;
  }

  /** The module, or undefined (and it starts loading) until it is here. */
  get value(): T | undefined {
    if (!this.#value) this.preload();
    return this.#value;
  }

  /** Starts loading the module, if it is not here yet, for a use soon. */
  preload(): void {
    this.get().catch(() => undefined);
  }

  /** The module, loading it if need be. */
  get(): Promise<T> {
    return (this.#loading ??= this.load().then(
      (value) => {
        loaded.set(this.load, value);
        this.host.requestUpdate();
        return value;
      },
      (error: unknown) => {
        this.#loading = undefined;
        console.error(`<${this.host.localName}> could not load a part of itself`, error);
        throw error;
      },
    ));
  }

  /** A load under way, for `updateComplete` to wait for; undefined when there is none. */
  get pending(): Promise<unknown> | undefined {
    return this.#value ? undefined : this.#loading?.catch(() => undefined);
  }
}
