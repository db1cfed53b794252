import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_SHARE_CODE_LENGTH,
  decodeShareCode,
  encodeShareCode,
  tryEncodeShareCode,
} from '../../../../src/core/codec/index.js';
import { TENSION_IDS } from '../../../../src/core/ids.js';
import { response } from './arbitraries.js';

// A survey's own tensions travel in share codes with their ids spelled out: the code works, and
// says what they cost, or why there is none.
describe('share codes with a survey’s own tensions', () => {
  const builtIn = response({ tensions: { pace: { current: 2, desired: 5 } } });
  const withCustom = response({
    survey: 'spring-check-in',
    tensions: { ...builtIn.tensions, 'family-voice': { current: 3, desired: 6 } },
  });

  it('makes a code that reads back with the custom tension, and says how much longer it is', () => {
    const result = tryEncodeShareCode(withCustom);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.code).toBe(encodeShareCode(withCustom));
    expect(result.customTensions).toEqual(['family-voice']);
    const plain = encodeShareCode({ ...withCustom, tensions: builtIn.tensions });
    expect(result.extraLength).toBe(result.code.length - plain.length);
    expect(result.extraLength).toBeGreaterThan(10);
    const decoded = decodeShareCode(result.code);
    expect(decoded.ok && decoded.value.tensions['family-voice']).toEqual({
      current: 3,
      desired: 6,
    });
  });

  it('costs nothing extra without custom tensions', () => {
    const result = tryEncodeShareCode(builtIn);
    expect(result).toMatchObject({ ok: true, customTensions: [], extraLength: 0 });
  });

  it('says a code is impossible when the custom tensions take it past the limit, naming them', () => {
    const many = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [
        `tension-${String(i).padStart(2, '0')}-${'x'.repeat(50)}`,
        { current: 1, desired: 2 },
      ]),
    );
    const big = response({ tensions: many });
    const result = tryEncodeShareCode(big);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/survey's own tensions tension-00-x+, /);
    expect(result.message).toMatch(/JSON or CSV/);
    expect(result.customTensions).toHaveLength(40);
    expect(() => encodeShareCode(big)).toThrow(/survey's own tensions/);
    expect(() => encodeShareCode(big)).toThrow(RangeError);
    expect(result.message).toContain(`over the ${MAX_SHARE_CODE_LENGTH} allowed`);
  });

  it('reports a response that does not parse instead of throwing', () => {
    const result = tryEncodeShareCode({ ...builtIn, id: '' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('id');
  });

  it('extraLength is what the custom tensions add, on any set of them', () => {
    const customId = fc
      .stringMatching(/^[a-z][a-z0-9-]{0,20}$/)
      .filter((id) => !(TENSION_IDS as readonly string[]).includes(id));
    fc.assert(
      fc.property(
        fc.dictionary(
          customId,
          fc.record({ current: fc.integer({ min: 1, max: 7 }), desired: fc.constant(null) }),
          { maxKeys: 5 },
        ),
        (custom) => {
          const value = response({ tensions: { ...builtIn.tensions, ...custom } });
          const result = tryEncodeShareCode(value);
          expect(result.ok).toBe(true);
          expect(result.customTensions).toEqual(Object.keys(custom).sort());
          if (!result.ok) return;
          const plain = encodeShareCode({ ...value, tensions: builtIn.tensions }).length;
          expect(result.extraLength).toBe(result.code.length - plain);
          expect(result.extraLength > 0).toBe(Object.keys(custom).length > 0);
        },
      ),
    );
  });
});
