/**
 * The survey's submitted state: the response, and the result view with its share code and
 * download links. The view and the codec load on the first submit, so a page where nobody has
 * submitted yet does not carry them.
 */
import { nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SurveyResponse } from '../../core/schema.js';
import type { ResultFiles, ResultView } from './tension-survey-result.js';

/** What the result view needs from the survey besides the response. */
export type OutcomeArgs = Omit<ResultView, 'response' | 'files' | 'copied' | 'onCopy' | 'onEdit'>;

export class SurveyOutcome implements ReactiveController {
  /** The submitted response (validated), or null before a submit (and after Edit). */
  response: SurveyResponse | null = null;
  private view?: typeof import('./tension-survey-result.js');
  private files: ResultFiles | null = null;
  private copied = false;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.release();
  }

  /** Loads the view (on the first submit), makes the files and shows the response. */
  async show(response: SurveyResponse): Promise<void> {
    const view = (this.view ??= await import('./tension-survey-result.js'));
    this.release();
    this.files = view.prepareResult(response);
    this.response = response;
    this.host.requestUpdate();
  }

  /** Back to the questions (Edit, or a form reset). */
  clear(): void {
    this.response = null;
    this.copied = false;
    this.host.requestUpdate();
  }

  render(args: OutcomeArgs) {
    const { view, files, response } = this;
    if (!view || !files || !response) return nothing;
    return view.renderResult({
      ...args,
      response,
      files,
      copied: this.copied,
      onCopy: async () => {
        await view.copyShareCode(this.host.renderRoot, files.code);
        this.copied = true;
        this.host.requestUpdate();
      },
      onEdit: () => this.clear(),
    });
  }

  private release() {
    this.view?.releaseResult(this.files);
    this.files = null;
  }
}
