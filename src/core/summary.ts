/**
 * The gap chart's words: the text summary ("The largest gap is on Pace: …"), the announcement of
 * one tension, and the data table (also exported as CSV), in English and Spanish. Pure functions
 * of an {@link Aggregate}: every figure comes from `aggregate`, none is computed here. No DOM.
 */
import type { Aggregate, RoleTensionSummary, TensionSummary } from './aggregate/index.js';
import { getTension } from './catalog/tensions.js';
import { csvText } from './codec/csv-cell.js';
import { format } from './i18n/index.js';
import type { Messages } from './i18n/index.js';
import { summaryStrings } from './i18n/summary.js';
import type { SummaryKey } from './i18n/summary.js';
import type { Locale, SurveyResponse, Tension } from './schema.js';

export { summaryStrings } from './i18n/summary.js';
export type { SummaryKey } from './i18n/summary.js';

/** Words for the summary: a language and, optionally, a page's overrides already merged in. */
export interface SummaryOptions {
  locale?: Locale;
  strings?: Messages<SummaryKey>;
  /** The tensions' text to name them by (a locale pack's); default: the catalog's in `locale`. */
  tensions?: readonly Tension[];
}

function context(options: SummaryOptions = {}) {
  const locale = options.locale ?? 'en';
  const s = options.strings ?? summaryStrings[locale];
  const nf = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const num = (value: number | null | undefined) =>
    value === null || value === undefined || !Number.isFinite(value) ? s.none : nf.format(value);
  const tension = (id: string) =>
    options.tensions ? options.tensions.find((t) => t.id === id) : getTension(id, locale);
  const name = (id: string) => tension(id)?.name ?? id;
  /** The pole a signed difference points to: negative toward the left pole. */
  const pole = (id: string, direction: number) => {
    const t = tension(id);
    const label = direction < 0 ? t?.left.label : t?.right.label;
    return label ?? (direction < 0 ? s.leftPole : s.rightPole);
  };
  const list = (items: readonly string[]) =>
    items.length <= 1
      ? (items[0] ?? '')
      : items.slice(0, -1).join(s.comma) + s.and + items[items.length - 1];
  return { locale, s, num, signed: (v: number) => signed.format(v), name, pole, list };
}

/** The tension name in the current language, or the id for a custom tension. */
export function tensionName(id: string, locale: Locale = 'en'): string {
  return getTension(id, locale)?.name ?? id;
}

/**
 * The summary in sentences, from the aggregate's ranked lists: who answered, the largest gaps,
 * the least aligned tension, the largest role difference, movement since the baseline, and which
 * role figures are hidden.
 */
export function summarize(agg: Aggregate, options: SummaryOptions = {}): string[] {
  const { s, num, name, pole, list } = context(options);
  if (agg.respondents === 0) return [s.noData];
  const out: string[] = [];

  // Sizes only of the roles core shows, and of "Other roles" (never a count under the minimum).
  const counts = agg.roles.flatMap((r) =>
    r.shown && r.n !== null ? [[r.role, r.n] as const] : [],
  );
  if (agg.otherRoles) counts.push([s.otherRoles, agg.otherRoles.n]);
  if (agg.respondents === 1) out.push(s.respondent);
  else if (counts.length > 0) {
    const roles = list(counts.map(([role, n]) => format(s.roleCount, { n, role })));
    out.push(format(s.respondentsRoles, { n: agg.respondents, roles }));
  } else out.push(format(s.respondents, { n: agg.respondents }));
  if (agg.otherRoles) {
    const small = new Set(agg.roles.filter((r) => r.small).map((r) => r.role));
    const pooled = agg.otherRoles.roles.map((role) =>
      small.has(role) ? format(s.roleFewer, { role, min: agg.minGroupSize }) : role,
    );
    if (agg.otherRoles.withoutRole) pooled.push(s.noRole);
    out.push(format(s.otherRolesNote, { label: s.otherRoles, roles: list(pooled) }));
  }
  if (agg.baselineRespondents !== null)
    out.push(format(s.baselineRespondents, { n: agg.baselineRespondents }));

  const byId = new Map(agg.tensions.map((t) => [t.tension, t]));
  const gaps = agg.largestGaps.filter((g) => g.absGap >= 0.05);
  const [first, ...rest] = gaps;
  const firstT = first && byId.get(first.tension);
  if (first && firstT) {
    out.push(
      format(s.largestGap, {
        tension: name(first.tension),
        current: num(firstT.current.mean),
        desired: num(firstT.desired.mean),
        points: agg.points,
        pole: pole(first.tension, first.gap),
      }),
    );
    if (rest.length) {
      const items = rest.map((g) =>
        format(s.gapItem, {
          tension: name(g.tension),
          gap: num(g.absGap),
          pole: pole(g.tension, g.gap),
        }),
      );
      out.push(format(s.nextGaps, { list: list(items) }));
    }
  } else if (agg.largestGaps.length) out.push(s.noGap);

  const least = agg.leastAligned[0];
  const leastT = least && byId.get(least.tension);
  if (least && leastT && least.alignment) {
    if (least.alignment === 'split') {
      out.push(
        format(s.leastAligned, {
          tension: name(least.tension),
          spread: num(least.spread),
          min: leastT.current.min ?? s.none,
          max: leastT.current.max ?? s.none,
        }),
      );
    } else if (least.alignment === 'mixed') {
      out.push(
        format(s.leastAlignedMixed, { tension: name(least.tension), spread: num(least.spread) }),
      );
    } else {
      out.push(format(s.allAligned, { spread: num(least.spread) }));
    }
  }

  const diff = agg.roleDifferences[0];
  if (diff) {
    const t = byId.get(diff.tension);
    const [low, high] = diff.roles;
    const mean = (role: string) => t?.byRole[role]?.[diff.measure].mean ?? null;
    out.push(
      format(s.roleDifference, {
        tension: name(diff.tension),
        measure: diff.measure === 'current' ? s.measureCurrent : s.measureDesired,
        low,
        lowMean: num(mean(low)),
        high,
        highMean: num(mean(high)),
        difference: num(diff.difference),
      }),
    );
  } else if (agg.roles.length >= 2) {
    out.push(format(s.noRoleDifference, { min: agg.minGroupSize }));
  }

  if (agg.baselineRespondents !== null) {
    const move = agg.largestMovements[0];
    if (move && Math.abs(move.delta) >= 0.05) {
      out.push(
        format(s.movement, {
          tension: name(move.tension),
          measure: move.measure === 'current' ? s.measureCurrent : s.measureDesired,
          delta: num(Math.abs(move.delta)),
          pole: pole(move.tension, move.delta),
        }),
      );
    } else out.push(s.noMovement);
  }

  // Roles hidden on some tension; those pooled in the role list are told of above already.
  const told = new Set(agg.otherRoles?.roles ?? []);
  const heldBack = new Set(agg.tensions.flatMap((t) => t.heldBackRoles));
  const fewer = new Set(
    agg.tensions.flatMap((t) => t.suppressedRoles.filter((r) => !t.heldBackRoles.includes(r))),
  );
  for (const role of told) {
    heldBack.delete(role);
    fewer.delete(role);
  }
  const min = agg.minGroupSize;
  if (fewer.size) out.push(format(s.suppressed, { roles: list([...fewer].sort()), min }));
  const onlyHeldBack = [...heldBack].filter((role) => !fewer.has(role)).sort();
  if (onlyHeldBack.length) out.push(format(s.heldBack, { roles: list(onlyHeldBack) }));
  return out;
}

/** One tension's figures in words, for a screen reader's announcement as the chart moves to it. */
export function describeTension(
  agg: Aggregate,
  index: number,
  options: SummaryOptions & { own?: SurveyResponse | null } = {},
): string {
  const { s, num, signed, name, pole } = context(options);
  const t = agg.tensions[index];
  if (!t) return '';
  const parts = [
    format(s.tensionLine, {
      tension: name(t.tension),
      index: index + 1,
      count: agg.tensions.length,
    }),
  ];
  if (t.current.n === 0 && t.desired.n === 0) parts.push(s.tensionNoAnswers);
  else {
    const values = {
      current: num(t.current.mean),
      desired: num(t.desired.mean),
      points: agg.points,
    };
    parts.push(
      t.gap === null || Math.abs(t.gap) < 0.05
        ? format(s.tensionNoGap, values)
        : format(s.tensionFigures, {
            ...values,
            gap: num(Math.abs(t.gap)),
            pole: pole(t.tension, t.gap),
          }),
    );
  }
  if (t.alignment && t.spread !== null)
    parts.push(format(s.alignment, { alignment: s[t.alignment], spread: num(t.spread) }));
  if (t.movement?.gap !== null && t.movement?.gap !== undefined)
    parts.push(format(s.tensionMovement, { delta: signed(t.movement.gap) }));
  const answers = options.own?.tensions;
  // Own keys only: a survey's own tension may be called "constructor".
  const own = answers && Object.hasOwn(answers, t.tension) ? answers[t.tension] : undefined;
  if (own)
    parts.push(
      format(s.tensionOwn, { current: own.current ?? s.none, desired: own.desired ?? s.none }),
    );
  return parts.join(' ');
}

/** One lane's figures on a tension, as the chart draws them. */
export interface LaneFigures {
  /** The lane's name: a role group, the baseline, "You". */
  label: string;
  current: number | null;
  desired: number | null;
  /** How many answered in the lane (a group's size); null for one respondent's own lane. */
  n: number | null;
}

/**
 * One lane of a tension in words, for the announcement as the chart moves to it: its name, its
 * "where we are" and "where we should be" with the gap between them, and how many answered.
 */
export function describeLane(
  agg: Aggregate,
  index: number,
  lane: LaneFigures,
  options: SummaryOptions = {},
): string {
  const { s, num, name, pole } = context(options);
  const t = agg.tensions[index];
  if (!t) return '';
  const parts = [format(s.laneLine, { lane: lane.label, tension: name(t.tension) })];
  const { current, desired } = lane;
  if (current === null || desired === null) parts.push(s.tensionNoAnswers);
  else {
    const values = { current: num(current), desired: num(desired), points: agg.points };
    const gap = desired - current;
    parts.push(
      Math.abs(gap) < 0.05
        ? format(s.tensionNoGap, values)
        : format(s.tensionFigures, {
            ...values,
            gap: num(Math.abs(gap)),
            pole: pole(t.tension, gap),
          }),
    );
  }
  if (lane.n !== null) parts.push(format(s.laneAnswers, { n: lane.n }));
  return parts.join(' ');
}

/** The table alternative to the chart: a caption, a header row, and rows whose first cell names the row. */
export interface GapTable {
  caption: string;
  head: string[];
  rows: string[][];
}

export interface GapTableOptions extends SummaryOptions {
  /** Add a row per role group shown, and one for "Other roles" (hidden groups are left out). */
  groupByRole?: boolean;
  /** One respondent's own answers, shown in two more columns. */
  own?: SurveyResponse | null;
}

/** The aggregate as a table: per tension (and per role group), means, gap, spread, baseline. */
export function gapTable(agg: Aggregate, options: GapTableOptions = {}): GapTable {
  const { s, num, signed, name } = context(options);
  const baseline = agg.baselineRespondents !== null;
  const grouped = options.groupByRole === true;
  const own = options.own ?? null;
  const head = [s.colTension];
  if (grouped) head.push(s.colGroup);
  head.push(s.colN, s.colCurrent, s.colDesired, s.colGap, s.colSpread, s.colAlignment);
  if (baseline) head.push(s.colBaseCurrent, s.colBaseDesired, s.colMovement);
  if (own) head.push(s.colOwnCurrent, s.colOwnDesired);

  const rows: string[][] = [];
  const row = (t: TensionSummary, group: string | null, g: RoleTensionSummary | TensionSummary) => {
    const cells = [name(t.tension)];
    if (grouped) cells.push(group ?? s.team);
    cells.push(
      String(g.n),
      num(g.current.mean),
      num(g.desired.mean),
      g.gap === null ? s.none : signed(g.gap),
      num(g.spread),
    );
    cells.push(group === null && t.alignment ? s[t.alignment] : s.none);
    if (baseline) {
      const b = group === null ? t.baseline : null;
      cells.push(
        num(b?.current.mean),
        num(b?.desired.mean),
        group === null && t.movement?.gap != null ? signed(t.movement.gap) : s.none,
      );
    }
    if (own) {
      const answer = group === null ? own.tensions[t.tension] : undefined;
      cells.push(String(answer?.current ?? s.none), String(answer?.desired ?? s.none));
    }
    rows.push(cells);
  };
  for (const t of agg.tensions) {
    row(t, null, t);
    if (!grouped) continue;
    // Only the groups core shows: with "Other roles" they add up to the team.
    for (const [role, g] of Object.entries(t.byRole)) row(t, role, g);
    if (t.otherRoles) row(t, s.otherRoles, t.otherRoles);
  }
  return { caption: s.caption, head, rows };
}

/**
 * A table as CSV (RFC 4180, CRLF), through the codec's one cell writer: formula-looking cells are
 * guarded for spreadsheets, figures such as "-1.5" stay numbers.
 */
export function tableToCSV(table: Pick<GapTable, 'head' | 'rows'>): string {
  return csvText([table.head, ...table.rows]);
}
