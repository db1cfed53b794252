import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDateTime, plainResponse } from '../../../src/core/plain-response.js';
import {
  STAGE_IDS,
  TENSION_IDS,
  isoDateTimeToMillis,
  parseResponse,
} from '../../../src/core/schema.js';

// plainResponse may leave anything to the schema, but whatever it takes, the schema must take
// with the same output (fields, their order, trimmed text, unknown fields dropped).
const odd = fc.constantFrom(
  undefined,
  null,
  NaN,
  -0,
  0,
  1,
  2,
  3,
  7,
  8,
  11,
  12,
  7.5,
  2 ** 53,
  '1',
  '',
  ' ',
  'pace',
  'Pace',
  ' Teacher ',
  'x'.repeat(61),
  ` ${'x'.repeat(60)} `,
  'x'.repeat(2001),
  'emerging',
  'nowhere',
  '2026-02-30T09:00:00Z',
  '2026-03-01T09:00:00.5+02:00',
  'es-MX',
  true,
  [],
  {},
  Object.create(null),
  new Date(0),
);
const some = fc.oneof(odd, fc.anything(), fc.integer({ min: -2, max: 13 }));
const position = fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 11 }), some);
const answer = fc.oneof(
  fc.record(
    { current: position, desired: position, note: some },
    { requiredKeys: ['current', 'desired'] },
  ),
  some,
);
const tensionId = fc.oneof(fc.constantFrom(...TENSION_IDS, 'Not a slug', '-x', 'shared-vision'));
const stage = fc.oneof(fc.constantFrom(...STAGE_IDS), some);
const rating = fc.oneof(
  fc.record(
    {
      stage,
      evidence: fc.oneof(fc.string({ maxLength: 10 }), some),
      target: fc.oneof(stage, fc.constant(undefined)),
    },
    { requiredKeys: ['stage'] },
  ),
  some,
);
const response = fc.record(
  {
    version: fc.oneof(fc.constant(1), some),
    id: fc.oneof(fc.string({ minLength: 1, maxLength: 64 }), some),
    survey: fc.oneof(fc.constantFrom('tensions', 'my-survey'), some),
    role: fc.oneof(fc.constantFrom('Teacher', '  Coach ', undefined), some),
    submittedAt: fc.oneof(
      fc.constantFrom('2026-03-01T09:00:00Z', '2024-02-29T23:59:59-05:30'),
      some,
    ),
    locale: fc.oneof(fc.constantFrom('en', 'es', 'es-MX'), some),
    points: fc.oneof(fc.integer({ min: 3, max: 11 }), fc.constant(undefined), some),
    tensions: fc.oneof(fc.dictionary(tensionId, answer, { maxKeys: 8 }), some),
    rubric: fc.oneof(fc.dictionary(fc.constantFrom('vision', 'x', 'Bad'), rating), some),
    extra: some,
  },
  { requiredKeys: ['version', 'id', 'survey', 'submittedAt', 'locale', 'tensions'] },
);

// Well-formed responses mixed in, so that every run has cases plainResponse takes (random fields
// alone made one seed in many produce none at all, and the count below failed).
const wellFormed = fc.record({
  version: fc.constant(1),
  id: fc.constantFrom('r1', 'abc-2'),
  survey: fc.constantFrom('tensions', 'my-survey'),
  submittedAt: fc.constantFrom('2026-03-01T09:00:00Z', '2024-02-29T23:59:59-05:30'),
  locale: fc.constantFrom('en', 'es'),
  tensions: fc.dictionary(
    fc.constantFrom(...TENSION_IDS),
    fc.record({
      current: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 7 })),
      desired: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 7 })),
    }),
    { minKeys: 1, maxKeys: 7 },
  ),
});

/** The value with its keys' order made visible (undefined fields included). */
const shape = (value: unknown): unknown =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).map(([key, inner]) => [key, shape(inner)])
    : value;

describe('plainResponse', () => {
  it('takes only what the schema takes, and outputs what the schema outputs', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.oneof(response, wellFormed), (input) => {
        const plain = plainResponse(input);
        if (plain === undefined) return;
        taken++;
        const parsed = parseResponse(input);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(plain).toStrictEqual(parsed.value);
        expect(shape(plain)).toEqual(shape(parsed.value));
      }),
      { numRuns: 3000 },
    );
    expect(taken).toBeGreaterThan(0); // the property must not hold for want of cases
  });

  it('takes every valid response in plain objects, as JSON gives them', () => {
    const valid = fc.record(
      {
        version: fc.constant(1),
        id: fc.string({ minLength: 1, maxLength: 64 }),
        survey: fc.constant('tensions'),
        role: fc.constantFrom('Teacher', ' Coach  ', undefined),
        submittedAt: fc.constantFrom('2026-03-01T09:00:00Z', '2026-03-01T09:00:00.123+02:00'),
        locale: fc.constantFrom('en', 'es-MX'),
        points: fc.constant(7),
        tensions: fc.dictionary(
          fc.constantFrom(...TENSION_IDS),
          fc.record({
            current: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 7 })),
            desired: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 7 })),
          }),
        ),
        rubric: fc.dictionary(
          fc.constantFrom('vision', 'equity'),
          fc.record({ stage: fc.constantFrom(...STAGE_IDS) }),
        ),
      },
      { requiredKeys: ['version', 'id', 'survey', 'submittedAt', 'locale', 'tensions'] },
    );
    fc.assert(
      fc.property(valid, (input) => {
        const copy: unknown = JSON.parse(JSON.stringify(input));
        const parsed = parseResponse(copy);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(plainResponse(copy)).toStrictEqual(parsed.value);
      }),
    );
  });

  it('leaves unusual objects to the schema', () => {
    const input = {
      version: 1,
      id: 'a',
      survey: 'tensions',
      submittedAt: '2026-03-01T09:00:00Z',
      locale: 'en',
      tensions: { pace: { current: 1, desired: 2 } },
    };
    class Answer {
      current = 1;
      desired = 2;
    }
    expect(plainResponse(input)).toStrictEqual(input);
    expect(plainResponse({ ...input, tensions: { pace: new Answer() } })).toBeUndefined();
    expect(plainResponse({ ...input, tensions: { [Symbol('s')]: 1 } })).toBeUndefined();
    expect(plainResponse(Object.assign(new (class Response {})(), input))).toBeUndefined();
  });

  it('reads a date and time as isoDateTimeToMillis does', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const dateTime = fc
      .tuple(
        fc.oneof(
          fc.constantFrom(0, 100, 1900, 2000, 2023, 2024, 9999),
          fc.integer({ min: 0, max: 9999 }),
        ),
        two(14),
        two(32),
        two(25),
        two(61),
        fc.option(two(61)),
        fc.option(fc.constantFrom('.5', '.123456', '.')),
        fc.constantFrom('Z', '+02:00', '-05:30', '+24:00', '+01:60', '', 'z'),
      )
      .map(
        ([year, month, day, hour, minute, second, fraction, zone]) =>
          `${String(year).padStart(4, '0')}-${month}-${day}T${hour}:${minute}${second === null ? '' : `:${second}${fraction ?? ''}`}${zone}`,
      );
    fc.assert(
      fc.property(fc.oneof(dateTime, fc.string({ maxLength: 30 })), (value) => {
        expect(isIsoDateTime(value)).toBe(!Number.isNaN(isoDateTimeToMillis(value)));
      }),
      { numRuns: 20000 },
    );
    for (const value of ['2024-02-29T23:59:59Z', '0000-02-29T00:00Z', '1900-02-29T09:00:00Z'])
      expect(isIsoDateTime(value)).toBe(!Number.isNaN(isoDateTimeToMillis(value)));
  });
});
