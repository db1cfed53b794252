/**
 * Lists of responses checked by the schema once per object. On a results page one list passes
 * through several hands (`importResponses`, `<team-results>`, its `<gap-chart>`) and is set again
 * on every change; remembering each checked object keeps a 1,000-response update from paying for
 * the schema more than once (about 4 ms in Chromium); a fresh list of valid responses is read
 * without zod (./plain-response.js). Like a Lit property, this relies on
 * identity: a response is not mutated after it is handed over, a changed one is a new object.
 */
import { plainResponse } from './plain-response.js';
import { formatPath, parseResponse } from './schema.js';
import type { InputProblem, SurveyResponse } from './schema.js';

/** Each object that passed the schema, mapped to the schema's output (or to itself, if it is one). */
const checked = new WeakMap<object, SurveyResponse>();

/** Remembers responses that are already the schema's output (as `importResponses` returns). */
export function rememberChecked(responses: readonly SurveyResponse[]): void {
  for (const response of responses) checked.set(response, response);
}

export interface CheckedResponses {
  /** The responses that pass the schema, as it outputs them, in their order. */
  responses: SurveyResponse[];
  /** One problem per rejected response (its first), with a path such as `responses[3].id`. */
  problems: InputProblem[];
}

/**
 * Keeps the responses of `list` that pass the schema and names every other one by its path
 * under `path`. Objects checked before are not checked again. Never throws.
 */
export function checkResponses(list: unknown, path: string): CheckedResponses {
  const responses: SurveyResponse[] = [];
  const problems: InputProblem[] = [];
  if (!Array.isArray(list)) {
    problems.push({ path, message: 'Expected a list of responses.' });
    return { responses, problems };
  }
  list.forEach((input: unknown, index) => {
    const isObject = input !== null && typeof input === 'object';
    const known = isObject ? checked.get(input) : undefined;
    if (known) {
      responses.push(known);
      return;
    }
    // Valid input in plain objects is read without zod (./plain-response.js); the schema reads
    // the rest, and names the field of anything refused.
    const plain = plainResponse(input);
    const result = plain ? { ok: true as const, value: plain } : parseResponse(input);
    if (result.ok) {
      // Only the input is remembered: the output stays inside the element that asked.
      if (isObject) checked.set(input, result.value);
      responses.push(result.value);
      return;
    }
    const first = result.problems[0];
    const where = formatPath([path, index]);
    problems.push({
      path: first?.path ? `${where}.${first.path}` : where,
      message: first?.message ?? 'This response could not be read.',
    });
  });
  return { responses, problems };
}
