/**
 * Annual targets ("每年"): a year-to-date flow judged for the year of t.
 * v is the latest YTD value in that year; b = 0 at 1 January (unless the plan
 * gives a baseline); f = months elapsed at t_v / 12; T = 31 December of that
 * year. Earlier years go to the history as pass or missed, each judged on its
 * last reported YTD value.
 */
import { endOfYear, yearOf } from "../../calendar.js";
import { isMet, shareOfTime, shareOfYear, targetComparison } from "../rules.js";
import type { TargetResult } from "../types.js";

type AnnualHistory = NonNullable<TargetResult["history"]>[number];

import {
  finish,
  judgeLatest,
  type KindContext,
  noData,
  numericPoints,
  rolledUpNote,
  summedAreas,
} from "./common.js";

/**
 * The year judged: the year of t, but never past the deadline's year (after
 * the plan has ended, its last year stays the one judged, and is missed
 * unless met).
 */
export function yearJudged(asOf: string, deadline: string): number {
  return Math.min(yearOf(asOf), yearOf(deadline));
}

export function evaluateAnnual(ctx: KindContext): TargetResult {
  const { target, plan } = ctx;
  if (typeof target.value !== "number") {
    return noData(ctx, "annual", target.deadline, [{ code: "invalid-target" }]);
  }
  const year = yearJudged(ctx.asOf, target.deadline);
  const yearEnd = endOfYear(year);
  const points = numericPoints(ctx);
  const inYear = points.filter((p) => yearOf(p.date) === year);
  const latest = inYear.at(-1);
  const cmp = targetComparison({ ...target, value: target.value }, plan.policy);

  // earlier years, from the plan's first year, judged on their last YTD value
  const firstYear = yearOf(plan.plan.window.start);
  const lastOfYear = new Map<number, (typeof points)[number]>();
  for (const p of points) {
    const y = yearOf(p.date);
    if (y >= firstYear && y < year) lastOfYear.set(y, p);
  }
  const history = [...lastOfYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(
      ([y, p]): AnnualHistory => ({
        year: y,
        value: p.value,
        status: isMet(cmp, p.value) ? "pass" : "missed",
        period: p.period,
      }),
    );

  if (!latest) {
    const r = noData(ctx, "annual", yearEnd);
    if (history.length > 0) r.history = history;
    return r;
  }
  const { judgement: j, baseline: distinct } = judgeLatest(ctx, cmp, latest, points, {
    deadline: yearEnd,
    // rule 2 does not apply: a YTD value counts from 1 January, not from the plan's start
    rule: { annualYear: year },
    f: (b) =>
      b
        ? b.source === "year-start"
          ? shareOfYear(latest.date)
          : shareOfTime(latest.date, b.date, yearEnd)
        : undefined,
  });
  j.working.year = year;
  summedAreas(ctx, j.working, latest);
  const r = finish(ctx, "annual", j, [
    rolledUpNote(ctx, latest, "value"),
    rolledUpNote(ctx, distinct?.point, "baseline"),
  ]);
  if (history.length > 0) r.history = history;
  return r;
}
