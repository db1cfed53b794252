/**
 * Reading outside input without throwing: `safeParse` turns zod's issues into problems with a
 * path and a sentence, and the id and text checks every schema builds on. A leaf module (it
 * imports only zod) so the response schema and the rubric schema both use it without importing
 * each other.
 */
import * as z from 'zod/mini';

/** An id: lowercase letters, digits and hyphens. */
export const slug = /* @__PURE__ */ z
  .string()
  .check(
    /* @__PURE__ */ z.regex(
      /^[a-z0-9][a-z0-9-]{0,63}$/,
      'Use 1 to 64 lowercase letters, digits and hyphens, such as "pace" or "shared-vision".',
    ),
  );
/** Text that is not empty once trimmed, up to `max` characters. */
export const text = (max = 500) =>
  /* @__PURE__ */ z
    .string()
    .check(
      /* @__PURE__ */ z.trim(),
      /* @__PURE__ */ z.minLength(1, 'This text is empty; write something here.'),
      /* @__PURE__ */ z.maxLength(max, `Keep this text under ${max} characters.`),
    );

/** One problem with outside input: where it is (a dotted path) and what to do about it. */
export interface InputProblem {
  path: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: InputProblem[] };

/** Turns a path such as ['tensions', 'pace', 'current'] into "tensions.pace.current". */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out ? `${out}.${name}` : name;
  }, '');
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  object: 'an object with named fields',
  array: 'a list',
  record: 'an object keyed by id',
  boolean: 'true or false',
};

/** Messages for the issues no schema above words itself: mostly missing and mistyped fields. */
function fallbackMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    const expected = EXPECTED[issue.expected] ?? issue.expected;
    return issue.input === undefined
      ? `This field is missing; it should be ${expected}.`
      : `Expected ${expected} here.`;
  }
  if (issue.code === 'invalid_value') return 'This value is not one of the allowed choices.';
  return undefined;
}

/** Parses outside input without throwing; every problem carries its path. */
export function safeParse<T>(schema: z.ZodMiniType<T>, input: unknown): ParseResult<T> {
  const result = /* @__PURE__ */ z.safeParse(schema, input, { error: fallbackMessage });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    })),
  };
}

/** A one-line description of the problems, for messages and console output. */
export function describeProblems(problems: readonly InputProblem[], limit = 3): string {
  const shown = problems
    .slice(0, limit)
    .map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  const more = problems.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; and ${more} more` : shown.join('; ');
}
