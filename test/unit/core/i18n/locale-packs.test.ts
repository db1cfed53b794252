import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareToTemplate, checkPack } from '../../../../src/core/i18n/pack-check.js';
import { englishIn, overlay, translated } from '../../../../src/core/i18n/pack-merge.js';
import type { LocalePack } from '../../../../src/core/i18n/pack.js';
import { localePack } from '../../../../src/core/i18n/packs.js';
import { registerLocale } from '../../../../src/core/index.js';
import { localeRegistry, packFor } from '../../../../src/core/i18n/registry.js';
import { tensionCatalog } from '../../../../src/core/catalog/tensions.js';
import { sliderStrings } from '../../../../src/core/i18n/tension-slider.js';

afterEach(() => {
  localeRegistry().packs.clear();
  vi.restoreAllMocks();
});

describe('the built-in packs', () => {
  it('hold every word of every element, the tensions, stages, rubric, prompts and explore text', () => {
    const en = localePack('en');
    expect(Object.keys(en)).toEqual([
      'lang',
      'tension-slider',
      'positions',
      'tension-survey',
      'stage-rubric',
      'gap-chart',
      'team-results',
      'tension-plan',
      'embed',
      'tensions',
      'stages',
      'rubric',
      'prompts',
      'explore',
    ]);
    expect(en.explore?.words?.strategies).toBe('How districts charted a path between the two');
    expect(en.explore?.text?.pace?.strategies?.length).toBeGreaterThanOrEqual(2);
    expect(en.positions).toEqual({
      balanced: 'balanced',
      lean: 'leaning toward “{pole}”',
      mostly: 'mostly toward “{pole}”',
      fully: 'at the “{pole}” end',
    });
    expect(en['tension-survey']?.submit).toBe('Submit');
    expect(en['tension-survey']?.copy).toBe('Copy');
    expect(en['stage-rubric']?.teamTitle).toBe('Team ratings');
    expect(en['gap-chart']?.largestGap).toMatch(/largest gap/);
    // <tension-plan>'s words with its statement's, <team-results>' with its check-back's.
    expect(en['tension-plan']?.heading).toBe('Chart a path');
    expect(en['tension-plan']?.statementTitle).toBe('Our path through the tensions of change');
    expect(en['team-results']?.checkTitle).toBe('Checking back against the plan');
    expect(en.embed?.open).toBe('Open the survey');
    expect(en.embed?.['tension-survey']).toBe('Design tensions survey');
    expect(en.tensions?.pace?.left?.benefits).toHaveLength(3);
    expect(en.stages?.exploring?.label).toBe('Exploring');
    expect(en.rubric?.groups?.orient?.title).toMatch(/^Orient/);
    expect(en.rubric?.dimensions?.roadmap?.descriptors?.breakthrough).toMatch(/living plan/);
    expect(en.prompts?.pace).toHaveLength(2);
  });

  it('Spanish has exactly the keys of the English template', () => {
    const { lang: _en, ...en } = localePack('en');
    const { lang: _es, ...es } = localePack('es');
    expect(compareToTemplate(en, es)).toEqual({ missing: [], unknown: [] });
    expect(localePack('es')['tension-survey']?.submit).toBe('Enviar');
  });

  it('are JSON as they are (the build writes them to dist/locales)', () => {
    const en = localePack('en');
    expect(JSON.parse(JSON.stringify(en))).toEqual(en);
  });
});

describe('checkPack', () => {
  it('accepts a partial pack and lists what it lacks and what no element uses', () => {
    const result = checkPack({
      lang: 'fr',
      'tension-survey': { submit: 'Envoyer', sumbit: 'typo' },
      tensions: { pace: { name: 'Rythme' } },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.missing).toContain('tension-survey.role');
    expect(result.missing).toContain('tensions.pace.question');
    expect(result.missing).toContain('tensions.pace.left.benefits.0');
    expect(result.missing).not.toContain('tension-survey.submit');
    expect(result.missing).not.toContain('tensions.pace.name');
    expect(result.unknown).toEqual(['tension-survey.sumbit']);
  });

  it('counts empty text as missing', () => {
    const result = checkPack({ lang: 'fr', 'tension-survey': { submit: '  ' } });
    expect(result.ok && result.missing).toContain('tension-survey.submit');
  });

  it('refuses a pack that does not fit, naming the field', () => {
    const result = checkPack({ lang: 'fr', tensions: { pace: { name: 3 } } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.path).toBe('tensions.pace.name');
    const noLang = checkPack({ 'tension-survey': {} });
    expect(!noLang.ok && noLang.problems[0]?.path).toBe('lang');
    expect(checkPack({ lang: 'not a tag' }).ok).toBe(false);
    expect(checkPack('text').ok).toBe(false);
    expect(checkPack(null).ok).toBe(false);
  });
});

describe('registerLocale', () => {
  it('registers a pack for its language and its regional variants', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const report = await registerLocale({ lang: 'fr', 'tension-survey': { submit: 'Envoyer' } });
    expect(report.ok).toBe(true);
    expect(packFor('fr')?.['tension-survey']?.submit).toBe('Envoyer');
    expect(packFor('fr-CA')?.lang).toBe('fr');
    expect(packFor('FR_ch')?.lang).toBe('fr');
    expect(packFor('de')).toBeUndefined();
  });

  it('warns once, naming the missing keys', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await registerLocale({ lang: 'fr', 'tension-survey': { submit: 'Envoyer' } });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/"fr".*tension-survey\.role/);
    expect(String(warn.mock.calls[0]![0])).not.toMatch(/tension-survey\.submit\b/);
  });

  it('does not warn about a complete pack', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const report = await registerLocale({ ...localePack('en'), lang: 'en-GB' });
    expect(report).toEqual({ ok: true, lang: 'en-GB', missing: [], unknown: [] });
    expect(warn).not.toHaveBeenCalled();
  });

  it('refuses a malformed pack with a console.error naming the path, and never throws', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const report = await registerLocale({ lang: 'fr', stages: { exploring: { label: ['x'] } } });
    expect(report.ok).toBe(false);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![0])).toContain('stages.exploring.label');
    expect(packFor('fr')).toBeUndefined();
    await expect(registerLocale(undefined)).resolves.toMatchObject({ ok: false });
    await expect(registerLocale(Symbol('x'))).resolves.toMatchObject({ ok: false });
  });

  it('tells the listeners (each element re-renders), with the problems of a refused pack', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const events: unknown[] = [];
    const listener = (event: unknown) => events.push(event);
    localeRegistry().listeners.add(listener);
    try {
      await registerLocale({ ...localePack('es'), lang: 'es-MX' });
      await registerLocale({ lang: 3 }, 'the source');
    } finally {
      localeRegistry().listeners.delete(listener);
    }
    expect(events[0]).toMatchObject({ ok: true, lang: 'es-MX' });
    expect(events[1]).toMatchObject({ problems: [{ path: 'lang' }], source: 'the source' });
  });

  it('shares one registry through globalThis, under a registered symbol', () => {
    const key = Symbol.for('tensionkit.locales');
    expect((globalThis as Record<symbol, unknown>)[key]).toBe(localeRegistry());
  });
});

describe('overlay and translated', () => {
  const pack: LocalePack = {
    lang: 'fr',
    'tension-slider': { current: 'Où nous sommes' },
    tensions: { pace: { name: 'Rythme', left: { label: 'Rapide', benefits: ['Élan'] } } },
  };

  it('takes the pack’s words and keeps English for the rest, remembering which', () => {
    const english = new Set<string>();
    const words = overlay(sliderStrings.en, pack['tension-slider'], english);
    expect(words.current).toBe('Où nous sommes');
    expect(words.desired).toBe('Where we should be');
    expect(english.has('Where we should be')).toBe(true);
    expect(english.has('Where we are')).toBe(false);
  });

  it('translates lists of objects by id, keeps ids, and lists of text by position', () => {
    const english = new Set<string>();
    const tensions = overlay(tensionCatalog.en.tensions, pack.tensions, english);
    const pace = tensions.find((tension) => tension.id === 'pace')!;
    expect(pace.name).toBe('Rythme');
    expect(pace.left.label).toBe('Rapide');
    expect(pace.left.benefits[0]).toBe('Élan');
    expect(pace.left.benefits[1]).toBe(tensionCatalog.en.tensions[1]!.left.benefits[1]);
    expect(tensions.map((tension) => tension.id)).toEqual(
      tensionCatalog.en.tensions.map((tension) => tension.id),
    );
    expect(english.has('Locus of control')).toBe(true);
  });

  it('ignores what is only on the prototype', () => {
    const english = new Set<string>();
    const words = overlay({ constructor: 'c' } as Record<string, string>, {}, english);
    expect(words.constructor).toBe('c');
  });

  it('returns the same object for the same pack and text, and the text itself without a pack', () => {
    const pick = (p: LocalePack) => p['tension-slider'];
    const first = translated(pack, sliderStrings.en, pick);
    expect(translated(pack, sliderStrings.en, pick)).toBe(first);
    expect(translated(undefined, sliderStrings.en, pick)).toBe(sliderStrings.en);
    expect(englishIn(pack).has('Unsure')).toBe(true);
  });
});
