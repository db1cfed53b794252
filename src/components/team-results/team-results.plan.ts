/**
 * `<team-results>`'s check-back against a plan, in a chunk of its own that loads only when a plan
 * is given: reading the plan (an object, a share code or JSON) and the section that says, per
 * tension, where the team now sees itself against the aim, how it moved since the baseline,
 * whether it is still aligned, and which warning signs to discuss.
 */
import { html, nothing } from 'lit';
import { format, withOverrides } from '../../core/i18n/index.js';
import { checkBackStrings } from '../../core/i18n/check-back.js';
import { checkBack } from '../../core/plan/check-back.js';
import { importPlan, describePlanProblems } from '../../core/plan/codec.js';
import { parsePlan } from '../../core/plan/schema.js';
import type { PlanParse, PlanRecord } from '../../core/plan/schema.js';
import { formatPlanDate, intlTag } from '../../core/plan/statement.js';
import type { Locale, SurveyResponse, Tension } from '../../core/schema.js';
import type { LocalePacks } from '../../internal/locale-packs.js';
import { stringsOrNull } from '../../internal/strings-attribute.js';

/** A plan as the page gives it: the object, or the text of a share code or a JSON file. */
export function readPlan(input: unknown): PlanParse {
  return typeof input === 'string' ? importPlan(input) : parsePlan(input);
}

export { describePlanProblems };

/** The aims of a plan by tension, for the gap chart to mark. */
export function aimsOf(plan: PlanRecord): Record<string, number> {
  const aims: Record<string, number> = {};
  for (const [id, entry] of Object.entries(plan.tensions))
    if (entry.aim !== null) aims[id] = entry.aim;
  return aims;
}

/**
 * What the check-back says its text with, worked out here in the chunk rather than in the
 * element's bundle: the words are in the pack's `team-results` section, and `strings` takes them.
 */
export interface CheckBackText {
  /** The built-in language the words start from. */
  locale: Locale;
  /** The page's locale pack (its language tag dates the plan too). */
  packs: Pick<LocalePacks, 'in' | 'pack'>;
  /** The element's `strings`. */
  strings: unknown;
  /** A tension's name in the page's language. */
  tension: (id: string) => Pick<Tension, 'name'> | undefined;
}

/** The check-back section. */
export function checkBackTemplate(
  plan: PlanRecord,
  checkIn: readonly SurveyResponse[],
  baseline: readonly SurveyResponse[] | null,
  { locale, packs, strings, tension }: CheckBackText,
) {
  const words = withOverrides(
    packs.in(checkBackStrings[locale], (pack) => pack['team-results']),
    stringsOrNull(strings),
  );
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const n = (value: number | null) => (value === null ? '–' : one.format(value));
  const entries = checkBack(plan, checkIn, baseline);
  return html`<section class="check-back" part="check-back" aria-labelledby="check-title">
    <h2 id="check-title">${words.checkTitle}</h2>
    <p>
      ${format(words.checkIntro, {
        title: plan.title || plan.id,
        date: formatPlanDate(plan.decidedAt, intlTag(packs.pack?.lang, locale)),
      })}
    </p>
    ${entries.map((entry) => {
      const position =
        entry.position === null
          ? words.noAnswers
          : format(
              entry.position === 'at-aim'
                ? words.aimAt
                : entry.position === 'past-aim'
                  ? words.aimPast
                  : words.aimShort,
              { now: n(entry.now), aim: entry.aim },
            );
      const moved =
        entry.movement === null
          ? nothing
          : html`<p class="moved ${entry.movement}">
              ${format(
                entry.movement === 'toward'
                  ? words.movedToward
                  : entry.movement === 'away'
                    ? words.movedAway
                    : words.steady,
                { before: n(entry.before) },
              )}
            </p>`;
      const aligned =
        entry.aligned === null
          ? nothing
          : html`<p class="aligned">
              ${format(entry.aligned ? words.aligned : words.notAligned, {
                spread: n(entry.desiredSpread),
              })}
            </p>`;
      return html`<article class="aim-check" data-tension=${entry.tension}>
        <h3>${tension(entry.tension)?.name ?? entry.tension}</h3>
        <p class="position">${position}</p>
        ${moved} ${aligned} ${entry.decided ? nothing : html`<p>${words.notDecided}</p>`}
        ${
          entry.warningSigns.length
            ? html`<h4>${words.signsTitle}</h4>
                <ul class="signs">
                  ${entry.warningSigns.map((sign) => html`<li>${sign}</li>`)}
                </ul>`
            : nothing
        }
      </article>`;
    })}
  </section>`;
}
