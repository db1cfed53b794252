/** fast-check arbitraries for plans: any valid plan, in canonical form (as the parser returns it). */
import fc from 'fast-check';
import type { PlanRecord } from '../../../../src/core/plan/index.js';

// Trimmed text, as the schema keeps it (the codec round trip compares canonical plans).
const trimmed = (maxLength: number, minLength = 0) =>
  fc
    .string({ maxLength, minLength, unit: 'grapheme' })
    .map((s) => s.trim())
    .filter((s) => s.length >= minLength && s.length <= maxLength);

const date = fc
  .date({
    min: new Date(Date.UTC(2020, 0, 1)),
    max: new Date(Date.UTC(2040, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());

export const planArb = (maxTensions = 7): fc.Arbitrary<PlanRecord> =>
  fc.integer({ min: 3, max: 11 }).chain((points) =>
    fc.record({
      version: fc.constant(1 as const),
      id: fc.string({ minLength: 1, maxLength: 64 }),
      title: trimmed(160),
      decidedAt: date,
      locale: fc.constantFrom('en', 'es', 'es-MX', 'en-US'),
      points: fc.constant(points),
      tensions: fc.dictionary(
        fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
        fc.record({
          aim: fc.option(fc.integer({ min: 1, max: points }), { nil: null }),
          decided: fc.boolean(),
          values: trimmed(200),
          keeps: fc.record({ left: trimmed(80), right: trimmed(80) }),
          warningSigns: fc.array(trimmed(60, 1), { maxLength: 3 }),
          steps: fc.array(
            fc.record(
              {
                what: trimmed(60, 1),
                owner: trimmed(30),
                due: date.map((d) => d.slice(0, 10)),
              },
              { requiredKeys: ['what', 'owner'] },
            ),
            { maxLength: 3 },
          ),
        }),
        { maxKeys: maxTensions },
      ),
    }),
  );
