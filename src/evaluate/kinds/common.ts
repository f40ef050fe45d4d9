/** What every target kind receives, and the finishing touches every result gets. */

import { daysBetween } from "../../calendar.js";
import type { Indicator, Plan, Target } from "../../plan/types.js";
import { isNumeric, type NumericPoint, type Series, type SeriesPoint } from "../history.js";
import {
  type BaselineChoice,
  type BaselineInput,
  type Comparison,
  chooseBaseline,
  distinctBaseline,
  type Judgement,
  judgeNumeric,
  type Note,
  staleNote,
} from "../rules.js";
import type { TargetKind, TargetResult, Working } from "../types.js";

export interface KindContext {
  plan: Plan;
  target: Target;
  indicator: Indicator;
  /** the indicator's series (undefined: nothing known about it) */
  series: Series | undefined;
  /** t, YYYY-MM-DD */
  asOf: string;
}

/** The county's numeric points on or before t, oldest first. */
/** The latest figure a numeric kind judges (per-area: the count of areas meeting the bar). */
export interface LatestFigure {
  value: number;
  period: string;
  date: string;
}

/**
 * A numeric target judged on its latest figure up to `deadline`: the baseline
 * b chosen in the order of docs/STATUS-RULES.md (chooseBaseline; `rule` adds
 * rule 2's increase or rule 3's annual year), dropped when it is the latest
 * figure itself (distinctBaseline), then judgeNumeric. `f`, when the kind
 * works f out its own way, is given the distinct baseline.
 */
export function judgeLatest(
  ctx: KindContext,
  comparison: Comparison,
  latest: LatestFigure,
  points: BaselineInput["points"],
  o: {
    deadline: string;
    rule?: Pick<BaselineInput, "increase" | "annualYear">;
    f?: (baseline: BaselineChoice | undefined) => number | undefined;
  },
): { judgement: Judgement; baseline: BaselineChoice | undefined } {
  const { target, plan } = ctx;
  const chosen = chooseBaseline({
    planBaseline: target.baseline,
    ...o.rule,
    planStart: plan.plan.window.start,
    points,
  });
  const baseline = distinctBaseline(chosen, latest);
  const judgement = judgeNumeric({
    comparison,
    value: latest.value,
    period: latest.period,
    valueDate: latest.date,
    asOf: ctx.asOf,
    deadline: o.deadline,
    baseline,
    ...(o.f ? { f: o.f(baseline) } : {}),
    policy: plan.policy,
  });
  return { judgement, baseline };
}

export function numericPoints(ctx: KindContext): NumericPoint[] {
  return (ctx.series?.county ?? []).filter(
    (p): p is NumericPoint => p.date <= ctx.asOf && isNumeric(p),
  );
}

/** A `rolled-up` note for a point summed from area rows. */
export function rolledUpNote(
  ctx: KindContext,
  point: SeriesPoint | undefined,
  which: "value" | "baseline",
): Note | undefined {
  if (!point?.rolledUp) return undefined;
  return {
    code: "rolled-up",
    args: {
      which,
      period: point.period,
      areas: point.rolledUp.areas.length,
      of: ctx.plan.areas.length,
    },
  };
}

/**
 * The working's `rolledUp`: where v is a sum of area rows, which areas
 * contributed, of how many in the county.
 */
export function summedAreas(ctx: KindContext, working: Working, point: SeriesPoint): void {
  if (point.rolledUp) {
    working.rolledUp = { areas: point.rolledUp.areas, of: ctx.plan.areas.length };
  }
}

/**
 * A `value-revised` note for each figure of the target's indicator observed
 * on or before t that a later file revised (STATUS-RULES v2: the later file
 * supersedes, with a warning), in the order read.
 */
export function revisionNotes(ctx: KindContext): Note[] {
  const notes: Note[] = [];
  for (const r of ctx.series?.revisions ?? []) {
    if (r.date > ctx.asOf) continue;
    const args: Record<string, string | number> = {
      period: r.period,
      date: r.date,
      from: r.from,
      to: r.to,
      fromFile: r.fromFile,
      fromLine: r.fromLine,
      file: r.file,
      line: r.line,
    };
    if (r.area !== null) Object.assign(args, areaArgs(ctx, r.area));
    notes.push({ code: "value-revised", args });
  }
  return notes;
}

/** The area's names as notes carry them (`area`, `areaZh`, `areaEn`). */
function areaArgs(ctx: KindContext, id: string): Record<string, string> {
  const area = ctx.plan.areas.find((a) => a.id === id);
  return { area: id, areaZh: area?.name ?? id, areaEn: area?.en ?? id };
}

/**
 * A `newer-refused` note for each figure of the target's indicator, on or
 * before t, that was refused (a likely fraction) and is newer than the
 * figure standing in its place: the figure shown is the last accepted one.
 * A county row is newer than `since` (t_v; none: any); an area row counts
 * where area rows make the target (a per-area target, or an indicator
 * rolled up from its areas), newer than that area's last accepted figure.
 */
export function refusedNotes(ctx: KindContext, since?: string): Note[] {
  const notes: Note[] = [];
  const byArea = ctx.target.perArea !== undefined || ctx.indicator.rollup !== "none";
  for (const r of ctx.series?.refused ?? []) {
    if (r.date > ctx.asOf) continue;
    let standing = since;
    if (r.area !== null) {
      if (!byArea) continue;
      standing = (ctx.series?.areas.get(r.area) ?? [])
        .filter((p) => p.date <= ctx.asOf)
        .at(-1)?.date;
    }
    if (standing !== undefined && r.date <= standing) continue;
    notes.push({
      code: "newer-refused",
      args: {
        period: r.period,
        value: r.value,
        file: r.file,
        line: r.line,
        ...(r.area === null ? {} : areaArgs(ctx, r.area)),
      },
    });
  }
  return notes;
}

/** daysLeft = T − t in days: negative once the deadline has passed. */
export function daysLeft(asOf: string, deadline: string): number {
  return daysBetween(asOf, deadline);
}

/** A no-data result (rule 1). */
export function noData(
  ctx: KindContext,
  kind: TargetKind,
  deadline: string = ctx.target.deadline,
  notes: Note[] = [],
): TargetResult {
  return {
    target: ctx.target,
    status: "no-data",
    detail: "not-reported",
    daysLeft: daysLeft(ctx.asOf, deadline),
    notes: [...notes, ...refusedNotes(ctx)],
    kind,
  };
}

/** Judgement → TargetResult: days left, the stale note, and any extra notes. */
export function finish(
  ctx: KindContext,
  kind: TargetKind,
  j: Judgement,
  extraNotes: (Note | undefined)[] = [],
): TargetResult {
  const w: Working = j.working;
  // another unit's figure carries its source wherever it is shown (issue 20, item 3)
  const shown =
    kind === "per-area" ? undefined : ctx.series?.county.find((p) => p.date === w.valueDate);
  if (shown?.source) w.source = shown.source;
  const deadline = w.deadline ?? ctx.target.deadline;
  const notes: Note[] = [...j.notes];
  for (const n of extraNotes) if (n) notes.push(n);
  const stale = staleNote(w.valueDate, ctx.asOf, ctx.plan.policy.staleMonths);
  if (stale) notes.push(stale);
  notes.push(...revisionNotes(ctx));
  notes.push(...refusedNotes(ctx, w.valueDate));
  const result: TargetResult = {
    target: ctx.target,
    status: j.status,
    working: w,
    daysLeft: daysLeft(ctx.asOf, deadline),
    notes,
    kind,
  };
  if (j.detail) result.detail = j.detail;
  return result;
}
