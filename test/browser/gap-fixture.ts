/** A fixed team for the gap chart's tests: 12 people in four roles, and their baseline. */
import { TENSION_IDS } from '../../src/core/schema.js';
import type { SurveyResponse } from '../../src/core/schema.js';

const ROLES = [
  'Principal',
  'Principal',
  'Principal',
  'Principal',
  'Teacher',
  'Teacher',
  'Teacher',
  'Teacher',
  'District leader',
  'District leader',
  'District leader',
  'Counselor',
];

/** Answers per person (rows) and tension (columns, catalog order), as [current, desired]. */
function answers(person: number, shift: number): [number, number][] {
  return TENSION_IDS.map((_, t) => {
    const role = ROLES[person]!;
    let current = 1 + ((person * 3 + t * 5) % 7);
    let desired = 1 + ((person * 2 + t * 3 + 3) % 7);
    if (t === 1) {
      // Pace: everyone sees a fast pace, teachers most; they want to slow down.
      current = role === 'Teacher' ? 7 : role === 'District leader' ? 4 : 6;
      desired = 2 + (person % 2);
    }
    if (t === 0) {
      // Locus of control: aligned.
      current = 3 + (person % 2);
      desired = 4;
    }
    return [Math.min(7, Math.max(1, current + shift)), desired];
  });
}

function team(shift: number, day: string, prefix: string): SurveyResponse[] {
  return ROLES.map((role, person) => ({
    version: 1,
    id: `${prefix}-${person + 1}`,
    survey: 'tensions',
    role,
    submittedAt: `${day}T09:${String(person).padStart(2, '0')}:00Z`,
    locale: 'en',
    tensions: Object.fromEntries(
      answers(person, shift).map(([current, desired], t) => [
        TENSION_IDS[t]!,
        { current, desired },
      ]),
    ),
  }));
}

export const fixtureTeam = (): SurveyResponse[] => team(0, '2026-03-01', 'p');
export const fixtureBaseline = (): SurveyResponse[] => team(-1, '2025-09-01', 'b');

/** The summary of the fixture team against its baseline, in English: what the tests expect. */
export const FIXTURE_SUMMARY = [
  '12 people responded (Counselor: 1, District leader: 3, Principal: 4 and Teacher: 4).',
  'The baseline has 12 responses.',
  'The largest gap is on Pace: the team sees itself at 5.8 of 7 and wants to be at 2.5, toward Fast.',
  'Next come Flexibility (a gap of 0.6 toward Fixed strategy) and Locus of control (a gap of 0.5 toward Decentralized).',
  'The team is most split on Cultivating capacity: a spread of 2.1 points, with answers for where we are from 1 to 7.',
  'Roles differ most on Pace: on where we are, the District leader group averages 4.0 and the Teacher group 7.0, 3.0 points apart.',
  'Since the baseline, the largest movement is on Locus of control: where we are moved 1.0 points toward Decentralized.',
  'Figures for Counselor are hidden where fewer than 3 of them answered.',
];
