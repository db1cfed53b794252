import { describe, expect, it } from 'vitest';
import { tensionCatalog } from '../../../../src/core/catalog/tensions.js';
import {
  escapeMarkdown,
  leanOf,
  leansStrongly,
  planStatement,
  statementToMarkdown,
  statementToText,
} from '../../../../src/core/plan/index.js';
import { fixturePlan } from '../../../fixtures/plan.js';

const en = planStatement(fixturePlan(), { locale: 'en', tensions: tensionCatalog.en.tensions });
const es = planStatement(fixturePlan(), { locale: 'es', tensions: tensionCatalog.es.tensions });

describe('planStatement', () => {
  it('says the plan in plain English sentences', () => {
    expect(en.title).toBe('Riverside district: our path for 2026');
    expect(en.intro).toMatch(/^Decided on March 10, 2026\./);
    expect(en.paragraphs.map((p) => p.heading)).toEqual([
      'Locus of control',
      'Pace',
      'Flexibility',
    ]);
    expect(en.paragraphs[0]!.sentences).toEqual([
      'We aim to lean toward Decentralized (5 of 7) because principals know their students and own the work when they shape it.',
      'From the other side, Centralized, we keep one implementation rubric for every school.',
      'We will know we lean too far when students moving between schools meet very different expectations or schools stop sharing data.',
    ]);
    expect(en.paragraphs[0]!.steps).toEqual([
      'Draft the school-level rubric (Ana Ruiz, by May 15, 2026).',
      'Hold design sessions with each school (Principals, by June 30, 2026).',
    ]);
    expect(en.paragraphs[1]!.sentences).toEqual([
      'We aim to lean toward Fast (3 of 7) because we want lessons from each pilot to shape the next wave.',
      'From Fast we keep a clear date for the second wave.',
      'From the other side, Slow and steady, we keep time for teachers to learn.',
      'We will know we lean too far when pilot schools wait a year for an answer.',
    ]);
    expect(en.paragraphs[2]).toMatchObject({
      decided: false,
      sentences: [
        'We aim to hold a balance between Fixed strategy and Adapt quickly (4 of 7).',
        'The team has not confirmed this aim yet.',
      ],
    });
  });

  it('says the same plan in Spanish', () => {
    expect(es.intro).toMatch(/^Decidido el 10 de marzo de 2026\./);
    expect(es.paragraphs[0]!.heading).toBe(tensionCatalog.es.tensions[0]!.name);
    const [left, right] = [
      tensionCatalog.es.tensions[0]!.left.label,
      tensionCatalog.es.tensions[0]!.right.label,
    ];
    expect(es.paragraphs[0]!.sentences).toEqual([
      `Queremos inclinarnos hacia ${right} (5 de 7) porque principals know their students and own the work when they shape it.`,
      `Del otro lado, ${left}, conservamos one implementation rubric for every school.`,
      'Sabremos que nos inclinamos demasiado cuando students moving between schools meet very different expectations o schools stop sharing data.',
    ]);
    expect(es.paragraphs[0]!.steps[0]).toBe(
      'Draft the school-level rubric (Ana Ruiz, para el 15 de mayo de 2026).',
    );
    expect(es.paragraphs[2]!.sentences[1]).toBe('El equipo todavía no ha confirmado esta meta.');
  });

  it('leans strongly near a pole, and keeps names and acronyms capitalised', () => {
    const plan = fixturePlan();
    plan.tensions.pace!.aim = 1;
    plan.tensions.pace!.values = 'NASA-style launch reviews keep us honest';
    const statement = planStatement(plan, { locale: 'en', tensions: tensionCatalog.en.tensions });
    expect(statement.paragraphs[1]!.sentences[0]).toBe(
      'We aim to lean strongly toward Fast (1 of 7) because NASA-style launch reviews keep us honest.',
    );
  });

  it('words a tension it does not know by its id and the words for the poles', () => {
    const plan = fixturePlan();
    plan.tensions = {
      'family-voice': { ...plan.tensions.pace!, aim: 3, keeps: { left: '', right: '' } },
    };
    const statement = planStatement(plan, { locale: 'en', tensions: [] });
    expect(statement.paragraphs[0]!.heading).toBe('family-voice');
    expect(statement.paragraphs[0]!.sentences[0]).toMatch(/^We aim to lean toward the left pole/);
  });

  it('says when no aim is set', () => {
    const plan = fixturePlan();
    plan.tensions.flexibility!.aim = null;
    const statement = planStatement(plan, { locale: 'en', tensions: tensionCatalog.en.tensions });
    expect(statement.paragraphs[2]!.sentences).toEqual([
      'We have not set an aim on this tension yet.',
    ]);
  });

  it('takes word overrides', () => {
    const statement = planStatement(fixturePlan(), {
      locale: 'en',
      tensions: tensionCatalog.en.tensions,
      words: { stepsTitle: 'What we do next' },
    });
    expect(statementToText(statement)).toContain('What we do next:');
  });
});

describe('planStatement in a page’s own language', () => {
  it('writes dates and lists in the pack’s language tag, its words from the pack', () => {
    const fr = planStatement(fixturePlan(), {
      locale: 'en',
      lang: 'fr',
      tensions: tensionCatalog.en.tensions,
      words: { statementIntro: 'Décidé le {date}.', warning: 'Trop loin quand {signs}' },
    });
    expect(fr.intro).toBe('Décidé le 10 mars 2026.');
    expect(fr.paragraphs[0]!.sentences.at(-1)).toBe(
      'Trop loin quand students moving between schools meet very different expectations ou schools stop sharing data.',
    );
    expect(fr.paragraphs[0]!.steps[0]).toBe(
      'Draft the school-level rubric (Ana Ruiz, by 15 mai 2026).',
    );
  });

  it('falls back to the built-in locale for a tag Intl does not take', () => {
    const pseudo = planStatement(fixturePlan(), {
      locale: 'en',
      lang: 'x-pseudo',
      tensions: tensionCatalog.en.tensions,
    });
    expect(pseudo.intro).toBe(en.intro);
  });
});

describe('leanOf and leansStrongly', () => {
  it('reads the middle of an odd scale as balance and an even scale never so', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((aim) => leanOf(aim, 7))).toEqual([
      'left',
      'left',
      'left',
      'balance',
      'right',
      'right',
      'right',
    ]);
    expect([3, 4].map((aim) => leanOf(aim, 6))).toEqual(['left', 'right']);
    expect([1, 2, 3, 5, 6, 7].map((aim) => leansStrongly(aim, 7))).toEqual([
      true,
      true,
      false,
      false,
      true,
      true,
    ]);
  });
});

describe('statement renderers', () => {
  it('writes plain text with a blank line between paragraphs and steps as a list', () => {
    const text = statementToText(en);
    expect(text).toContain('Locus of control\nWe aim to lean toward Decentralized');
    expect(text).toContain(
      'Next steps:\n- Draft the school-level rubric (Ana Ruiz, by May 15, 2026).',
    );
    expect(text.split('\n\n')).toHaveLength(2 + 3);
  });

  it('writes Markdown with headings and escapes typed text', () => {
    const md = statementToMarkdown(en);
    expect(md.startsWith('# Riverside district: our path for 2026\n\n')).toBe(true);
    expect(md).toContain('\n## Locus of control\n');
    expect(md).toContain('**Next steps**\n\n- Draft the school-level rubric');
    expect(escapeMarkdown('*bold* <b> [link](x) # not a heading')).toBe(
      '\\*bold\\* \\<b\\> \\[link\\](x) # not a heading',
    );
    expect(escapeMarkdown('- item\n1. first')).toBe('\\- item\n1\\. first');
  });
});
