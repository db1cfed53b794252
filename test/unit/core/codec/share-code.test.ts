import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_SHARE_CODE_LENGTH,
  SHARE_CODE_ALPHABET,
  SHARE_CODE_PREFIX,
  SHARE_CODE_RUBRIC_DIMENSIONS,
  decodeShareCode,
  encodeShareCode,
  importResponses,
  parseShareCodes,
} from '../../../../src/core/codec/index.js';
import type { SurveyResponse } from '../../../../src/core/schema.js';
import { DISTRICT_DIMENSION_IDS } from '../../../../src/core/catalog/index.js';
import { response, responseArb, everydayArb, afterCode, sign } from './arbitraries.js';

describe('share codes', () => {
  const everyday = response();
  const everydayCode = encodeShareCode(everyday);
  const full = response({
    role: 'Directora de matemáticas',
    survey: 'spring-check-in',
    locale: 'es-MX',
    points: 11,
    submittedAt: '2031-11-05T23:59:59.999+09:30',
    tensions: { ...everyday.tensions, 'family-voice': { current: 11, desired: null } },
    rubric: {
      'shared-vision': { stage: 'emerging', target: 'proficient', evidence: 'not carried' },
      'implementation-dip': { stage: 'breakthrough' },
      'local-extra': { stage: 'exploring', target: 'breakthrough' },
    },
  });
  const fullCode = encodeShareCode(full);
  const sampleCodes = [
    everydayCode,
    encodeShareCode(response({ role: 'Teacher', locale: 'es' })),
    encodeShareCode(
      response({
        tensions: { pace: { current: null, desired: null } },
        submittedAt: '2020-01-01T00:00:00Z',
      }),
    ),
    fullCode,
  ];

  it('is under 40 characters for seven answered tensions without role or rubric', () => {
    expect(everydayCode).toMatch(/^TK1[0-9A-HJKMNP-TV-Z]+$/);
    expect(everydayCode.length).toBeLessThan(40);
    expect(everydayCode.length).toBe(21);
    fc.assert(
      fc.property(everydayArb, (r) => {
        expect(encodeShareCode(r).length).toBeLessThan(40);
      }),
    );
  });

  it('decodes what it encodes: everything but evidence, to the minute, with an id from the code', () => {
    const decoded = decodeShareCode(everydayCode);
    expect(decoded).toEqual({
      ok: true,
      value: { ...everyday, id: `sc-${everydayCode}` },
    });
    const back = decodeShareCode(fullCode);
    expect(back.ok && back.value).toEqual({
      ...afterCode(full),
      id: expect.stringMatching(/^sc-[0-9a-f]{16}$/),
      submittedAt: '2031-11-05T14:29:00Z',
    });
  });

  it('round-trips any valid response (fast-check)', () => {
    fc.assert(
      fc.property(responseArb, (r) => {
        const code = encodeShareCode(r);
        expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(code.startsWith(SHARE_CODE_PREFIX)).toBe(true);
        const decoded = decodeShareCode(code);
        if (!decoded.ok) throw new Error(JSON.stringify(decoded.problems));
        const { id, ...value } = decoded.value;
        expect(value).toEqual(afterCode(r));
        if (code.length <= 61) expect(id).toBe(`sc-${code}`);
        else expect(id).toMatch(/^sc-[0-9a-f]{16}$/);
        expect(id).toMatch(/^sc-[0-9A-Za-z]+$/);
        expect(encodeShareCode(decoded.value)).toBe(code);
        expect(decodeShareCode(code, { id: 'mine' })).toMatchObject({
          ok: true,
          value: { id: 'mine' },
        });
      }),
      { numRuns: 300 },
    );
  });

  it('catches every single changed character (exhaustive over positions and alphabet)', () => {
    let tried = 0;
    for (const code of sampleCodes) {
      for (let i = 0; i < code.length; i++) {
        for (const ch of SHARE_CODE_ALPHABET) {
          if (ch === code[i]) continue;
          const typo = code.slice(0, i) + ch + code.slice(i + 1);
          expect(decodeShareCode(typo).ok, typo).toBe(false);
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(31 * 100);
  });

  it('catches swapped neighbours, and a dropped or doubled character', () => {
    for (const code of sampleCodes) {
      for (let i = 0; i + 1 < code.length; i++) {
        if (code[i] === code[i + 1]) continue;
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(decodeShareCode(swapped).ok, swapped).toBe(false);
      }
      for (let i = 0; i < code.length; i++) {
        expect(decodeShareCode(code.slice(0, i) + code.slice(i + 1)).ok).toBe(false);
      }
    }
  });

  it('reads codes in any case, with I and L for 1 and O for 0, and the same id', () => {
    const code = encodeShareCode(response({ submittedAt: '2026-01-10T00:01:00Z' }));
    const decoded = decodeShareCode(code);
    expect(decodeShareCode(`  ${code.toLowerCase()}\n`)).toEqual(decoded);
    expect(decodeShareCode(code.replaceAll('1', 'l').replaceAll('0', 'O'))).toEqual(decoded);
  });

  it('explains what is wrong with a code that is not right', () => {
    const message = (code: string) => {
      const result = decodeShareCode(code);
      return result.ok ? '' : result.problems[0]!.message;
    };
    expect(message('')).toMatch(/empty/);
    expect(message('hello')).toMatch(/not a tensionkit share code/);
    expect(message(`${everydayCode.slice(0, 5)}!${everydayCode.slice(6)}`)).toMatch(/"!" can't be/);
    expect(message(`TK2${everydayCode.slice(3)}`)).toMatch(/newer version/);
    const i = 8;
    const typo =
      everydayCode.slice(0, i) + (everydayCode[i] === 'A' ? 'B' : 'A') + everydayCode.slice(i + 1);
    expect(message(typo)).toMatch(/typo/);
    expect(message('TK1')).toMatch(/too short/);
    expect(message('TK1' + 'Z'.repeat(MAX_SHARE_CODE_LENGTH))).toMatch(/too long/);
  });

  it('reads a code back only in its one canonical form (fast-check over signed random bodies)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...SHARE_CODE_ALPHABET), minLength: 1, maxLength: 40 }),
        (body) => {
          const code = sign(SHARE_CODE_PREFIX + body);
          const decoded = decodeShareCode(code);
          if (decoded.ok) expect(encodeShareCode(decoded.value)).toBe(code);
        },
      ),
      { numRuns: 2000 },
    );
    // A valid payload padded with a leading zero digit is not the same code.
    expect(decodeShareCode(sign(`${SHARE_CODE_PREFIX}0${everydayCode.slice(3, -2)}`)).ok).toBe(
      false,
    );
  });

  it('refuses to encode an invalid response, with the reason', () => {
    const bad = { ...everyday, tensions: { pace: { current: 0, desired: 1 } } } as SurveyResponse;
    expect(() => encodeShareCode(bad)).toThrow(/tensions\.pace\.current/);
  });

  it('uses the rubric dimensions of the built-in district rubric', () => {
    expect([...SHARE_CODE_RUBRIC_DIMENSIONS].sort()).toEqual([...DISTRICT_DIMENSION_IDS].sort());
  });

  it('imports pasted codes and names the bad ones with their line', () => {
    const text = `Ana: ${everydayCode}\n\n${fullCode.toLowerCase()}, TK1ABC\n`;
    const result = importResponses(text);
    expect(result.format).toBe('code');
    expect(result.responses).toEqual(
      [decodeShareCode(everydayCode), decodeShareCode(fullCode)].map((d) => d.ok && d.value),
    );
    expect(result.rejected).toEqual([
      {
        source: 'code',
        line: 1,
        code: 'Ana:',
        path: '',
        reason: expect.stringMatching(/^Ana:: This is not a tensionkit share code/),
      },
      {
        source: 'code',
        line: 3,
        code: 'TK1ABC',
        path: '',
        reason: expect.stringMatching(/^TK1ABC: /),
      },
    ]);
    expect(parseShareCodes(`${everydayCode} ${everydayCode}`).responses).toHaveLength(2);
  });
});
