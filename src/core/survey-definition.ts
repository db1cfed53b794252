/**
 * A survey definition: a district's own survey for `<tension-survey>`, with its title,
 * introduction, thank-you, role question, scale, tensions (built-in ids or its own, in the shape of
 * `tensionSchema` with text in one or more languages) and rubric. Read without zod (as
 * ./plain-checks.ts reads the survey's attributes): zod's schema types the survey pulls into every
 * element's first load would cost about 2 KB gzip, for checks that are plain loops. The zod schema
 * core exports (./survey-definition-schema.ts) runs these same checks, and a rubric's schema on an
 * inline rubric. The text for one language comes from ./survey-definition-resolve.ts. No DOM.
 */
import { DEFAULT_POINTS } from './constants.js';
import { TENSION_IDS, isTensionId } from './ids.js';
import type { LocalizedText } from './localized-text.js';
import type { InputProblem, ParseResult } from './parse.js';
import {
  isObjectLike,
  pointsProblems,
  problemList,
  slugProblem,
  textProblems,
  wrongType,
} from './plain-checks.js';
import type { Rubric } from './rubric-schema.js';

export type { LocalizedText, ResolvedText } from './localized-text.js';

/** A pole of a survey's own tension: its label and up to six benefits. */
export interface PoleDefinition {
  label: LocalizedText;
  benefits: LocalizedText[];
}

/** A survey's own tension: `tensionSchema`'s shape, its text in one or more languages. */
export interface TensionDefinition {
  id: string;
  name: LocalizedText;
  question: LocalizedText;
  left: PoleDefinition;
  right: PoleDefinition;
}

/** A checked survey definition (`points` filled in, each pole's `benefits` a list). */
export interface SurveyDefinition {
  /** The survey id written into each response. */
  id: string;
  title?: LocalizedText;
  introduction?: LocalizedText;
  thankYou?: LocalizedText;
  roleQuestion?: { label?: LocalizedText; choices: LocalizedText[] };
  points: number;
  /** Built-in tension ids and the survey's own tensions, in the order asked. */
  tensions: (string | TensionDefinition)[];
  /** A built-in rubric id, or a rubric. */
  rubric?: string | Rubric;
}

/** A definition as a page writes it: `points` and the poles' `benefits` may be left out. */
export type SurveyDefinitionInput = Omit<SurveyDefinition, 'points' | 'tensions'> & {
  points?: number;
  tensions: (
    | string
    | (Omit<TensionDefinition, 'left' | 'right'> & {
        left: Omit<PoleDefinition, 'benefits'> & { benefits?: LocalizedText[] };
        right: Omit<PoleDefinition, 'benefits'> & { benefits?: LocalizedText[] };
      })
  )[];
};

type Add = (path: string, message: string | undefined) => void;

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
const at = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** Fields not in `known` are named, so a misspelling (`thankyou`) is not silently ignored. */
function checkFields(value: object, known: readonly string[], path: string, add: Add) {
  const unknown = Object.keys(value).filter((key) => !known.includes(key));
  if (unknown.length)
    add(
      path,
      `There is no field ${unknown.map((key) => `"${key}"`).join(', ')} here; check its spelling.`,
    );
}

/** Text of at most `max` characters, plain or by language tag; problems name the language. */
function checkText(value: unknown, max: number, path: string, add: Add) {
  if (typeof value === 'string' || value === undefined) {
    for (const message of textProblems(value, max)) add(path, message);
  } else if (!isObjectLike(value)) {
    add(path, 'Use text, or text by language such as {"en": "…", "es": "…"}.');
  } else {
    const entries = Object.entries(value as object);
    if (!entries.length) add(path, 'Give the text in at least one language.');
    for (const [tag, text] of entries) {
      if (!LANGUAGE_TAG.test(tag)) add(at(path, tag), 'Use a language tag such as "en" or "es".');
      for (const message of textProblems(text, max)) add(at(path, tag), message);
    }
  }
}

function checkList(
  value: unknown,
  path: string,
  add: Add,
  each: (item: unknown, at: string) => void,
) {
  if (!Array.isArray(value)) return add(path, wrongType(value, 'a list'));
  for (let index = 0; index < value.length; index++) each(value[index], at(path, index));
}

function checkPole(value: unknown, path: string, add: Add) {
  if (!isObjectLike(value)) return add(path, wrongType(value, 'an object with named fields'));
  const pole = value as Record<string, unknown>;
  checkFields(pole, ['label', 'benefits'], path, add);
  checkText(pole.label, 80, at(path, 'label'), add);
  if (pole.benefits === undefined) return;
  checkList(pole.benefits, at(path, 'benefits'), add, (benefit, where) =>
    checkText(benefit, 240, where, add),
  );
  if (Array.isArray(pole.benefits) && pole.benefits.length > 6)
    add(at(path, 'benefits'), 'List at most six benefits for a pole.');
}

function checkTension(value: unknown, path: string, add: Add) {
  if (typeof value === 'string') {
    if (!isTensionId(value))
      add(
        path,
        `"${value}" is not a built-in tension; use one of ${TENSION_IDS.join(', ')}, or a tension object with id, name, question, left and right.`,
      );
    return;
  }
  if (!isObjectLike(value)) return add(path, 'Use a built-in tension id, or a tension object.');
  const tension = value as Record<string, unknown>;
  checkFields(tension, ['id', 'name', 'question', 'left', 'right'], path, add);
  add(at(path, 'id'), slugProblem(tension.id));
  if (typeof tension.id === 'string' && isTensionId(tension.id))
    add(
      at(path, 'id'),
      `"${tension.id}" is a built-in tension's id; give your own tension another id, or use "${tension.id}" alone for the built-in one.`,
    );
  checkText(tension.name, 80, at(path, 'name'), add);
  checkText(tension.question, 240, at(path, 'question'), add);
  checkPole(tension.left, at(path, 'left'), add);
  checkPole(tension.right, at(path, 'right'), add);
}

const FIELDS = [
  'id',
  'title',
  'introduction',
  'thankYou',
  'roleQuestion',
  'points',
  'tensions',
  'rubric',
];

/**
 * Every problem with a definition, each naming its field (`tensions[2].left.label`, `title.es`).
 * An inline rubric is checked as an object only here; `checkRubric` (the rubric's schema, in
 * core's `parseSurveyDefinition`) checks the rest, and `<stage-rubric>` does when it draws it.
 */
export function surveyDefinitionProblems(
  value: unknown,
  checkRubric?: (rubric: unknown) => readonly InputProblem[],
): InputProblem[] {
  const { problems, add } = problemList();
  if (!isObjectLike(value)) {
    add('', wrongType(value, 'an object with named fields'));
    return problems;
  }
  const definition = value as Record<string, unknown>;
  checkFields(definition, FIELDS, '', add);
  add('id', slugProblem(definition.id));
  if (definition.title !== undefined) checkText(definition.title, 160, 'title', add);
  if (definition.introduction !== undefined)
    checkText(definition.introduction, 2000, 'introduction', add);
  if (definition.thankYou !== undefined) checkText(definition.thankYou, 1000, 'thankYou', add);
  const role = definition.roleQuestion;
  if (role !== undefined) {
    if (!isObjectLike(role)) add('roleQuestion', wrongType(role, 'an object with named fields'));
    else {
      const { label, choices } = role as Record<string, unknown>;
      checkFields(role as object, ['label', 'choices'], 'roleQuestion', add);
      if (label !== undefined) checkText(label, 160, 'roleQuestion.label', add);
      checkList(choices, 'roleQuestion.choices', add, (choice, where) =>
        checkText(choice, 60, where, add),
      );
      if (Array.isArray(choices) && !choices.length)
        add('roleQuestion.choices', 'A role question needs at least one choice.');
    }
  }
  if (definition.points !== undefined)
    for (const message of pointsProblems(definition.points)) add('points', message);
  const seen = new Set<unknown>();
  checkList(definition.tensions, 'tensions', add, (tension, where) => {
    checkTension(tension, where, add);
    const inline = isObjectLike(tension);
    const id = inline ? (tension as { id?: unknown }).id : tension;
    if (typeof id === 'string' && seen.has(id))
      add(
        inline ? `${where}.id` : where,
        `The tension "${id}" is in this survey twice; ask each tension once.`,
      );
    seen.add(id);
  });
  if (Array.isArray(definition.tensions) && !definition.tensions.length)
    add('tensions', 'A survey needs at least one tension.');
  const rubric = definition.rubric;
  if (typeof rubric === 'string') add('rubric', slugProblem(rubric));
  else if (rubric !== undefined && !isObjectLike(rubric))
    add('rubric', 'Use a built-in rubric id, or a rubric object.');
  else if (rubric !== undefined && checkRubric)
    for (const problem of checkRubric(rubric)) add(at('rubric', problem.path), problem.message);
  return problems;
}

/** A checked definition with its defaults: 7 points, an empty list of benefits. */
function withDefaults(input: SurveyDefinitionInput): SurveyDefinition {
  const pole = (side: { label: LocalizedText; benefits?: LocalizedText[] }) => ({
    label: side.label,
    benefits: side.benefits ?? [],
  });
  return {
    ...input,
    points: input.points ?? DEFAULT_POINTS,
    tensions: input.tensions.map((tension) =>
      typeof tension === 'string'
        ? tension
        : { ...tension, left: pole(tension.left), right: pole(tension.right) },
    ),
  };
}

/**
 * Reads a survey definition (an object, or its JSON text). Never throws: every problem names its
 * field. `checkRubric` checks an inline rubric further (see `surveyDefinitionProblems`).
 */
export function checkSurveyDefinition(
  input: unknown,
  checkRubric?: (rubric: unknown) => readonly InputProblem[],
): ParseResult<SurveyDefinition> {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      const reason = (error as Error).message;
      return {
        ok: false,
        problems: [{ path: '', message: `The survey definition is not valid JSON (${reason}).` }],
      };
    }
  }
  const problems = surveyDefinitionProblems(value, checkRubric);
  return problems.length
    ? { ok: false, problems }
    : { ok: true, value: withDefaults(value as SurveyDefinitionInput) };
}
