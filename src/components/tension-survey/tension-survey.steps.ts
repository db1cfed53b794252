/**
 * `<tension-survey>`'s steps layout: one question at a time with Back and Next, a progress bar
 * that stays in view, and a review of every answer before Submit. Loaded only where the layout
 * is used (`layout="steps"`, or a narrow screen), with its own words and styles. Every section
 * stays drawn (the others hidden), so the survey's checks, form state and rubric section work as
 * in the page layout; this module decides which one shows, and where focus goes.
 */
import { marksOf } from '../../core/draft-state.js';
import { css, html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { RespondentText } from '../../core/catalog/on-demand.js';
import { format, withOverrides } from '../../core/i18n/index.js';
import { positionWords } from '../../core/i18n/position-words.js';
import { surveyStepsStrings } from '../../core/i18n/tension-survey-steps.js';
import type { StoredDraft } from '../../core/draft-state.js';
import { stepIndex, stepPlace, surveySteps } from '../../core/survey-steps.js';
import type { SurveyStep } from '../../core/survey-steps.js';
import type { ResolvedTension } from '../../core/survey-definition-resolve.js';
import type { Invalid } from '../../internal/form-control.js';
import { localeOf } from '../../internal/locale.js';
import type { LocalePacks } from '../../internal/locale-packs.js';
import type { MarkedText } from './tension-survey.parts.js';

const styles = css`
  .bar {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding-block: 0.5rem;
    background: var(--_surface);
    border-bottom: 1px solid var(--_track);
  }
  .meter {
    flex: 1;
    height: 0.5rem;
    border-radius: 0.25rem;
    background: var(--_track);
    overflow: hidden;
  }
  .meter i {
    display: block;
    height: 100%;
    width: var(--done);
    background: var(--_accent);
  }
  h2 {
    font-size: 1.2em;
    margin-block: var(--_gap);
    outline: none;
  }
  [hidden] {
    display: none !important;
  }
  .nav {
    display: flex;
    gap: 1rem;
    justify-content: space-between;
    margin-block: var(--_gap);
  }
  .nav :last-child {
    margin-inline-start: auto;
  }
  .review li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.25rem 1rem;
    padding-block: 0.4rem;
    border-bottom: 1px solid var(--_track);
  }
  .review {
    list-style: none;
    padding: 0;
  }
`;

/** An element the survey can ask to say what is missing (a slider, the rubric). */
type Checkable = HTMLElement & {
  required: boolean;
  updateComplete: Promise<boolean>;
  checkValidity(): boolean;
};

/** What the survey gives the layout on each render. */
export interface StepsView {
  /** The tensions' text and the survey's and slider's words, in the page's language. */
  text: RespondentText;
  /** The page's locale pack, whose `tension-survey` section holds the layout's words too. */
  packs: Pick<LocalePacks, 'in'>;
  ids: readonly string[];
  points: number;
  /** The survey's state: role, answers, and the step on screen (its key), as its draft keeps them. */
  draft: Pick<StoredDraft, 'role' | 'answers' | 'step'>;
  /** The rubric section's rated and total dimensions, when the survey has one drawn. */
  rubric?: { rated: number; total: number } | undefined;
  /** Notices above the steps (configuration, drafts). */
  notices: unknown;
  /** The role question, or null for a survey without one. */
  roleQuestion: TemplateResult | null;
  /** The role question's label, with its language when a definition's is in another one. */
  roleLabel: MarkedText;
  /** The tension sections, then the rubric section when there is one. */
  sections: TemplateResult[];
  disabled: boolean;
  /** What is still to answer, as the survey's checks see it: [label, element]. */
  missing: () => Invalid[];
  /** Shows another step (the survey keeps it, and saves its draft). */
  go: (key: string) => void;
  submit: () => void;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode; strings: unknown };

export class SurveySteps {
  readonly #host: Host;
  /** The role step's error after a Next that found it unanswered (else empty). */
  #roleError = '';

  constructor(host: Host) {
    this.#host = host;
    const root = host.renderRoot as ShadowRoot;
    // Adopted, not an inline <style>: a page's style-src policy does not apply to it.
    if (styles.styleSheet)
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
  }

  render(v: StepsView) {
    const s = withOverrides(
      v.packs.in(surveyStepsStrings[localeOf(this.#host)], (pack) => pack['tension-survey']),
      this.#host.strings,
    );
    const steps = surveySteps({
      roles: !!v.roleQuestion,
      tensions: v.ids,
      rubric: v.sections.length > v.ids.length,
    });
    const index = stepIndex(steps, v.draft.step);
    const step = steps[index]!;
    const place = stepPlace(steps, index);
    const where = place.tension
      ? format(s.tensionOf, { n: place.tension, total: place.tensions })
      : format(s.stepOf, { n: place.now, total: place.total });
    const title = this.#title(step, v, s.rubricStep, s.review);
    const shown = (key: string) => key !== step.key;
    const error = step.kind === 'role' && !v.draft.role && this.#roleError;
    void this.#host.updateComplete.then(() => this.#markRole(!!error));
    return html`${v.notices}
      <div class="bar">
        <div
          class="meter"
          role="progressbar"
          aria-label=${format(s.stepOf, { n: place.now, total: place.total })}
          aria-valuemin="1"
          aria-valuemax=${place.total}
          aria-valuenow=${place.now}
          aria-valuetext=${where}
          style="--done:${(place.now / place.total) * 100}%"
        >
          <i></i>
        </div>
        <span aria-hidden="true">${where}</span>
      </div>
      <h2 tabindex="-1">${title}</h2>
      ${v.roleQuestion ? html`<div ?hidden=${shown('role')}>${v.roleQuestion}</div>` : nothing}
      ${v.sections.map(
        (section, at) => html`<div ?hidden=${shown(v.ids[at] ?? 'rubric')}>${section}</div>`,
      )}
      ${error ? html`<p id="step-err" class="err" role="alert">${error}</p>` : nothing}
      ${step.kind === 'review' ? this.#review(steps, v, s) : nothing}
      <div class="nav">
        ${
          index
            ? html`<button type="button" @click=${() => this.#show(v, steps[index - 1]!)}>
                ${s.back}
              </button>`
            : nothing
        }
        ${
          step.kind === 'review'
            ? html`<button
                class="go"
                type="button"
                part="submit"
                ?disabled=${v.disabled}
                @click=${() => this.#submit(v, steps)}
              >
                ${v.text.survey.submit}
              </button>`
            : html`<button class="go" type="button" @click=${() => this.#next(v, steps, index)}>
                ${s.next}
              </button>`
        }
      </div>`;
  }

  /** The step's heading; a definition's text in another language says which (WCAG 3.1.2). */
  #title(step: SurveyStep, v: StepsView, rubric: string, review: string) {
    const marked = ({ text, lang }: MarkedText) =>
      lang ? html`<span lang=${lang}>${text}</span>` : text;
    if (step.kind === 'tension') {
      const tension: ResolvedTension | undefined = v.text.tensions.find(({ id }) => id === step.id);
      return marked({ text: tension?.name ?? step.id, lang: tension?.lang });
    }
    return step.kind === 'role' ? marked(v.roleLabel) : step.kind === 'rubric' ? rubric : review;
  }

  /** Every answer in words, each with a Change button back to its step. */
  #review(steps: SurveyStep[], v: StepsView, s: Record<string, string>) {
    const words = v.text.slider;
    const item = (step: SurveyStep, label: string, answer: string) =>
      html`<li>
        <span><strong>${label}</strong>: ${answer}</span>
        <button type="button" @click=${() => this.#show(v, step)}>
          ${s.change}<span class="visually-hidden">: ${label}</span>
        </button>
      </li>`;
    const rows = steps.map((step) => {
      if (step.kind === 'role') return item(step, v.text.survey.role, v.draft.role || s.noRole!);
      if (step.kind === 'rubric')
        return item(
          step,
          s.rubricStep!,
          format(s.rubricRated!, { n: v.rubric?.rated ?? 0, total: v.rubric?.total ?? 0 }),
        );
      if (step.kind === 'review') return nothing;
      const tension = v.text.tensions.find((candidate) => candidate.id === step.id)!;
      const say = (mark: number | null | undefined) =>
        mark
          ? positionWords(words, mark, v.points, tension.left.label, tension.right.label)
          : mark === 0
            ? words.unsure.toLowerCase()
            : words.unanswered;
      const [now, should] = marksOf(v.draft.answers, step.id);
      return item(step, tension.name, format(s.answer!, { now: say(now), should: say(should) }));
    });
    return html`<p>${s.reviewIntro}</p>
      <ul class="review">
        ${rows}
      </ul>`;
  }

  /** The select is the survey's (drawn for both layouts): marked here, only while in error. */
  #markRole(invalid: boolean) {
    const select = this.#host.renderRoot.querySelector('select');
    for (const [name, value] of [
      ['aria-invalid', 'true'],
      ['aria-describedby', 'step-err'],
    ] as const) {
      if (invalid) select?.setAttribute(name, value);
      else select?.removeAttribute(name);
    }
  }

  /** Shows a step and moves focus to its heading. */
  async #show(v: StepsView, step: SurveyStep) {
    this.#roleError = '';
    v.go(step.key);
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  /** What the survey misses on one step. */
  #missingOn(v: StepsView, step: SurveyStep) {
    return v.missing().filter(([, element]) => {
      const name = element?.localName;
      if (step.kind === 'role') return name === 'select';
      if (step.kind === 'rubric') return name === 'stage-rubric';
      return step.kind === 'tension' && (element as { tension?: string }).tension === step.id;
    });
  }

  /** Next: on to the next step, or (an answer missing) the error, tied to its control. */
  async #next(v: StepsView, steps: SurveyStep[], index: number) {
    const step = steps[index]!;
    if (await this.#report(v, step)) return;
    await this.#show(v, steps[index + 1]!);
  }

  /** Says what is missing on a step, at its control; true when something is. */
  async #report(v: StepsView, step: SurveyStep): Promise<boolean> {
    const [missing] = this.#missingOn(v, step);
    if (!missing) return false;
    const [label, element] = missing;
    if (step.kind === 'role') {
      this.#roleError = format(v.text.survey.missing, { list: label });
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      this.#markRole(true);
    } else {
      // The element's own message, tied to the marker or stage still to answer.
      const checkable = element as Checkable;
      checkable.required = true;
      await checkable.updateComplete;
      // checkValidity, not reportValidity: the message shows beside the control, no bubble over it.
      checkable.checkValidity();
      await checkable.updateComplete;
    }
    element?.focus();
    return true;
  }

  /** Submit from the review: the first step with an answer missing shows it, else the survey submits. */
  async #submit(v: StepsView, steps: SurveyStep[]) {
    for (const step of steps) {
      if (!this.#missingOn(v, step).length) continue;
      await this.#show(v, step);
      await this.#report(v, step);
      return;
    }
    v.submit();
  }
}
