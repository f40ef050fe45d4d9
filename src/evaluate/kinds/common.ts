/** What every target kind receives, and the finishing touches every result gets. */

import { daysBetween } from "../../calendar.js";
import type { Indicator, Plan, Target } from "../../plan/types.js";
import { isNumeric, type NumericPoint, type Series, type SeriesPoint } from "../history.js";
import { type Judgement, type Note, staleNote } from "../rules.js";
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
    if (r.area !== null) {
      const area = ctx.plan.areas.find((a) => a.id === r.area);
      args.area = r.area;
      args.areaZh = area?.name ?? r.area;
      args.areaEn = area?.en ?? r.area;
    }
    notes.push({ code: "value-revised", args });
  }
  return notes;
}

/**
 * A `newer-refused` note for each county figure of the target's indicator,
 * observed after `since` (t_v; none: any) and on or before t, that was
 * refused (a likely fraction): the figure shown is the last accepted one.
 */
export function refusedNotes(ctx: KindContext, since?: string): Note[] {
  const notes: Note[] = [];
  for (const r of ctx.series?.refused ?? []) {
    if (r.area !== null || r.date > ctx.asOf || (since !== undefined && r.date <= since)) continue;
    notes.push({
      code: "newer-refused",
      args: { period: r.period, value: r.value, file: r.file, line: r.line },
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
