/**
 * Every event the library fires, declared in one place with its detail. All bubble and are
 * composed so a listener on the page hears them from inside shadow roots. `emit` is typed by
 * `TkEventMap`, so a wrong name or detail is a compile error, and `HTMLElementEventMap` is
 * augmented so a page's `addEventListener` gets the detail's type.
 */
import type { Rejected } from '../core/codec/index.js';
import type { PlanRecord } from '../core/plan/schema.js';
import type { InputProblem, StageId, SurveyResponse } from '../core/schema.js';
import type { SurveyDefinition } from '../core/survey-definition.js';

/** `tk-error`: bad configuration or input, as the contract reports it. */
export interface TkErrorDetail {
  readonly message: string;
  readonly path: string;
  readonly problems?: readonly InputProblem[];
}

/** `tension-change` from `<tension-slider>`: the markers after a committed move. */
export interface TensionChangeDetail {
  readonly tension: string;
  readonly current: number | null;
  readonly desired: number | null;
}

/** `rubric-change` from `<stage-rubric>`: one dimension after the respondent changed it. */
export interface RubricChangeDetail {
  /** The dimension the respondent changed. */
  readonly dimension: string;
  /** Its stage now, or null while only a note or a target is given. */
  readonly stage: StageId | null;
  /** Its target stage, if any. */
  readonly target?: StageId;
  /** Its evidence note, if any. */
  readonly evidence?: string;
}

/** `survey-submit` from `<tension-survey>`: the validated response. */
export type SurveySubmitDetail = SurveyResponse;

/** `definition-change` from `<tension-survey>`: the checked definition it now asks, or null. */
export interface DefinitionChangeDetail {
  readonly definition: SurveyDefinition | null;
}

/** `gap-select` from `<gap-chart>`. */
export interface GapSelectDetail {
  /** The tension id now selected. */
  readonly tension: string;
}

/** A record that could not be imported, with the file (or pasted text) it came from. */
export interface RejectedLine extends Rejected {
  /** The file name, or the words for pasted text. */
  readonly from: string;
}

/** `responses-change` from `<team-results>`. */
export interface ResponsesChangeDetail {
  /** The responses of this check-in, one per respondent. */
  readonly responses: readonly SurveyResponse[];
  /** Every record that could not be imported so far, with its reason. */
  readonly rejected: readonly RejectedLine[];
}

/** `plan-change` from `<tension-plan>`: the plan after the facilitator changed it. */
export type PlanChangeDetail = PlanRecord;

/** Every custom event by name, with its detail. */
export interface TkEventMap {
  'tk-error': TkErrorDetail;
  'tension-change': TensionChangeDetail;
  'rubric-change': RubricChangeDetail;
  'survey-submit': SurveySubmitDetail;
  'definition-change': DefinitionChangeDetail;
  'gap-select': GapSelectDetail;
  'responses-change': ResponsesChangeDetail;
  'plan-change': PlanChangeDetail;
}

/** The native events an element fires as an input would (plain `Event`s, no detail). */
export type NativeEventType = 'input' | 'change';

export function emit<K extends keyof TkEventMap>(
  target: EventTarget,
  type: K,
  detail: TkEventMap[K],
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: false }),
  );
}

/** Native-like `input`/`change`: plain Events that bubble out of the shadow root. */
export function emitNative(target: EventTarget, type: NativeEventType): void {
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
  // Spelled out (an interface cannot merge a mapped type); EventMapComplete keeps it complete.
  interface HTMLElementEventMap {
    'tk-error': CustomEvent<TkErrorDetail>;
    'tension-change': CustomEvent<TensionChangeDetail>;
    'rubric-change': CustomEvent<RubricChangeDetail>;
    'survey-submit': CustomEvent<SurveySubmitDetail>;
    'definition-change': CustomEvent<DefinitionChangeDetail>;
    'gap-select': CustomEvent<GapSelectDetail>;
    'responses-change': CustomEvent<ResponsesChangeDetail>;
    'plan-change': CustomEvent<PlanChangeDetail>;
  }
}

/** Fails to compile when an event of `TkEventMap` is missing from `HTMLElementEventMap` above. */
export type EventMapComplete = {
  [K in keyof TkEventMap]: HTMLElementEventMap[K] extends CustomEvent<TkEventMap[K]> ? true : never;
};
