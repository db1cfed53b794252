/**
 * Form association, written once: every form element (`<tension-slider>`, `<stage-rubric>`,
 * `<tension-survey>`) owns a `FormControl` and exposes the same `FormControlSurface`.
 *
 * The browser calls `formResetCallback`, `formStateRestoreCallback` and `formDisabledCallback` on
 * the element itself, so those stay methods of the element class and delegate here.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a form submits for an element, and what the browser keeps to restore it. */
export type FormValue = File | string | FormData | null;

/** A failed check: what is missing, said to the respondent, and the exact inner control to point at. */
export interface Invalid {
  readonly message: string;
  /** The inner control the browser's bubble points at (focused by `reportValidity`). */
  readonly anchor?: HTMLElement | undefined;
  /** Default `{ valueMissing: true }`. */
  readonly flags?: ValidityStateFlags;
}

export interface FormControlOptions {
  /** The submitted value and the restore state, read after every update. */
  value(): { value: FormValue; state: FormValue };
  /**
   * What is wrong, or null when valid. Read before render (to clear a shown error) and after it
   * (to set validity against the rendered anchor), so it must not change state.
   */
  validity(): Invalid | null;
  /** The form was reset: back to the element's defaults. */
  reset(): void;
  /** The browser restores a state this element gave (back navigation, autofill). */
  restore(state: unknown): void;
  /** Called on each `invalid` event (a failed submit, `checkValidity()`, `reportValidity()`). */
  invalid?(): void;
}

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

const USER_INVALID = 'user-invalid';

export class FormControl implements ReactiveController {
  readonly internals: ElementInternals;
  /** True inside a disabled `<fieldset>` or form: the element's own controls go inert. */
  formDisabled = false;
  private shownInvalid = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FormControlOptions,
  ) {
    this.internals = host.attachInternals();
    host.addController(this);
    host.addEventListener('invalid', () => {
      this.setUserInvalid(true);
      options.invalid?.();
    });
  }

  /**
   * True after a failed submit or `reportValidity()` until the element is valid again: show the
   * message now. Also the custom state `:state(user-invalid)` for the page's CSS.
   */
  get userInvalid(): boolean {
    return this.shownInvalid;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Before render: a shown error goes as soon as the element is valid. */
  hostUpdate(): void {
    if (this.shownInvalid && !this.options.validity()) this.setUserInvalid(false);
  }

  /** After render: the value and the validity, anchored on the rendered control. */
  hostUpdated(): void {
    const { value, state } = this.options.value();
    this.internals.setFormValue(value, state);
    const invalid = this.options.validity();
    if (invalid) {
      this.internals.setValidity(
        invalid.flags ?? { valueMissing: true },
        invalid.message,
        invalid.anchor,
      );
    } else {
      this.internals.setValidity({});
      // Valid because of something only the render could tell (a child element's state).
      if (this.shownInvalid) {
        this.setUserInvalid(false);
        this.host.requestUpdate();
      }
    }
  }

  reset(): void {
    this.options.reset();
    this.setUserInvalid(false);
    this.host.requestUpdate();
  }

  restore(state: unknown): void {
    this.options.restore(state);
    this.host.requestUpdate();
  }

  setFormDisabled(disabled: boolean): void {
    this.formDisabled = disabled;
    this.host.requestUpdate();
  }

  private setUserInvalid(on: boolean) {
    if (this.shownInvalid !== on) this.host.requestUpdate();
    this.shownInvalid = on;
    // CustomStateSet is missing in older browsers; the element still shows its own message.
    const states = (this.internals as { states?: Set<string> }).states;
    try {
      if (on) states?.add(USER_INVALID);
      else states?.delete(USER_INVALID);
    } catch {
      // Chromium before 125 took only dashed names ("--user-invalid").
      if (on) states?.add(`--${USER_INVALID}`);
      else states?.delete(`--${USER_INVALID}`);
    }
  }
}
