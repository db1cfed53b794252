/**
 * Form association, written once. Every form element (`<tension-slider>`, `<stage-rubric>`,
 * `<tension-survey>`) owns a `FormControl`, the reactive controller that does the work, and
 * extends `FormControlElement`, which gives all three the same public surface by delegating to it.
 *
 * The browser calls `formResetCallback`, `formStateRestoreCallback` and `formDisabledCallback` on
 * the element (looked up on its prototype chain when the tag is defined), so they are methods of
 * the element's class, here, delegating to the controller.
 */
import { LitElement } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a form submits for an element, and what the browser keeps to restore it. */
export type FormValue = File | string | FormData | null;

/**
 * A failed check (`valueMissing`, the one way these elements are invalid): what is missing, said
 * to the respondent, and the exact inner control the browser's bubble points at (and
 * `reportValidity` focuses). A pair, as the survey's list of what is missing holds them.
 */
export type Invalid = readonly [message: string, anchor?: HTMLElement];

export interface FormControlOptions {
  /** The submitted value and the restore state, read after every update. */
  value(): { value: FormValue; state: FormValue };
  /**
   * What is wrong, or null when valid. Read before render (to clear a shown error) and after it
   * (to set validity against the rendered anchor), so it must not change state.
   */
  validity(): Invalid | null;
  /** The form was reset: back to the element's defaults (setting reactive state updates it). */
  reset(): void;
  /** The browser restores a state this element gave (back navigation, autofill). */
  restore(state: unknown): void;
  /** Called on each `invalid` event (a failed submit, `checkValidity()`, `reportValidity()`). */
  invalid?(): void;
}

/**
 * Firefox (Gecko) focuses an invalid element's host rather than its validation anchor (measured in
 * Firefox ESR 153; Chromium follows the anchor). Gecko's user agent alone says "Gecko/" and a
 * date; Chromium's and WebKit's say "like Gecko".
 */
const FOCUSES_HOST = typeof navigator !== 'undefined' && / Gecko\/\d/.test(navigator.userAgent);

/** The public surface every tensionkit form element shares. */
export interface FormControlSurface {
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  formResetCallback(): void;
  formStateRestoreCallback(state: unknown): void;
  formDisabledCallback(disabled: boolean): void;
}

export class FormControl implements ReactiveController {
  readonly internals: ElementInternals;
  /** True inside a disabled `<fieldset>` or form: the element's own controls go inert. */
  formDisabled = false;
  /**
   * True after a failed submit or `reportValidity()` until the element is valid again: show the
   * message now. Mirrored by the custom state `:state(user-invalid)` for the page's CSS.
   */
  userInvalid = false;
  // #private: names that say what they hold, which the minifier still shortens.
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: FormControlOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: FormControlOptions) {
    this.#host = host;
    this.#options = options;
    this.internals = host.attachInternals();
    host.addController(this);
    host.addEventListener('invalid', () => {
      // Anchored afresh: an inner control drawn after the last update (a survey's slider markers)
      // is where the browser's focus goes next.
      this.#setValidity();
      this.#setUserInvalid(true);
      options.invalid?.();
      this.#focusableWhileInvalid();
    });
  }

  /**
   * The browser focuses the first invalid control of a failed submit or reportValidity().
   * Chromium focuses the anchor given with the validity. Firefox focuses the anchor's host in this
   * element's tree (this element, or a survey's inner slider), and logs "The invalid form control
   * is not focusable" when it cannot. So, in Firefox only, those hosts take tabindex="-1" for the
   * rest of the event's task (a page's own tabindex is left alone) and pass their focus on to the
   * anchor. Not in Chromium, which needs none: there, a host whose tabindex goes while focus is
   * inside it drops focus to <body>, and a host with a negative tabindex takes its inner controls
   * out of the Tab order. checkValidity() fires the same event and focuses nothing.
   */
  #focusableWhileInvalid() {
    if (!FOCUSES_HOST) return;
    const anchor = this.#options.validity()?.[1];
    const hosts: HTMLElement[] = [this.#host];
    let root = anchor?.getRootNode();
    while (root instanceof ShadowRoot && root.host !== this.#host) {
      hosts.push(root.host as HTMLElement);
      root = root.host.getRootNode();
    }
    const own = hosts.filter((host) => !host.hasAttribute('tabindex'));
    for (const host of own) host.tabIndex = -1;
    const pass = (event: Event) => {
      if (hosts.includes(event.composedPath()[0] as HTMLElement)) anchor?.focus();
    };
    for (const host of hosts) host.addEventListener('focus', pass);
    setTimeout(() => {
      for (const host of hosts) host.removeEventListener('focus', pass);
      for (const host of own) host.removeAttribute('tabindex');
    });
  }

  /** Before render: a shown error goes as soon as the element is valid, in this same update. */
  hostUpdate(): void {
    if (this.userInvalid && !this.#options.validity()) this.#setUserInvalid(false);
  }

  /** After render: the value and the validity, anchored on the rendered control. */
  hostUpdated(): void {
    const { value, state } = this.#options.value();
    this.internals.setFormValue(value, state);
    this.#setValidity();
  }

  #setValidity() {
    const invalid = this.#options.validity();
    this.internals.setValidity(invalid ? { valueMissing: true } : {}, invalid?.[0], invalid?.[1]);
  }

  reset(): void {
    this.#options.reset();
    this.#setUserInvalid(false);
  }

  restore(state: unknown): void {
    this.#options.restore(state);
  }

  setFormDisabled(disabled: boolean): void {
    this.formDisabled = disabled;
    this.#host.requestUpdate();
  }

  #setUserInvalid(on: boolean) {
    if (this.userInvalid === on) return;
    this.userInvalid = on;
    this.#host.requestUpdate();
    // Browsers without CustomStateSet still show the element's own message.
    const states = (this.internals as { states?: Set<string> }).states;
    states?.[on ? 'add' : 'delete']('user-invalid');
  }
}

/**
 * The public surface every tensionkit form element shares, delegating to its `FormControl`. An
 * element extends this instead of LitElement and makes its `formControl` in a field initializer.
 */
export abstract class FormControlElement extends LitElement implements FormControlSurface {
  static formAssociated = true;
  /** The element's form control, made with its own value, validity, reset and restore. */
  protected abstract readonly formControl: FormControl;

  get #internals() {
    return this.formControl.internals;
  }

  /** The form the element belongs to, or null. */
  get form() {
    return this.#internals.form;
  }
  get validity() {
    return this.#internals.validity;
  }
  /** What is missing, in the page's language; empty when valid. */
  get validationMessage() {
    return this.#internals.validationMessage;
  }
  /** False while disabled (itself or by a fieldset): the form skips it. */
  get willValidate() {
    return this.#internals.willValidate;
  }
  /** False while required and missing (firing `invalid`). */
  checkValidity() {
    return this.#internals.checkValidity();
  }
  /** As `checkValidity`, and shows what is missing. */
  reportValidity() {
    return this.#internals.reportValidity();
  }
  formResetCallback() {
    this.formControl.reset();
  }
  formStateRestoreCallback(state: unknown) {
    this.formControl.restore(state);
  }
  formDisabledCallback(disabled: boolean) {
    this.formControl.setFormDisabled(disabled);
  }
}
