/**
 * Observations → one time series per indicator: the county figure by date,
 * and each area's own series. Pure: no I/O.
 */
import type { Observation } from "../data/types.js";
import type { Indicator, MilestoneState, Plan } from "../plan/types.js";
import { periodMonths } from "./dates.js";

export interface SeriesPoint {
  period: string;
  /** observation date: the period's last day */
  date: string;
  value: number | MilestoneState;
  /**
   * Set when the county figure is the sum of the area rows for the period
   * (there was no county-wide row): the ids of the areas summed.
   */
  rolledUp?: { areas: string[] };
}

export interface Series {
  indicator: Indicator;
  /** the county figure, one point per observation date, oldest first */
  county: SeriesPoint[];
  /** each area's own rows, one point per observation date, oldest first */
  areas: Map<string, SeriesPoint[]>;
}

const STATE_ALIASES: Record<string, MilestoneState> = {
  not_started: "not_started",
  in_progress: "in_progress",
  done: "done",
  未开工: "not_started",
  推进中: "in_progress",
  已完成: "done",
};

/** A milestone state from its canonical or Chinese name; undefined otherwise. */
export function normalizeState(value: unknown): MilestoneState | undefined {
  return typeof value === "string" ? STATE_ALIASES[value.trim()] : undefined;
}

/** map.get(key), after setting it to make() when absent. */
export function getOrCreate<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** The value an indicator accepts, or undefined to skip the row. */
function acceptValue(indicator: Indicator, value: unknown): number | MilestoneState | undefined {
  if (indicator.kind === "milestone") return normalizeState(value);
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/**
 * Several points may share a date (2024, 2024-Q4 and 2024-12 all end on
 * 2024-12-31). Keep one: a reported county row over a rolled-up sum, then the
 * coarser period (an annual figure over a quarterly or monthly one), then the
 * later row in input order.
 */
function preferred(a: SeriesPoint, b: SeriesPoint): SeriesPoint {
  if (Boolean(a.rolledUp) !== Boolean(b.rolledUp)) return a.rolledUp ? b : a;
  const ma = periodMonths(a.period);
  const mb = periodMonths(b.period);
  if (ma !== mb) return ma > mb ? a : b;
  return b;
}

function byDate(points: Iterable<SeriesPoint>): SeriesPoint[] {
  const dated = new Map<string, SeriesPoint>();
  for (const p of points) {
    const prev = dated.get(p.date);
    dated.set(p.date, prev ? preferred(prev, p) : p);
  }
  return [...dated.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Build the series of every indicator of the plan. Rows of indicators the
 * plan does not know, and values of the wrong type, are skipped (the data
 * layer reports them). Where a period has several rows for the same area
 * (or for the county), the last one wins.
 *
 * The county figure for a period is its county-wide row where there is one;
 * else, when the indicator's rollup is "sum" (and it is not a milestone), the
 * sum of the area rows for that period, flagged `rolledUp`.
 */
export function buildHistories(
  plan: Plan,
  observations: readonly Observation[],
): Map<string, Series> {
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  // indicator → period → latest county row
  const countyRows = new Map<string, Map<string, SeriesPoint>>();
  // indicator → area → period → latest row
  const areaRows = new Map<string, Map<string, Map<string, SeriesPoint>>>();

  for (const o of observations) {
    const indicator = indicators.get(o.indicator);
    if (!indicator) continue;
    const value = acceptValue(indicator, o.value);
    if (value === undefined) continue;
    const point: SeriesPoint = { period: o.period, date: o.date, value };
    if (o.area === null) {
      getOrCreate(countyRows, o.indicator, () => new Map()).set(o.period, point);
    } else {
      const areas = getOrCreate(areaRows, o.indicator, () => new Map());
      getOrCreate(areas, o.area, () => new Map()).set(o.period, point);
    }
  }

  const histories = new Map<string, Series>();
  for (const indicator of plan.indicators) {
    const county = new Map(countyRows.get(indicator.id) ?? []);
    const areas = areaRows.get(indicator.id) ?? new Map<string, Map<string, SeriesPoint>>();

    if (indicator.rollup === "sum" && indicator.kind !== "milestone") {
      const sums = new Map<string, { date: string; value: number; areas: string[] }>();
      for (const [area, rows] of areas) {
        for (const row of rows.values()) {
          if (county.has(row.period) || typeof row.value !== "number") continue;
          const sum = sums.get(row.period) ?? { date: row.date, value: 0, areas: [] };
          sum.value += row.value;
          sum.areas.push(area);
          sums.set(row.period, sum);
        }
      }
      for (const [period, sum] of sums) {
        county.set(period, {
          period,
          date: sum.date,
          value: sum.value,
          rolledUp: { areas: sum.areas.sort() },
        });
      }
    }

    const areaSeries = new Map<string, SeriesPoint[]>();
    for (const [area, rows] of areas) areaSeries.set(area, byDate(rows.values()));
    histories.set(indicator.id, { indicator, county: byDate(county.values()), areas: areaSeries });
  }
  return histories;
}

/** Points observed on or before `t`. */
export function onOrBefore(points: readonly SeriesPoint[], t: string): SeriesPoint[] {
  return points.filter((p) => p.date <= t);
}

/** The latest point observed on or before `t`. */
export function latestOnOrBefore(
  points: readonly SeriesPoint[],
  t: string,
): SeriesPoint | undefined {
  let latest: SeriesPoint | undefined;
  for (const p of points) if (p.date <= t && (!latest || p.date >= latest.date)) latest = p;
  return latest;
}
