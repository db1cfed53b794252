/**
 * Which layout `<tension-survey>` draws: the steps layout for `layout="steps"`, and for "auto" on a
 * window under 600px wide (decided at connect and again when the window crosses it); the page
 * layout otherwise. The steps layout's module loads only where it is first drawn.
 */
import { nothing } from 'lit';
import type { ReactiveControllerHost } from 'lit';
import type { StepsView, SurveySteps } from './tension-survey.steps.js';

type Host = ReactiveControllerHost &
  HTMLElement & { renderRoot: ParentNode; layout: string; strings: unknown };

export class SurveyLayout {
  readonly #host: Host;
  readonly #narrow = matchMedia('(width < 600px)');
  #steps?: SurveySteps;
  /** The steps module loading (or loaded), once the steps layout was first drawn. */
  loading?: Promise<void>;

  constructor(host: Host) {
    this.#host = host;
    this.#narrow.onchange = () => host.requestUpdate();
  }

  /** True while the steps layout is the one drawn. */
  get stepped(): boolean {
    const { layout } = this.#host;
    return layout === 'steps' || (layout !== 'page' && this.#narrow.matches);
  }

  /** The steps layout, or nothing for the moment its module takes to load. */
  render(view: () => StepsView) {
    this.loading ??= import('./tension-survey.steps.js').then(({ SurveySteps }) => {
      this.#steps = new SurveySteps(this.#host);
      this.#host.requestUpdate();
    });
    return this.#steps?.render(view()) ?? nothing;
  }
}
