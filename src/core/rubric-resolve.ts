/**
 * Which rubric `<stage-rubric rubric=...>` shows: a built-in id, rubric JSON text, or a rubric
 * object, checked by the schema, with problems that name the dimension they are about. No DOM.
 */
import { DEFAULT_RUBRIC_ID } from './catalog/rubric-text.js';
import { parseRubric } from './rubric-schema.js';
import type { InputProblem, Rubric } from './schema.js';

export interface ResolvedRubric {
  /** The rubric to show, or null when the input is bad (see `problems`) or still loading. */
  readonly rubric: Rubric | null;
  readonly problems: InputProblem[];
  /** True when the input is a built-in id and the built-in rubrics have not loaded yet. */
  readonly pending: boolean;
}

/**
 * Resolves a rubric from a built-in id (empty: the district rubric), JSON text or an object.
 * `builtIn` is the built-in rubrics in the page's language, or undefined while they load (they are
 * loaded one language at a time, so core does not import them). Never throws.
 */
export function resolveRubric(
  input: unknown,
  builtIn: readonly Rubric[] | undefined,
): ResolvedRubric {
  let data = input;
  if (typeof input === 'string' || input === null || input === undefined) {
    const text = (input ?? '').trim() || DEFAULT_RUBRIC_ID;
    if (!text.startsWith('{')) {
      // The language's rubrics are loading; resolve again once they are here.
      if (!builtIn) return { rubric: null, problems: [], pending: true };
      const rubric = builtIn.find((candidate) => candidate.id === text) ?? null;
      const problems = rubric
        ? []
        : [
            {
              path: 'rubric',
              message: `"${text}" is not a built-in rubric; use "${DEFAULT_RUBRIC_ID}" or a rubric as JSON.`,
            },
          ];
      return { rubric, problems, pending: false };
    }
    try {
      data = JSON.parse(text);
    } catch (error) {
      const message = `This is not valid JSON: ${(error as Error).message}`;
      return { rubric: null, problems: [{ path: 'rubric', message }], pending: false };
    }
  }
  const result = parseRubric(data);
  return result.ok
    ? { rubric: result.value, problems: [], pending: false }
    : { rubric: null, problems: nameDimensions(data, result.problems), pending: false };
}

/** Adds the dimension's id to problems at paths such as "dimensions[2].descriptors.emerging". */
export function nameDimensions(data: unknown, problems: readonly InputProblem[]): InputProblem[] {
  const dimensions = (data as { dimensions?: unknown } | null)?.dimensions;
  return problems.map(({ path, message }) => {
    const index = /^dimensions\[(\d+)\]/.exec(path)?.[1];
    const id =
      index !== undefined && Array.isArray(dimensions)
        ? (dimensions[Number(index)] as { id?: unknown } | null)?.id
        : undefined;
    return typeof id === 'string'
      ? { path, message: `Dimension "${id}": ${message}` }
      : { path, message };
  });
}
