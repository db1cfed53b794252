import { describe, expect, it } from 'vitest';
import { importResponses, toJSON } from '../../../../src/core/codec/index.js';
import { fromDraft } from '../../../../src/core/draft.js';
import { response } from './arbitraries.js';

/** A response as JSON text with a `__proto__` key spliced into the object at `field`. */
function withProtoKey(field: 'rubric' | 'tensions'): string {
  const good = JSON.parse(toJSON(response({ rubric: { roadmap: { stage: 'emerging' } } })));
  const text = JSON.stringify(good);
  const hostile = `"${field}":{"__proto__":{"vision":{"stage":"breakthrough"},"current":3},`;
  return text.replace(`"${field}":{`, hostile);
}

describe('readers and __proto__ keys', () => {
  for (const field of ['rubric', 'tensions'] as const) {
    it(`a __proto__ key in a response's ${field} cannot swap the prototype`, () => {
      const { responses } = importResponses(withProtoKey(field));
      expect(responses).toHaveLength(1);
      for (const read of responses) {
        expect(Object.getPrototypeOf(read[field])).toBe(Object.prototype);
        expect(Object.keys(read[field] ?? {})).not.toContain('__proto__');
        expect((read.rubric as Record<string, unknown> | undefined)?.vision).toBeUndefined();
      }
      expect(({} as Record<string, unknown>).vision).toBeUndefined();
    });
  }

  it("a __proto__ key in a stored draft's rubric cannot swap the prototype", () => {
    const text = '{"v":1,"answers":{},"rubric":{"__proto__":{"vision":{"stage":"emerging"}}}}';
    const draft = fromDraft(text);
    if (!draft.ok) throw new Error(JSON.stringify(draft.problems));
    expect(Object.getPrototypeOf(draft.value.rubric)).toBe(Object.prototype);
    expect((draft.value.rubric as Record<string, unknown>).vision).toBeUndefined();
  });
});
