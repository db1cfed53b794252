/** Responses as JSON: pretty output, and a reader that never throws. No DOM. */
import { describeProblems, parseResponse } from '../schema.js';
import type { SurveyResponse } from '../schema.js';
import { clip, isPlainObject, lineAt, stripBom } from './shared.js';
import type { Parsed, Rejected } from './shared.js';
import { runSteps } from './slices.js';

/** Pretty JSON of one response or a list; `importResponses` and `parseJSON` read it back. */
export function toJSON(responses: SurveyResponse | readonly SurveyResponse[]): string {
  return JSON.stringify(responses, null, 2);
}

/** Reads one response, a list of responses, or `{ "responses": [...] }`. Never throws. */
export function parseJSON(text: string): Parsed {
  return runSteps(jsonSteps(text));
}

/**
 * `parseJSON` in steps: yields the share of the records checked (0 to 1) after each one. The text
 * itself is parsed in one go, before the first step.
 */
export function* jsonSteps(text: string): Generator<number, Parsed, void> {
  const responses: SurveyResponse[] = [];
  const rejected: Rejected[] = [];
  const source = stripBom(text);
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position ? lineAt(source, Number(position[1])) : undefined;
    rejected.push({
      source: 'json',
      ...(line === undefined ? {} : { line }),
      path: '',
      reason: `This is not valid JSON${line === undefined ? '' : ` (line ${line})`}: ${message}`,
    });
    return { responses, rejected };
  }

  let records: readonly unknown[];
  if (Array.isArray(data)) {
    records = data;
  } else if (isPlainObject(data) && 'responses' in data && !('tensions' in data)) {
    if (!Array.isArray(data.responses)) {
      rejected.push({
        source: 'json',
        path: 'responses',
        reason: 'responses: Expected a list of responses here.',
      });
      return { responses, rejected };
    }
    records = data.responses;
  } else if (isPlainObject(data)) {
    records = [data];
  } else {
    rejected.push({
      source: 'json',
      path: '',
      reason: 'Expected a response, a list of responses, or { "responses": [...] }.',
    });
    return { responses, rejected };
  }

  for (const [index, record] of records.entries()) {
    const result = parseResponse(record);
    if (result.ok) {
      responses.push(result.value);
    } else {
      const id = isPlainObject(record) && typeof record.id === 'string' ? record.id : undefined;
      const where = `Response ${index + 1}${id === undefined ? '' : ` (id ${JSON.stringify(clip(id, 40))})`}`;
      rejected.push({
        source: 'json',
        index,
        path: result.problems[0]?.path ?? '',
        reason: `${where}: ${describeProblems(result.problems)}`,
      });
    }
    yield (index + 1) / records.length;
  }
  return { responses, rejected };
}
