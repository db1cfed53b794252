/** The schema of a rubric a page supplies (or the catalog builds): groups, dimensions, descriptors. */
import * as z from 'zod/mini';
import { safeParse, slug, text } from './parse.js';

const descriptorsSchema = /* @__PURE__ */ z.object({
  exploring: /* @__PURE__ */ text(600),
  emerging: /* @__PURE__ */ text(600),
  proficient: /* @__PURE__ */ text(600),
  breakthrough: /* @__PURE__ */ text(600),
});

export const rubricDimensionSchema = /* @__PURE__ */ z.object({
  id: slug,
  group: slug,
  title: /* @__PURE__ */ text(120),
  descriptors: descriptorsSchema,
});

export const rubricGroupSchema = /* @__PURE__ */ z.object({
  id: slug,
  title: /* @__PURE__ */ text(120),
});

export const rubricSchema = /* @__PURE__ */ z
  .object({
    id: slug,
    title: /* @__PURE__ */ text(160),
    groups: /* @__PURE__ */ z
      .array(rubricGroupSchema)
      .check(/* @__PURE__ */ z.minLength(1, 'A rubric needs at least one group.')),
    dimensions: /* @__PURE__ */ z
      .array(rubricDimensionSchema)
      .check(/* @__PURE__ */ z.minLength(1, 'A rubric needs at least one dimension.')),
  })
  .check(
    // Runs even when a dimension has other problems, so an editor sees every mistake at once.
    /* @__PURE__ */ z.superRefine(
      (rubric, ctx) => {
        const groups = new Set(asArray(rubric.groups).map((group) => group?.id));
        const seen = new Set<string>();
        asArray(rubric.dimensions).forEach((dimension, index) => {
          if (typeof dimension?.group === 'string' && !groups.has(dimension.group)) {
            ctx.issues.push({
              code: 'custom',
              input: dimension.group,
              path: ['dimensions', index, 'group'],
              message: `No group "${dimension.group}" in this rubric; use one of: ${[...groups].join(', ')}.`,
            });
          }
          if (typeof dimension?.id !== 'string') return;
          if (seen.has(dimension.id)) {
            ctx.issues.push({
              code: 'custom',
              input: dimension.id,
              path: ['dimensions', index, 'id'],
              message: `The dimension id "${dimension.id}" is used twice; each needs its own.`,
            });
          }
          seen.add(dimension.id);
        });
      },
      { when: () => true },
    ),
  );

/** The value when it is an array, else none; for checks that run on input with other problems. */
function asArray<T>(value: T[] | undefined): Partial<T>[] {
  return Array.isArray(value) ? value : [];
}

export type RubricDimension = z.output<typeof rubricDimensionSchema>;
export type RubricGroup = z.output<typeof rubricGroupSchema>;
export type Rubric = z.output<typeof rubricSchema>;

export const parseRubric = (input: unknown) => safeParse(rubricSchema, input);
