import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as core from '../../../src/core/index.js';
import { foreignLang, resolveText } from '../../../src/core/localized-text.js';
import {
  definitionTensions,
  resolveSurveyDefinition,
  withDefinitionTensions,
} from '../../../src/core/survey-definition-resolve.js';
import {
  parseSurveyDefinition,
  surveyDefinitionSchema,
} from '../../../src/core/survey-definition-schema.js';
import { checkSurveyDefinition } from '../../../src/core/survey-definition.js';
import { safeParse } from '../../../src/core/parse.js';
import { TENSION_IDS } from '../../../src/core/ids.js';
import { tensionCatalog } from '../../../src/core/catalog/tensions.js';

const familyVoice = {
  id: 'family-voice',
  name: { en: 'Family voice', es: 'Voz de las familias' },
  question: {
    en: 'How do families shape our decisions?',
    es: '¿Cómo influyen las familias en nuestras decisiones?',
  },
  left: { label: { en: 'Informed', es: 'Informadas' }, benefits: [{ en: 'Clear', es: 'Claro' }] },
  right: { label: { en: 'Co-designers', es: 'Codiseñadoras' } },
};

const definition = {
  id: 'spring-check-in',
  title: { en: 'Spring check-in', es: 'Revisión de primavera' },
  introduction: 'Five minutes, anonymous.',
  thankYou: { en: 'Thank you!', es: '¡Gracias!' },
  roleQuestion: {
    label: { en: 'Your role', es: 'Su función' },
    choices: [{ en: 'Teacher', es: 'Docente' }, 'Principal'],
  },
  points: 5,
  tensions: ['pace', familyVoice, 'flexibility'],
  rubric: 'district',
};

const problemsOf = (input: unknown) => {
  const result = parseSurveyDefinition(input);
  return result.ok ? [] : result.problems;
};

describe('parseSurveyDefinition', () => {
  it('reads a full definition, defaulting benefits and keeping the text by language', () => {
    const result = parseSurveyDefinition(definition);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.tensions[1]).toEqual({
      ...familyVoice,
      right: { ...familyVoice.right, benefits: [] },
    });
    expect(result.value.points).toBe(5);
  });

  it('reads JSON text, and says when the text is not JSON', () => {
    expect(parseSurveyDefinition(JSON.stringify(definition)).ok).toBe(true);
    const [problem] = problemsOf('{"id": "x",');
    expect(problem?.path).toBe('');
    expect(problem?.message).toMatch(/not valid JSON/);
  });

  it('defaults the scale to 7 points and needs only an id and tensions', () => {
    const result = parseSurveyDefinition({ id: 'mini', tensions: ['pace'] });
    expect(result).toEqual({ ok: true, value: { id: 'mini', tensions: ['pace'], points: 7 } });
  });

  it('names the field of a problem deep in an inline tension', () => {
    const bad = {
      ...definition,
      tensions: ['pace', familyVoice, { ...familyVoice, id: 'other', left: { label: '  ' } }],
    };
    expect(problemsOf(bad)).toEqual([
      { path: 'tensions[2].left.label', message: 'This text is empty; write something here.' },
    ]);
  });

  it('names the language of a problem in text by language', () => {
    expect(problemsOf({ ...definition, title: { en: 'Fine', es: 'x'.repeat(161) } })).toEqual([
      { path: 'title.es', message: 'Keep this text under 160 characters.' },
    ]);
    expect(problemsOf({ ...definition, title: { 'not a tag': 'Hi' } })[0]?.path).toBe(
      'title.not a tag',
    );
    expect(problemsOf({ ...definition, title: {} })[0]).toEqual({
      path: 'title',
      message: 'Give the text in at least one language.',
    });
    expect(problemsOf({ ...definition, introduction: 42 })[0]?.path).toBe('introduction');
  });

  it('refuses a tension asked twice and an inline id that is a built-in one', () => {
    expect(problemsOf({ ...definition, tensions: ['pace', 'pace'] })).toEqual([
      { path: 'tensions[1]', message: expect.stringMatching(/"pace" is in this survey twice/) },
    ]);
    expect(problemsOf({ ...definition, tensions: [familyVoice, familyVoice] })[0]?.path).toBe(
      'tensions[1].id',
    );
    expect(problemsOf({ ...definition, tensions: [{ ...familyVoice, id: 'pace' }] })).toEqual([
      { path: 'tensions[0].id', message: expect.stringMatching(/built-in tension's id/) },
    ]);
  });

  it('refuses an unknown built-in id, a missing field and a misspelled one, naming each', () => {
    const problems = problemsOf({
      title: 'x',
      tensions: ['paec', 7],
      thankyou: 'Thanks',
    });
    const paths = problems.map((problem) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(['id', 'tensions[0]', 'tensions[1]', '']));
    expect(problems.find((p) => p.path === 'tensions[0]')?.message).toMatch(/not a built-in/);
    expect(problems.find((p) => p.path === '')?.message).toMatch(/thankyou/);
  });

  it('checks the rubric: an id, or a rubric whose problems are named under rubric', () => {
    expect(problemsOf({ ...definition, rubric: 'Not An Id' })[0]?.path).toBe('rubric');
    expect(problemsOf({ ...definition, rubric: { id: 'r', title: 'R', groups: [] } })).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'rubric.groups' })]),
    );
  });

  it('never throws, on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseSurveyDefinition(input);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
    fc.assert(
      fc.property(
        fc.record({ id: fc.constant('x'), tensions: fc.array(fc.anything(), { maxLength: 4 }) }),
        (input) => void parseSurveyDefinition(input),
      ),
    );
  });

  it('gives the same answer as its zod schema, and without the rubric check as the elements read it', () => {
    const inputs = fc.oneof(
      fc.anything(),
      fc.record({
        id: fc.oneof(fc.constant('x'), fc.anything()),
        tensions: fc.array(fc.oneof(fc.constantFrom('pace', 'paec'), fc.anything()), {
          maxLength: 3,
        }),
        title: fc.oneof(
          fc.string(),
          fc.dictionary(fc.constantFrom('en', 'es', 'x y'), fc.string()),
        ),
        points: fc.oneof(fc.integer({ min: 0, max: 13 }), fc.anything()),
      }),
    );
    fc.assert(
      fc.property(inputs, (input) => {
        const parsed = parseSurveyDefinition(input);
        // The schema takes objects; the parser reads JSON text too.
        if (typeof input !== 'string')
          expect(safeParse(surveyDefinitionSchema, input)).toEqual(parsed);
        expect(checkSurveyDefinition(input)).toEqual(parsed); // no inline rubric here
      }),
    );
  });

  it('is exported from tensionkit/core, with the resolver', () => {
    expect(core.parseSurveyDefinition).toBe(parseSurveyDefinition);
    expect(core.resolveSurveyDefinition).toBe(resolveSurveyDefinition);
    expect(core.resolveText).toBe(resolveText);
  });
});

describe('resolveText', () => {
  const text = { en: 'Pace', es: 'Ritmo', 'pt-BR': 'Ritmo (BR)' };

  it('picks the exact tag, then the base language, then English, then the first', () => {
    expect(resolveText(text, 'es')).toEqual({ text: 'Ritmo', lang: 'es' });
    expect(resolveText(text, 'es-MX')).toEqual({ text: 'Ritmo', lang: 'es' });
    expect(resolveText(text, 'PT-br')).toEqual({ text: 'Ritmo (BR)', lang: 'pt-BR' });
    expect(resolveText(text, 'fr')).toEqual({ text: 'Pace', lang: 'en' });
    expect(resolveText({ es: 'Ritmo', fr: 'Rythme' }, 'de')).toEqual({ text: 'Ritmo', lang: 'es' });
  });

  it('takes another tag of the same language before English: es-MX for es, en-US for English', () => {
    const regional = { 'en-US': 'Pace', 'es-MX': 'Ritmo', fr: 'Rythme' };
    expect(resolveText(regional, 'es')).toEqual({ text: 'Ritmo', lang: 'es-MX' });
    expect(resolveText(regional, 'es-AR')).toEqual({ text: 'Ritmo', lang: 'es-MX' });
    expect(resolveText(regional, 'de')).toEqual({ text: 'Pace', lang: 'en-US' });
  });

  it('takes a plain string as it is, in no particular language', () => {
    expect(resolveText('  Pace ', 'es')).toEqual({ text: 'Pace', lang: undefined });
  });

  it('always answers with one of the texts given, and the tag it came from', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('en', 'es', 'fr', 'es-MX', 'pt'), fc.string(), {
          minKeys: 1,
        }),
        fc.constantFrom('en', 'es', 'fr', 'de', 'es-AR', 'pt-BR'),
        (texts, locale) => {
          const { text: chosen, lang } = resolveText(texts, locale);
          expect(lang).toBeDefined();
          expect(chosen).toBe(texts[lang!]!.trim());
          if (Object.hasOwn(texts, locale)) expect(lang).toBe(locale);
        },
      ),
    );
  });

  it('marks a language only when it is not the page language', () => {
    expect(foreignLang({ text: 'Pace', lang: 'en' }, 'es')).toBe('en');
    expect(foreignLang({ text: 'Ritmo', lang: 'es' }, 'es-MX')).toBeUndefined();
    expect(foreignLang({ text: 'Pace', lang: undefined }, 'es')).toBeUndefined();
  });
});

describe('resolveSurveyDefinition', () => {
  const parsed = parseSurveyDefinition(definition);
  if (!parsed.ok) throw new Error('the sample definition should parse');

  it('gives the survey in Spanish, role values in English so teams group by role', () => {
    const survey = resolveSurveyDefinition(parsed.value, 'es');
    expect(survey.title).toEqual({ text: 'Revisión de primavera', lang: 'es' });
    expect(survey.introduction).toEqual({ text: 'Five minutes, anonymous.', lang: undefined });
    expect(survey.roles).toEqual([
      { value: 'Teacher', label: { text: 'Docente', lang: 'es' } },
      { value: 'Principal', label: { text: 'Principal', lang: undefined } },
    ]);
    expect(survey.tensionIds).toEqual(['pace', 'family-voice', 'flexibility']);
    expect(survey.custom.get('family-voice')).toEqual({
      id: 'family-voice',
      name: 'Voz de las familias',
      question: '¿Cómo influyen las familias en nuestras decisiones?',
      left: { label: 'Informadas', benefits: ['Claro'] },
      right: { label: 'Codiseñadoras', benefits: [] },
    });
    expect(survey.points).toBe(5);
    expect(survey.rubric).toBe('district');
  });

  it('marks the language of a tension whose text falls back from the page language', () => {
    const [tension] = definitionTensions(parsed.value, 'fr');
    expect(tension?.lang).toBe('en');
    expect(tension?.name).toBe('Family voice');
  });

  it('hands an inline rubric on as JSON text', () => {
    const rubric = { id: 'mine', title: 'Mine', groups: [], dimensions: [] };
    const survey = resolveSurveyDefinition({ ...parsed.value, rubric: rubric as never }, 'en');
    expect(JSON.parse(survey.rubric!)).toEqual(rubric);
  });

  it('puts the own tensions after the built-in ones for naming; none without a definition', () => {
    const builtIn = tensionCatalog.en.tensions;
    const names = withDefinitionTensions(builtIn, parsed.value, 'en').map((t) => t.id);
    expect(names).toEqual([...TENSION_IDS, 'family-voice']);
    expect(withDefinitionTensions(builtIn, null, 'en')).toBe(builtIn);
  });
});
