/**
 * What `<tension-survey>` asks, from its attributes or, when it has one, its survey definition (a
 * `definition` property or a `<script type="application/json">` child): the definition wins over
 * `tensions`, `roles`, `points`, `survey` and `rubric`. The definition's schema loads only when
 * there is one (internal/survey-definition.ts), and with it what reads the definition in one
 * language: a survey without a definition carries neither in its first load.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RespondentText } from '../../core/catalog/on-demand.js';
import type { DraftFit } from '../../core/draft-fit.js';
import type { ResolvedText } from '../../core/localized-text.js';
import type { InputProblem } from '../../core/parse.js';
import { surveyConfig } from '../../core/survey-config.js';
import type { SurveyConfigInput } from '../../core/survey-config.js';
import type { ResolvedSurvey } from '../../core/survey-definition-resolve.js';
import type { SurveyDefinition } from '../../core/survey-definition.js';
import { emit } from '../../internal/events.js';
import { closestLang } from '../../internal/locale.js';
import { DefinitionSource } from '../../internal/survey-definition.js';
import { introTemplate } from './tension-survey.parts.js';
import type { MarkedText, RoleOption } from './tension-survey.parts.js';

/** The survey's inputs this module reads. */
export interface SurveyInputs extends SurveyConfigInput {
  rubric: string | null;
  definition: unknown;
}

/** What the survey asks, as checked (see SurveyDefinitionState.read). */
export interface AskedSurvey {
  ids: string[];
  roles: RoleOption[];
  points: number;
  /** The survey id written into the response. */
  survey: string;
  /** The rubric section as the `rubric` attribute takes it, or null for none. */
  rubric: string | null;
  problems: InputProblem[];
  /** The definition in the page's language, when there is a good one. */
  defined: ResolvedSurvey | null;
  /** True while the definition's schema loads: nothing is drawn yet. */
  loading: boolean;
}

/** The attribute checks a definition replaces (its own fields are checked by its schema). */
const REPLACED = /^(tensions|roles|points|survey)\b/;

type Reader = NonNullable<DefinitionSource['reader']>;

const marked = (reader: Reader, text: ResolvedText | undefined, lang: string) =>
  text && ({ text: text.text, lang: reader.foreignLang(text, lang) } as MarkedText);

export class SurveyDefinitionState implements ReactiveController {
  readonly #source: DefinitionSource;
  readonly #host: ReactiveControllerHost & HTMLElement & SurveyInputs;
  /** The checked definition in use, or null. */
  active: SurveyDefinition | null = null;
  /** The definition last told to the page (`definition-change`). */
  #announced: SurveyDefinition | null = null;
  /** The definition given could not be used at the last read (bad, or its checks not loaded). */
  #unusable = false;
  /** That definition in the page's language, as last read. */
  #defined: ResolvedSurvey | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement & SurveyInputs) {
    this.#host = host;
    this.#source = new DefinitionSource(host, { children: true });
    host.addController(this);
  }

  hostUpdated(): void {
    this.#announce();
  }

  /** What the survey asks now: from the definition when there is one, else the attributes. */
  read(): AskedSurvey {
    const host = this.#host;
    const config = surveyConfig(host);
    const read = this.#source.read(host.definition);
    this.active = read?.definition ?? null;
    this.#unusable = !!read?.problems.length;
    this.#defined = null;
    const asked: AskedSurvey = {
      ids: config.ids,
      roles: config.roles.map((role) => ({ value: role, label: role })),
      points: config.points,
      survey: typeof host.survey === 'string' ? host.survey : '',
      rubric: host.rubric,
      problems: config.problems,
      defined: null,
      loading: !read,
    };
    if (!read) return asked;
    if (read.problems.length) {
      // A bad definition is not used: nothing to answer rather than the wrong questions.
      return { ...asked, ids: [], roles: [], problems: [...config.problems, ...read.problems] };
    }
    // A definition is read only once its reader has loaded (DefinitionSource.read).
    if (!read.definition) return asked;
    const reader = this.#source.reader;
    if (!reader) return asked;
    const lang = closestLang(host) || 'en';
    const defined = (this.#defined = reader.resolveSurveyDefinition(read.definition, lang));
    return {
      ids: defined.tensionIds,
      roles: defined.roles.map(({ value, label }) => ({
        value,
        label: label.text,
        lang: reader.foreignLang(label, lang),
      })),
      points: defined.points,
      survey: defined.survey,
      rubric: defined.rubric ?? host.rubric,
      problems: config.problems.filter((problem) => !REPLACED.test(problem.path)),
      defined,
      loading: false,
    };
  }

  /**
   * The text shown for a chosen role, as the respondent read it (the steps layout's review): a
   * definition's choice in the page's language, else the value itself.
   */
  roleLabel(value: string): string {
    return this.#defined?.roles.find((role) => role.value === value)?.label.text ?? value;
  }

  /**
   * What a stored draft is fitted to: the tension ids, role values and scale asked; null while
   * the definition cannot be used (bad, or its checks did not load), so the draft stays as stored
   * rather than every answer being set aside.
   */
  fit(): DraftFit | null {
    const asked = this.read();
    if (this.#unusable) return null;
    return { ...asked, roles: asked.roles.map(({ value }) => value) };
  }

  /** The page's text with the definition's on top: its own tensions and its role question. */
  text(text: RespondentText, defined: ResolvedSurvey | null): RespondentText {
    if (!defined) return text;
    const role = defined.roleLabel?.text;
    return {
      ...text,
      tensions: [...text.tensions, ...defined.custom.values()],
      survey: role ? { ...text.survey, role } : text.survey,
    };
  }

  /** The definition's title, introduction and thank-you, with their language where foreign. */
  words() {
    const lang = closestLang(this.#host) || 'en';
    const defined = this.#defined;
    // Asked for only with a definition: the getter starts the reader's load.
    const reader = defined && this.#source.reader;
    if (!defined || !reader) return {};
    return {
      title: marked(reader, defined.title, lang),
      introduction: marked(reader, defined.introduction, lang),
      thankYou: marked(reader, defined.thankYou, lang),
      roleLabel: marked(reader, defined.roleLabel, lang),
    };
  }

  /**
   * The role question's label as shown (`shown`), marked with its language when it is the
   * definition's (not when `strings` replaced it).
   */
  markedLabel(shown: string): MarkedText {
    const label = this.words().roleLabel;
    return label?.text === shown ? label : { text: shown };
  }

  /** The definition's title and introduction, above the questions in either layout. */
  intro(headingLevel: number) {
    const { title, introduction } = this.words();
    return introTemplate(headingLevel, title, introduction);
  }

  /**
   * After an update: tells the page, and a `<gap-chart for>` following this survey, when the
   * definition in use changed (it arrives a moment after the element, once its checks load).
   */
  #announce(): void {
    if (this.active === this.#announced) return;
    this.#announced = this.active;
    emit(this.#host, 'definition-change', { definition: this.active });
  }

  /** The definition's schema, once a definition is given (for a draft read before the first update). */
  async ready(): Promise<void> {
    this.#source.read(this.#host.definition);
    await this.#source.pending;
  }

  /** The schema's load, for `updateComplete` to wait for. */
  get pending(): Promise<unknown> | undefined {
    return this.#source.pending;
  }
}
