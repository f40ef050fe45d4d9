/**
 * Per-area targets ("1个镇实现镇区常住人口6万人"): count the areas whose own
 * latest value on or before a date meets the threshold. The count, taken at
 * every date an area reported, is a series like any other: v is the count at
 * the latest such date on or before t, y* the number of areas required, and
 * the baseline, f, A and P follow the ordinary rules on the count series
 * (baseline rules 1, 4 and 5: a count is a level, never an increase or a
 * year-to-date flow).
 */
import { isNumeric, type NumericPoint, type SeriesPoint } from "../history.js";
import { comparison, isMet } from "../rules.js";
import type { TargetResult } from "../types.js";
import { finish, judgeLatest, type KindContext, noData } from "./common.js";

export interface AreaCount {
  date: string;
  period: string;
  /** areas meeting the threshold at that date */
  meeting: string[];
}

/** The count series: at each area observation date, the areas whose latest value meets the threshold. */
export function countSeries(
  areas: ReadonlyMap<string, readonly SeriesPoint[]>,
  threshold: { comparator: ">=" | ">" | "<="; value: number },
  asOf: string,
): AreaCount[] {
  const cmp = comparison(threshold.comparator, threshold.value);
  const periodOf = new Map<string, string>();
  for (const points of areas.values()) {
    for (const p of points) {
      if (p.date <= asOf && typeof p.value === "number" && !periodOf.has(p.date)) {
        periodOf.set(p.date, p.period);
      }
    }
  }
  const dates = [...periodOf.keys()].sort();
  return dates.map((date) => {
    const meeting: string[] = [];
    for (const [area, points] of areas) {
      let latest: number | undefined;
      for (const p of points) if (p.date <= date && typeof p.value === "number") latest = p.value;
      if (latest !== undefined && isMet(cmp, latest)) meeting.push(area);
    }
    return { date, period: periodOf.get(date) ?? date, meeting: meeting.sort() };
  });
}

export function evaluatePerArea(ctx: KindContext): TargetResult {
  const { target, plan } = ctx;
  const per = target.perArea;
  if (!per || typeof target.value !== "number") {
    return noData(ctx, "per-area", target.deadline, [{ code: "invalid-target" }]);
  }
  const types = per.areaTypes;
  const kept = types
    ? new Set(plan.areas.filter((a) => types.includes(a.type)).map((a) => a.id))
    : undefined;
  const areas = new Map(
    [...(ctx.series?.areas ?? new Map<string, SeriesPoint[]>())].filter(
      ([id]) => !kept || kept.has(id),
    ),
  );
  const counts = countSeries(areas, per, ctx.asOf);
  const latest = counts.at(-1);
  if (!latest) return noData(ctx, "per-area");

  const points: SeriesPoint[] = counts.map((c) => ({
    period: c.period,
    date: c.date,
    value: c.meeting.length,
  }));
  const { judgement: j } = judgeLatest(
    ctx,
    comparison(target.comparator, target.value),
    { value: latest.meeting.length, period: latest.period, date: latest.date },
    points,
    { deadline: target.deadline },
  );

  const order = new Map(plan.areas.map((a, i) => [a.id, i]));
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const thresholdCmp = comparison(per.comparator, per.value);
  const table: NonNullable<typeof j.working.areas> = [];
  for (const [area, pts] of areas) {
    const p = pts.filter((x): x is NumericPoint => x.date <= ctx.asOf && isNumeric(x)).at(-1);
    if (!p) continue;
    const value = p.value;
    table.push({ area, value, date: p.date, meets: isMet(thresholdCmp, value) });
  }
  table.sort((a, b) => rank(a.area) - rank(b.area) || (a.area < b.area ? -1 : 1));
  j.working.threshold = { comparator: per.comparator, value: per.value, unit: per.unit };
  j.working.areasMeeting = [...latest.meeting].sort(
    (a, b) => rank(a) - rank(b) || (a < b ? -1 : 1),
  );
  j.working.areas = table;
  return finish(ctx, "per-area", j);
}
