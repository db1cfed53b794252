/**
 * The plan `<team-results>` checks back against: takes what the page gives (a plan object, or a
 * share code's or JSON file's text), loads the check-back chunk (./team-results.plan.ts) only when
 * there is a plan, and keeps the plan that was read or the problems that name its bad fields.
 */
import { nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PlanRecord } from '../../core/plan/schema.js';
import type { InputProblem, SurveyResponse } from '../../core/schema.js';
import type { CheckBackText } from './team-results.plan.js';

const view = () => import('./team-results.plan.js');
type View = Awaited<ReturnType<typeof view>>;

export class PlanCheck implements ReactiveController {
  /** The plan read, or null (none given, not loaded yet, or unreadable). */
  plan: PlanRecord | null = null;
  /** Why the plan given could not be read, each with its path under `plan`. */
  problems: InputProblem[] = [];
  #view?: View;
  #given: unknown = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Reads what the page gave as `plan` (once per value). */
  read(input: unknown): void {
    if (input === this.#given) return;
    this.#given = input;
    this.plan = null;
    this.problems = [];
    if (input == null || input === '') return;
    void view().then((loaded) => {
      if (this.#given !== input) return; // another plan was given meanwhile
      this.#view = loaded;
      const { plan, problems } = loaded.readPlan(input);
      this.plan = plan;
      this.problems = problems.map((p) => ({ ...p, path: p.path ? `plan.${p.path}` : 'plan' }));
      this.host.requestUpdate();
    });
  }

  /** The plan's aims by tension, for the gap chart; null without a plan. */
  aims(): Record<string, number> | null {
    return this.plan && this.#view ? this.#view.aimsOf(this.plan) : null;
  }

  render(
    checkIn: readonly SurveyResponse[],
    baseline: readonly SurveyResponse[] | null,
    text: CheckBackText,
  ) {
    if (!this.plan || !this.#view) return nothing;
    return this.#view.checkBackTemplate(this.plan, checkIn, baseline, text);
  }
}
