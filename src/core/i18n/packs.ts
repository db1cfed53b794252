/**
 * The built-in languages as locale packs, assembled from the per-element word modules and the
 * catalog (which stay the source, so each element's bundle carries only its own words). The build
 * writes them to dist/locales/<lang>.json; en.json is the template a translator fills.
 */
import * as exploreEn from '../catalog/explore-en.js';
import * as exploreEs from '../catalog/explore-es.js';
import { discussionPrompts } from '../catalog/prompts.js';
import { rubricCatalog } from '../catalog/rubric.js';
import { stageCatalog } from '../catalog/stages.js';
import { tensionCatalog } from '../catalog/tensions.js';
import type { Locale } from '../schema.js';
import { checkBackStrings } from './check-back.js';
import { embedStrings } from './embed.js';
import { gapChartStrings } from './gap-chart.js';
import type { LocalePack, PackExplore, PackWords } from './pack.js';
import { planStatementStrings } from './plan-statement.js';
import { teamStrings } from './stage-rubric-team.js';
import { rubricStrings } from './stage-rubric.js';
import { summaryStrings } from './summary.js';
import { teamResultsStrings } from './team-results.js';
import { tensionPlanStrings } from './tension-plan.js';
import { sliderStrings } from './tension-slider.js';
import { surveyStrings } from './tension-survey.js';

/** The slider's words that say a position ("leaning toward {pole}"), a section of their own. */
export const POSITION_KEYS = ['balanced', 'lean', 'mostly', 'fully'] as const;

const split = (words: PackWords, keys: readonly string[], keep: boolean) =>
  Object.fromEntries(Object.entries(words).filter(([key]) => keys.includes(key) === keep));

const byId = <T extends { id: string }, U>(items: readonly T[], pick: (item: T) => U) =>
  Object.fromEntries(items.map((item) => [item.id, pick(item)]));

/** One built-in language as a pack (fresh objects, safe to change). */
export function localePack(locale: Locale): LocalePack {
  const slider = sliderStrings[locale];
  const rubric = rubricCatalog[locale][0]!;
  return {
    lang: locale,
    'tension-slider': split(slider, POSITION_KEYS, false),
    positions: split(slider, POSITION_KEYS, true),
    'tension-survey': { ...surveyStrings[locale] },
    'stage-rubric': { ...rubricStrings[locale], ...teamStrings[locale] },
    'gap-chart': { ...gapChartStrings[locale], ...summaryStrings[locale] },
    'team-results': { ...teamResultsStrings[locale], ...checkBackStrings[locale] },
    'tension-plan': { ...tensionPlanStrings[locale], ...planStatementStrings[locale] },
    embed: { ...embedStrings[locale] },
    tensions: byId(tensionCatalog[locale].tensions, ({ name, question, left, right }) => ({
      name,
      question,
      left: { label: left.label, benefits: [...left.benefits] },
      right: { label: right.label, benefits: [...right.benefits] },
    })),
    stages: byId(stageCatalog[locale], ({ label, summary }) => ({ label, summary })),
    rubric: {
      title: rubric.title,
      groups: byId(rubric.groups ?? [], ({ title }) => ({ title })),
      dimensions: byId(rubric.dimensions, ({ title, descriptors }) => ({
        title,
        descriptors: { ...descriptors },
      })),
    },
    prompts: Object.fromEntries(
      Object.entries(discussionPrompts[locale]).map(([id, list]) => [id, [...list]]),
    ),
    explore: JSON.parse(JSON.stringify({ en: exploreEn, es: exploreEs }[locale])) as PackExplore,
  };
}
