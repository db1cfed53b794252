/**
 * A survey definition: a district's own survey for `<tension-survey>`, with its title,
 * introduction, thank-you, role question, scale, tensions (built-in ids or its own, in the shape of
 * `tensionSchema` with text in one or more languages) and rubric. The schema and its parser; the
 * text for one language comes from ./survey-definition-resolve.ts. No DOM.
 *
 * Elements load this module only when a page gives a definition: its checks are zod's.
 */
import * as z from 'zod/mini';
import { DEFAULT_POINTS } from './constants.js';
import { TENSION_IDS, isTensionId } from './ids.js';
import type { LocalizedText } from './localized-text.js';
import { safeParse, slug } from './parse.js';
import type { InputProblem, ParseResult } from './parse.js';
import { isObjectLike, textProblems, wrongType } from './plain-checks.js';
import { rubricSchema } from './rubric-schema.js';
import type { Rubric } from './rubric-schema.js';
import { pointsSchema } from './schema.js';

export type { LocalizedText, ResolvedText } from './localized-text.js';

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** A misspelled field is named rather than ignored (`thankyou` for `thankYou`). */
const strict = {
  error: (issue: z.core.$ZodRawIssue) =>
    issue.code === 'unrecognized_keys'
      ? `There is no field ${(issue.keys as string[]).map((key) => `"${key}"`).join(', ')} here; check its spelling.`
      : undefined,
};

/** Adds another schema's problems under the current path (their paths are already dotted text). */
function addProblems(
  ctx: { issues: unknown[] },
  input: unknown,
  problems: readonly InputProblem[],
): void {
  // A dotted path as one key: formatPath joins it back to "tensions[2].left.label".
  for (const { path, message } of problems)
    ctx.issues.push({ code: 'custom', input, path: path ? [path] : [], message });
}

/**
 * Text of at most `max` characters, as a plain string or by language tag
 * (`{ "en": "Pace", "es": "Ritmo" }`, at least one language). A problem names the language:
 * `title.es`.
 */
export const localizedTextSchema = (max: number) =>
  /* @__PURE__ */ z
    .custom<LocalizedText>(() => true)
    .check(
      /* @__PURE__ */ z.superRefine((value: unknown, ctx) => {
        const problems: InputProblem[] = [];
        if (typeof value === 'string') {
          for (const message of textProblems(value, max)) problems.push({ path: '', message });
        } else if (!isObjectLike(value)) {
          problems.push({
            path: '',
            message:
              value === undefined
                ? wrongType(value, 'text')
                : 'Use text, or text by language such as {"en": "…", "es": "…"}.',
          });
        } else {
          const entries = Object.entries(value as object);
          if (!entries.length)
            problems.push({ path: '', message: 'Give the text in at least one language.' });
          for (const [tag, text] of entries) {
            if (!LANGUAGE_TAG.test(tag))
              problems.push({ path: tag, message: 'Use a language tag such as "en" or "es".' });
            for (const message of textProblems(text, max)) problems.push({ path: tag, message });
          }
        }
        addProblems(ctx, value, problems);
      }),
    );

const poleDefinitionSchema = /* @__PURE__ */ z.strictObject(
  {
    label: /* @__PURE__ */ localizedTextSchema(80),
    benefits: /* @__PURE__ */ z._default(
      /* @__PURE__ */ z
        .array(/* @__PURE__ */ localizedTextSchema(240))
        .check(/* @__PURE__ */ z.maxLength(6, 'List at most six benefits for a pole.')),
      [],
    ),
  },
  strict,
);

/** A survey's own tension: `tensionSchema`'s shape, its text in one or more languages. */
export const tensionDefinitionSchema = /* @__PURE__ */ z.strictObject(
  {
    id: slug,
    name: /* @__PURE__ */ localizedTextSchema(80),
    question: /* @__PURE__ */ localizedTextSchema(240),
    left: poleDefinitionSchema,
    right: poleDefinitionSchema,
  },
  strict,
);

export type TensionDefinition = z.output<typeof tensionDefinitionSchema>;

/** What `check` took, with its schema's defaults and trimming (a built-in id as it is). */
const parsedBy = <T>(schema: z.ZodMiniType<T>, check: z.ZodMiniType<unknown>) =>
  /* @__PURE__ */ z.pipe(
    check,
    /* @__PURE__ */ z.transform((value: unknown) => {
      if (typeof value === 'string') return value;
      const parsed = safeParse(schema, value);
      return parsed.ok ? parsed.value : (value as T);
    }),
  );

/** One of the survey's tensions: a built-in id, or an inline tension. */
const tensionEntryCheck = /* @__PURE__ */ z
  .custom<unknown>(() => true)
  .check(
    /* @__PURE__ */ z.superRefine((value: unknown, ctx) => {
      if (typeof value === 'string') {
        if (!isTensionId(value))
          addProblems(ctx, value, [
            {
              path: '',
              message: `"${value}" is not a built-in tension; use one of ${TENSION_IDS.join(', ')}, or a tension object with id, name, question, left and right.`,
            },
          ]);
        return;
      }
      if (!isObjectLike(value))
        return addProblems(ctx, value, [
          { path: '', message: 'Use a built-in tension id, or a tension object.' },
        ]);
      const parsed = safeParse(tensionDefinitionSchema, value);
      if (!parsed.ok) addProblems(ctx, value, parsed.problems);
      else if (isTensionId(parsed.value.id))
        addProblems(ctx, value, [
          {
            path: 'id',
            message: `"${parsed.value.id}" is a built-in tension's id; give your own tension another id, or use "${parsed.value.id}" alone for the built-in one.`,
          },
        ]);
    }),
  );

const tensionEntrySchema = /* @__PURE__ */ parsedBy(tensionDefinitionSchema, tensionEntryCheck);

/** The rubric section: a built-in rubric id, or a rubric in the shape of `rubricSchema`. */
const rubricEntryCheck = /* @__PURE__ */ z
  .custom<unknown>(() => true)
  .check(
    /* @__PURE__ */ z.superRefine((value: unknown, ctx) => {
      const parsed =
        typeof value === 'string' ? safeParse(slug, value) : safeParse(rubricSchema, value);
      if (!parsed.ok) addProblems(ctx, value, parsed.problems);
    }),
  );

const rubricEntrySchema = /* @__PURE__ */ parsedBy<Rubric>(rubricSchema, rubricEntryCheck);

export const surveyDefinitionSchema = /* @__PURE__ */ z
  .strictObject(
    {
      id: slug,
      title: /* @__PURE__ */ z.optional(/* @__PURE__ */ localizedTextSchema(160)),
      introduction: /* @__PURE__ */ z.optional(/* @__PURE__ */ localizedTextSchema(2000)),
      thankYou: /* @__PURE__ */ z.optional(/* @__PURE__ */ localizedTextSchema(1000)),
      roleQuestion: /* @__PURE__ */ z.optional(
        /* @__PURE__ */ z.strictObject(
          {
            label: /* @__PURE__ */ z.optional(/* @__PURE__ */ localizedTextSchema(160)),
            choices: /* @__PURE__ */ z
              .array(/* @__PURE__ */ localizedTextSchema(60))
              .check(/* @__PURE__ */ z.minLength(1, 'A role question needs at least one choice.')),
          },
          strict,
        ),
      ),
      points: /* @__PURE__ */ z._default(pointsSchema, DEFAULT_POINTS),
      tensions: /* @__PURE__ */ z
        .array(tensionEntrySchema)
        .check(/* @__PURE__ */ z.minLength(1, 'A survey needs at least one tension.')),
      rubric: /* @__PURE__ */ z.optional(rubricEntrySchema),
    },
    strict,
  )
  .check(
    // Runs even when other fields have problems, so an editor sees every mistake at once.
    /* @__PURE__ */ z.superRefine(
      (definition, ctx) => {
        const tensions: unknown[] = Array.isArray(definition.tensions) ? definition.tensions : [];
        const seen = new Set<string>();
        tensions.forEach((entry, index) => {
          const inline = isObjectLike(entry);
          const id = inline ? (entry as { id?: unknown }).id : entry;
          if (typeof id !== 'string') return;
          if (seen.has(id))
            ctx.issues.push({
              code: 'custom',
              input: id,
              path: inline ? ['tensions', index, 'id'] : ['tensions', index],
              message: `The tension "${id}" is in this survey twice; ask each tension once.`,
            });
          seen.add(id);
        });
      },
      { when: () => true },
    ),
  );

export type SurveyDefinition = z.output<typeof surveyDefinitionSchema>;
/** A definition as a page writes it (`points` and `benefits` may be left out). */
export type SurveyDefinitionInput = z.input<typeof surveyDefinitionSchema>;

/**
 * Reads a survey definition (an object, or its JSON text). Never throws: every problem names its
 * field, such as `tensions[2].left.label` or `title.es`.
 */
export function parseSurveyDefinition(input: unknown): ParseResult<SurveyDefinition> {
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
  if (!isObjectLike(value))
    return {
      ok: false,
      problems: [{ path: '', message: wrongType(value, 'an object with named fields') }],
    };
  return safeParse(surveyDefinitionSchema, value);
}
