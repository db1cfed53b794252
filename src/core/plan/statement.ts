/**
 * The one-page statement a district publishes from its plan: per tension, where it aims to be and
 * why, what it keeps from each side, the signs that it leans too far, and its next steps. Built as
 * structured paragraphs (for the element) with plain-text and Markdown renderers. No DOM.
 */
import { format } from '../i18n/index.js';
import type { Messages } from '../i18n/index.js';
import { planStatementStrings } from '../i18n/plan-statement.js';
import type { PlanStatementKey } from '../i18n/plan-statement.js';
import { inLanguage } from '../catalog/shared.js';
import type { Locale, Tension } from '../schema.js';
import type { PlanRecord, PlanStep, PlanTension } from './schema.js';

export interface StatementParagraph {
  /** Tension id. */
  readonly tension: string;
  /** The tension's name. */
  readonly heading: string;
  /** False while the aim is only a prefilled suggestion. */
  readonly decided: boolean;
  /** Whole sentences, each ending with its full stop. */
  readonly sentences: readonly string[];
  /** The next steps, one line each. */
  readonly steps: readonly string[];
}

export interface Statement {
  readonly title: string;
  readonly intro: string;
  readonly stepsTitle: string;
  readonly paragraphs: readonly StatementParagraph[];
}

export interface StatementOptions {
  /** The language of the statement; by default the plan's own. */
  locale?: Locale;
  /** The tensions' names and poles (from the catalog, or a survey's own tensions). */
  tensions: readonly Pick<Tension, 'id' | 'name' | 'left' | 'right'>[];
  /** Overrides for any of the statement's words. */
  words?: Partial<Messages<PlanStatementKey>>;
  /**
   * The language tag dates and lists are written in (a page's locale pack's, such as "fr"), when
   * it is not `locale`; a tag the browser cannot format with falls back to `locale`.
   */
  lang?: string;
}

/** Where an aim sits: toward the left pole, toward the right, or in the middle. */
export type Lean = 'left' | 'right' | 'balance';

/** The side of the scale an aim leans toward (the exact middle of an odd scale is balance). */
export function leanOf(aim: number, points: number): Lean {
  const middle = (points + 1) / 2;
  return aim < middle ? 'left' : aim > middle ? 'right' : 'balance';
}

/** True when an aim is at least two thirds of the way from the middle to a pole. */
export function leansStrongly(aim: number, points: number): boolean {
  const middle = (points + 1) / 2;
  return Math.abs(aim - middle) >= ((points - 1) / 2) * (2 / 3) - 1e-9;
}

const END = /[.!?…。]$/u;
/** A sentence ends with a full stop unless it already ends with one. */
const sentence = (text: string) => (END.test(text) ? text : `${text}.`);
/**
 * Typed text placed inside one of our sentences: no closing full stop, and a lowercase first
 * letter unless the word looks like a name or an acronym (its second letter is a capital too).
 */
function clause(text: string): string {
  const trimmed = text.trim().replace(/[.;,]+$/u, '');
  const [first = '', second = ''] = [...trimmed];
  const keep = second !== '' && second === second.toUpperCase() && second !== second.toLowerCase();
  return keep ? trimmed : first.toLowerCase() + trimmed.slice(first.length);
}

/** `lang` if Intl formats in it (a private tag such as "x-pseudo" it refuses), else `locale`. */
export function intlTag(lang: string | undefined, locale: Locale): string {
  try {
    return lang ? (Intl.getCanonicalLocales(lang)[0] ?? locale) : locale;
  } catch {
    return locale;
  }
}

/**
 * A date such as "30 September 2026" in the statement's language (UTC, so it does not shift):
 * `lang` is a built-in locale or any tag Intl takes.
 */
export function formatPlanDate(iso: string, lang: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function stepLine(step: PlanStep, words: Messages<PlanStatementKey>, locale: string): string {
  const due = step.due ? formatPlanDate(step.due, locale) : '';
  const values = { what: step.what, owner: step.owner, due };
  if (step.owner && due) return format(words.stepOwnerDue, values);
  if (step.owner) return format(words.stepOwner, values);
  if (due) return format(words.stepDue, values);
  return step.what;
}

function paragraph(
  id: string,
  entry: PlanTension,
  points: number,
  tension: StatementOptions['tensions'][number] | undefined,
  words: Messages<PlanStatementKey>,
  locale: string,
): StatementParagraph {
  const left = tension?.left.label ?? words.leftPole;
  const right = tension?.right.label ?? words.rightPole;
  const sentences: string[] = [];
  const lean = entry.aim === null ? null : leanOf(entry.aim, points);
  if (entry.aim === null || lean === null) {
    sentences.push(words.noAim);
  } else {
    const pole = lean === 'left' ? left : right;
    const template =
      lean === 'balance'
        ? words.balance
        : leansStrongly(entry.aim, points)
          ? words.leanStrongly
          : words.leanToward;
    const aim = format(template, { pole, left, right, aim: entry.aim, points });
    sentences.push(
      sentence(entry.values ? format(words.because, { aim, values: clause(entry.values) }) : aim),
    );
    if (!entry.decided) sentences.push(words.undecided);
  }
  for (const side of ['left', 'right'] as const) {
    const text = entry.keeps[side];
    if (!text) continue;
    const pole = side === 'left' ? left : right;
    const other = lean !== null && lean !== 'balance' && lean !== side;
    sentences.push(
      sentence(format(other ? words.keepOther : words.keepOwn, { pole, text: clause(text) })),
    );
  }
  if (entry.warningSigns.length) {
    const signs = new Intl.ListFormat(locale, { type: 'disjunction' }).format(
      entry.warningSigns.map(clause),
    );
    const template = lean === 'balance' ? words.warningBalance : words.warning;
    sentences.push(sentence(format(template, { signs })));
  }
  return {
    tension: id,
    heading: tension?.name ?? id,
    decided: entry.decided,
    sentences,
    steps: entry.steps.map((step) => sentence(stepLine(step, words, locale))),
  };
}

/** The statement of a plan, its tensions in the order of `options.tensions`, then any others. */
export function planStatement(plan: PlanRecord, options: StatementOptions): Statement {
  const locale = options.locale ?? (plan.locale.slice(0, 2) === 'es' ? 'es' : 'en');
  const words: Messages<PlanStatementKey> = {
    ...inLanguage(planStatementStrings, locale),
    ...definedOnly(options.words),
  };
  const lang = intlTag(options.lang, locale);
  const known = options.tensions.map((t) => t.id).filter((id) => Object.hasOwn(plan.tensions, id));
  const others = Object.keys(plan.tensions).filter((id) => !known.includes(id));
  return {
    title: plan.title || words.statementTitle,
    intro: format(words.statementIntro, { date: formatPlanDate(plan.decidedAt, lang) }),
    stepsTitle: words.stepsTitle,
    paragraphs: [...known, ...others].map((id) =>
      paragraph(
        id,
        plan.tensions[id]!,
        plan.points,
        options.tensions.find((t) => t.id === id),
        words,
        lang,
      ),
    ),
  };
}

function definedOnly(words: StatementOptions['words']): Partial<Messages<PlanStatementKey>> {
  return Object.fromEntries(
    Object.entries(words ?? {}).filter(([, value]) => typeof value === 'string'),
  );
}

/** The statement as plain text: paragraphs separated by blank lines, steps as "- " lines. */
export function statementToText(statement: Statement): string {
  const blocks = [statement.title, statement.intro];
  for (const p of statement.paragraphs) {
    const lines = [p.heading, p.sentences.join(' ')];
    if (p.steps.length) lines.push(`${statement.stepsTitle}:`, ...p.steps.map((s) => `- ${s}`));
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n') + '\n';
}

/**
 * Typed text in Markdown: characters that would start emphasis, code, links or HTML are escaped,
 * and so is a line start that would make a heading or a list.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/^(\s*)([#+-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** The statement as Markdown: a title, a section per tension, steps as a list. */
export function statementToMarkdown(statement: Statement): string {
  const blocks = [`# ${escapeMarkdown(statement.title)}`, escapeMarkdown(statement.intro)];
  for (const p of statement.paragraphs) {
    blocks.push(`## ${escapeMarkdown(p.heading)}`, escapeMarkdown(p.sentences.join(' ')));
    if (p.steps.length) {
      blocks.push(
        `**${escapeMarkdown(statement.stepsTitle)}**\n\n` +
          p.steps.map((s) => `- ${escapeMarkdown(s)}`).join('\n'),
      );
    }
  }
  return blocks.join('\n\n') + '\n';
}
