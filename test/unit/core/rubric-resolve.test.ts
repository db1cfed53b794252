import { describe, expect, it } from 'vitest';
import { rubricCatalog } from '../../../src/core/catalog/rubric.js';
import { nameDimensions, resolveRubric } from '../../../src/core/rubric-resolve.js';

const builtIn = rubricCatalog.en;
const mini = {
  id: 'mini',
  title: 'A small rubric',
  groups: [{ id: 'g', title: 'Group' }],
  dimensions: [
    {
      id: 'vision',
      group: 'g',
      title: 'Vision',
      descriptors: { exploring: 'a', emerging: 'b', proficient: 'c', breakthrough: 'd' },
    },
  ],
};

describe('resolveRubric', () => {
  it('takes a built-in id, and the district rubric for an empty one', () => {
    for (const input of ['district', '', '  ', null, undefined]) {
      const resolved = resolveRubric(input, builtIn);
      expect(resolved.problems).toEqual([]);
      expect(resolved.rubric?.id).toBe('district');
    }
  });

  it('waits for the built-in rubrics while they load', () => {
    expect(resolveRubric('district', undefined)).toEqual({
      rubric: null,
      problems: [],
      pending: true,
    });
  });

  it('names an unknown id', () => {
    const resolved = resolveRubric('nope', builtIn);
    expect(resolved.rubric).toBe(null);
    expect(resolved.problems).toEqual([
      {
        path: 'rubric',
        message: '"nope" is not a built-in rubric; use "district" or a rubric as JSON.',
      },
    ]);
  });

  it('parses JSON text and takes an object, without the built-in rubrics', () => {
    expect(resolveRubric(JSON.stringify(mini), undefined).rubric?.id).toBe('mini');
    expect(resolveRubric(mini, undefined).rubric?.dimensions[0]?.id).toBe('vision');
  });

  it('reports text that is not JSON, never throwing', () => {
    const resolved = resolveRubric('{ oops', builtIn);
    expect(resolved.rubric).toBe(null);
    expect(resolved.problems[0]!.path).toBe('rubric');
    expect(resolved.problems[0]!.message).toMatch(/^This is not valid JSON: /);
  });

  it('names the dimension a schema problem is about', () => {
    const broken = structuredClone(mini);
    broken.dimensions[0]!.descriptors.emerging = '';
    const resolved = resolveRubric(JSON.stringify(broken), builtIn);
    expect(resolved.rubric).toBe(null);
    expect(resolved.problems[0]!.path).toBe('dimensions[0].descriptors.emerging');
    expect(resolved.problems[0]!.message).toMatch(/^Dimension "vision": /);
  });
});

describe('nameDimensions', () => {
  it('leaves paths outside a dimension, and dimensions without an id, as they are', () => {
    const problems = [
      { path: 'title', message: 'Too long.' },
      { path: 'dimensions[1].title', message: 'Missing.' },
    ];
    expect(nameDimensions({ dimensions: [{ id: 'a' }, {}] }, problems)).toEqual(problems);
    expect(nameDimensions(null, problems)).toEqual(problems);
  });
});
