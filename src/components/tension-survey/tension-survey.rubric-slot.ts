/**
 * Where the survey's rubric section goes: its module (with `<stage-rubric>`) loads the first time
 * a survey asks for a rubric, so a survey without one does not carry it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { RubricSection, RubricState } from './tension-survey.rubric.js';

export class RubricSlot {
  /** The section, once its module has loaded. */
  section?: RubricSection;
  /** Why the module did not load, for the survey's configuration message; "" while fine. */
  error = '';
  #asked = false;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly state: RubricState,
    private readonly answered: () => void,
  ) {}

  /** Loads the section (once); the survey updates when it is here or has failed. */
  load(): void {
    if (this.#asked) return;
    this.#asked = true;
    import('./tension-survey.rubric.js').then(
      ({ RubricSection }) => {
        this.section = new RubricSection(this.host, this.state, this.answered);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.error = `The rubric could not be loaded (${(error as Error).message}).`;
        this.host.requestUpdate();
      },
    );
  }
}
