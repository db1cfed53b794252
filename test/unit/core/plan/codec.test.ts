import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_PLAN_CODE_LENGTH,
  PLAN_CODE_PREFIX,
  decodePlanCode,
  encodePlanCode,
  importPlan,
  planFromJSON,
  planToJSON,
} from '../../../../src/core/plan/index.js';
import type { PlanRecord } from '../../../../src/core/plan/index.js';
import { encodeShareCode } from '../../../../src/core/codec/index.js';
import { fixturePlan } from '../../../fixtures/plan.js';
import { planArb } from './arbitraries.js';

const codeOf = (plan: PlanRecord) => {
  const result = encodePlanCode(plan);
  if (!result.ok) throw new Error(result.message);
  return result.code;
};

describe('plan JSON', () => {
  it('round-trips a plan (property)', () => {
    fc.assert(
      fc.property(planArb(), (plan) => {
        expect(planFromJSON(planToJSON(plan))).toEqual({ plan, problems: [] });
      }),
    );
  });

  it('reads JSON with a byte order mark, and reports broken JSON and bad fields', () => {
    expect(planFromJSON('\uFEFF' + planToJSON(fixturePlan())).plan).toEqual(fixturePlan());
    const broken = planFromJSON('{"version": 1,');
    expect(broken.plan).toBeNull();
    expect(broken.problems[0]!.message).toMatch(/^This is not valid JSON/);
    const bad = planFromJSON(JSON.stringify({ ...fixturePlan(), points: 2 }));
    expect(bad.problems[0]!.path).toBe('points');
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = planFromJSON(text);
        expect(result.plan === null).toBe(result.problems.length > 0);
      }),
    );
  });
});

describe('plan codes', () => {
  it('round-trips the fixture plan through a short, checked code', () => {
    const code = codeOf(fixturePlan());
    expect(code.startsWith(PLAN_CODE_PREFIX)).toBe(true);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]+$/);
    expect(decodePlanCode(code)).toEqual({ plan: fixturePlan(), problems: [] });
    // Read back in any case, with spaces and line breaks from a chat message.
    const spaced = code.toLowerCase().replace(/(.{40})/g, '$1\n');
    expect(decodePlanCode(spaced).plan).toEqual(fixturePlan());
  });

  it('round-trips any plan that fits (property)', () => {
    fc.assert(
      fc.property(planArb(3), (plan) => {
        const result = encodePlanCode(plan);
        if (!result.ok) {
          expect(result.reason).toBe('too-long');
          return;
        }
        expect(result.code.length).toBeLessThanOrEqual(MAX_PLAN_CODE_LENGTH);
        expect(decodePlanCode(result.code)).toEqual({ plan, problems: [] });
      }),
    );
  });

  it('says clearly when a plan is too long for a code', () => {
    const plan = fixturePlan();
    for (const entry of Object.values(plan.tensions))
      entry.values = 'Long reasons. '.repeat(70).trim();
    const result = encodePlanCode(plan);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('too-long');
    expect(result.length).toBeGreaterThan(MAX_PLAN_CODE_LENGTH);
    expect(result.message).toMatch(/share it as a JSON file instead/);
  });

  it('refuses to encode an invalid plan, without throwing', () => {
    const result = encodePlanCode({ ...fixturePlan(), points: 99 });
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('catches any single mistyped character', () => {
    const code = codeOf(fixturePlan());
    for (let i = 3; i < code.length; i += 7) {
      const other = code[i] === 'A' ? 'B' : 'A';
      const typo = code.slice(0, i) + other + code.slice(i + 1);
      expect(decodePlanCode(typo).plan).toBeNull();
    }
  });

  it('tells a response code, a newer code and junk apart', () => {
    const response = encodeShareCode({
      version: 1,
      id: 'r',
      survey: 'tensions',
      submittedAt: '2026-03-01T09:00:00Z',
      locale: 'en',
      tensions: { pace: { current: 3, desired: 5 } },
    });
    expect(decodePlanCode(response).problems[0]!.message).toMatch(/response share code/);
    expect(decodePlanCode('TP2ABCDEF').problems[0]!.message).toMatch(/newer version/);
    expect(decodePlanCode('hello').problems[0]!.message).toMatch(/not a plan code/);
    expect(decodePlanCode('').problems[0]!.message).toMatch(/empty/);
    expect(decodePlanCode('TP1').plan).toBeNull();
  });

  it('never throws on arbitrary text, with or without the prefix (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), (text, prefixed) => {
        const result = decodePlanCode(prefixed ? `TP1${text}` : text);
        expect(result.plan === null).toBe(result.problems.length > 0);
      }),
    );
  });

  it('importPlan reads JSON or a code', () => {
    expect(importPlan(planToJSON(fixturePlan())).plan).toEqual(fixturePlan());
    expect(importPlan(`  ${codeOf(fixturePlan())}\n`).plan).toEqual(fixturePlan());
  });
});
