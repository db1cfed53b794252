import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isPosition, pointsProblem, pointsProblems } from '../../../src/core/plain-checks.js';
import { pointsSchema, positionSchema, safeParse, slug, text } from '../../../src/core/schema.js';
import { surveyConfig } from '../../../src/core/survey-config.js';

// The checks the respondent's first load makes without zod must agree with the schemas, answer and
// message, on anything a page could set.
const odd = [
  undefined,
  null,
  NaN,
  Infinity,
  -Infinity,
  -0,
  0,
  1,
  2,
  3,
  7,
  11,
  12,
  7.5,
  2 ** 53,
  -(2 ** 53),
  '7',
  '',
  ' ',
  'pace',
  'Pace',
  '-pace',
  'a'.repeat(64),
  'a'.repeat(65),
  ' Teacher ',
  'x'.repeat(61),
  ` ${'x'.repeat(60)} `,
  true,
  [],
  [1],
  {},
  Object.create(null),
  new Date(0),
  () => 1,
  Symbol('s'),
  10n,
];
const anything = fc.oneof(
  fc.constantFrom(...odd),
  fc.anything(),
  fc.integer({ min: -20, max: 20 }),
  fc.double(),
  fc.string({ maxLength: 70 }),
  fc.array(fc.oneof(fc.string({ maxLength: 70 }), fc.anything()), { maxLength: 4 }),
);

describe('plain checks agree with the schemas', () => {
  it('pointsProblem is pointsSchema', () => {
    fc.assert(
      fc.property(anything, (value) => {
        const parsed = safeParse(pointsSchema, value);
        const messages = parsed.ok ? [] : parsed.problems.map((problem) => problem.message);
        expect(pointsProblems(value)).toEqual(messages);
        expect(pointsProblem(value)).toBe(messages[0]);
      }),
      { numRuns: 2000 },
    );
  });

  it('isPosition is positionSchema', () => {
    fc.assert(
      fc.property(anything, (value) => {
        expect(isPosition(value)).toBe(safeParse(positionSchema, value).ok);
      }),
      { numRuns: 2000 },
    );
  });

  it('surveyConfig finds the problems the zod schema found, in the same order', () => {
    // The configuration schema surveyConfig used before it was written without zod.
    const configSchema = z.object({
      tensions: z.string(),
      roles: z.array(text(60)),
      survey: slug,
      points: pointsSchema,
      strings: z.nullish(z.object({})),
    });
    const list = (value: unknown) =>
      typeof value === 'string'
        ? value
            .split(/,/)
            .map((item) => item.trim())
            .filter(Boolean)
        : value;
    const input = fc.record({
      tensions: fc.oneof(fc.constantFrom('', 'pace', 'pace nope'), anything),
      roles: fc.oneof(fc.constantFrom('', 'Teacher, Principal', ` , ${'x'.repeat(61)}`), anything),
      survey: fc.oneof(fc.constant('tensions'), anything),
      points: fc.oneof(fc.constant(7), anything),
      strings: fc.oneof(fc.constant(null), fc.constant({ submit: 'Go' }), anything),
    });
    fc.assert(
      fc.property(input, (config) => {
        const parsed = safeParse(configSchema, { ...config, roles: list(config.roles) });
        const expected = parsed.ok ? [] : parsed.problems;
        const own = surveyConfig(config).problems.filter(
          (problem) => !problem.message.startsWith('Unknown tension'),
        );
        expect(own).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
