/**
 * A checked survey definition in one language: what `<tension-survey>` asks and how the charts
 * name its own tensions. No zod (the definition was checked by ./survey-definition.ts), no DOM.
 */
import { foreignLang, resolveText } from './localized-text.js';
import type { LocalizedText, ResolvedText } from './localized-text.js';
import type { Tension } from './schema.js';
import type { SurveyDefinition, TensionDefinition } from './survey-definition.js';

/** A survey's own tension in one language; `lang` when its text is not in the page's language. */
export interface ResolvedTension extends Tension {
  lang?: string;
}

/** One choice of the role question: what the response carries, and what the respondent reads. */
export interface RoleChoice {
  value: string;
  label: ResolvedText;
}

export interface ResolvedSurvey {
  survey: string;
  title?: ResolvedText;
  introduction?: ResolvedText;
  thankYou?: ResolvedText;
  roleLabel?: ResolvedText;
  roles: RoleChoice[];
  points: number;
  /** Every tension asked, in order: built-in ids and the survey's own. */
  tensionIds: string[];
  /** The survey's own tensions, by id. */
  custom: ReadonlyMap<string, ResolvedTension>;
  /** The rubric as `<tension-survey>`'s `rubric` attribute takes it (an id or JSON text). */
  rubric?: string;
}

const optional = (value: LocalizedText | undefined, locale: string) =>
  value === undefined ? undefined : resolveText(value, locale);

/**
 * A survey's own tension in `locale`. Its `lang` is the language its question was taken from when
 * that is not the page's (a tension's text usually comes all in one language).
 */
export function resolveTensionDefinition(
  tension: TensionDefinition,
  locale: string,
): ResolvedTension {
  const text = (value: LocalizedText) => resolveText(value, locale).text;
  const pole = (side: TensionDefinition['left']) => ({
    label: text(side.label),
    benefits: side.benefits.map(text),
  });
  const lang = foreignLang(resolveText(tension.question, locale), locale);
  return {
    id: tension.id,
    name: text(tension.name),
    question: text(tension.question),
    left: pole(tension.left),
    right: pole(tension.right),
    ...(lang ? { lang } : {}),
  };
}

/** The survey's own tensions in `locale`, in the definition's order. */
export function definitionTensions(
  definition: SurveyDefinition | null | undefined,
  locale: string,
): ResolvedTension[] {
  const out: ResolvedTension[] = [];
  for (const entry of definition?.tensions ?? [])
    if (typeof entry !== 'string') out.push(resolveTensionDefinition(entry, locale));
  return out;
}

/**
 * Built-in tensions' text (a language's, a locale pack's) with a definition's own tensions after
 * them: what a chart or result names tensions by. Without a definition, the list as it is.
 */
export function withDefinitionTensions(
  builtIn: readonly Tension[],
  definition: SurveyDefinition | null | undefined,
  locale: string,
): readonly Tension[] {
  const custom = definitionTensions(definition, locale);
  return custom.length ? [...builtIn, ...custom] : builtIn;
}

/**
 * A definition in `locale`. A role choice's value is its English text (or the first language
 * given), so a team's responses group by role whatever language each person answered in.
 */
export function resolveSurveyDefinition(
  definition: SurveyDefinition,
  locale: string,
): ResolvedSurvey {
  const custom = new Map(definitionTensions(definition, locale).map((t) => [t.id, t]));
  const rubric = definition.rubric;
  return {
    survey: definition.id,
    title: optional(definition.title, locale),
    introduction: optional(definition.introduction, locale),
    thankYou: optional(definition.thankYou, locale),
    roleLabel: optional(definition.roleQuestion?.label, locale),
    roles: (definition.roleQuestion?.choices ?? []).map((choice) => ({
      value: resolveText(choice, 'en').text,
      label: resolveText(choice, locale),
    })),
    points: definition.points,
    tensionIds: definition.tensions.map((entry) => (typeof entry === 'string' ? entry : entry.id)),
    custom,
    rubric: rubric === undefined || typeof rubric === 'string' ? rubric : JSON.stringify(rubric),
  };
}
