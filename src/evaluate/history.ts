/**
 * Observations → one time series per indicator: the county figure by date,
 * and each area's own series. Pure: no I/O.
 */

import { periodMonths } from "../calendar.js";
import { parseState } from "../data/number.js";
import type { Observation } from "../data/types.js";
import type { Indicator, Plan } from "../plan/types.js";
import { MILESTONE_STATES, type MilestoneState } from "../vocabulary.js";

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
  areas: ReadonlyMap<string, SeriesPoint[]>;
}

/** A milestone state from its code or its words; undefined otherwise. */
export function normalizeState(value: unknown): MilestoneState | undefined {
  return typeof value === "string" ? parseState(value) : undefined;
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
 * coarser period (an annual figure over a quarterly or monthly one). Two
 * distinct periods of one length never share a date.
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

/** What the store needs of an observation. */
export type StoredObservation = Pick<
  Observation,
  "indicator" | "period" | "date" | "value" | "area"
>;

/**
 * The observations of a run, kept compactly as they stream in: per
 * indicator, one Float64Array of (area or county) × period slots, NaN where
 * nothing was reported. Its size depends on the plan (indicators, areas,
 * periods), not on the number of rows, so a drop of any length is judged in
 * flat memory. Milestone states are stored by their index. `histories()`
 * turns it into the series evaluation reads; an area's own series is built
 * only when asked for.
 */
export class HistoryStore {
  private readonly indicators: Indicator[];
  private readonly indicatorIndex: Map<string, number>;
  /** area ids by index; index 0 is the county */
  private readonly areaIds: (string | null)[] = [null];
  private readonly areaIndex = new Map<string, number>();
  private readonly periods: { period: string; date: string }[] = [];
  private readonly periodIndex = new Map<string, number>();
  /** slots per area in each indicator's matrix (≥ periods.length) */
  private slots: number;
  /** rows per matrix (≥ areaIds.length) */
  private rows: number;
  private readonly values: (Float64Array | undefined)[];
  /** per indicator, its area indexes in the order first seen (sums add in that order) */
  private readonly areaOrder: number[][];
  private readonly areaSeen: Set<number>[];
  /** the latest observation date seen */
  latest: string | undefined;

  constructor(plan: Plan) {
    this.indicators = plan.indicators;
    this.indicatorIndex = new Map(plan.indicators.map((i, n) => [i.id, n]));
    for (const a of plan.areas) {
      this.areaIndex.set(a.id, this.areaIds.length);
      this.areaIds.push(a.id);
    }
    const first = Number(plan.plan.window.start.slice(0, 4)) - 1;
    const last = Number(plan.plan.window.end.slice(0, 4));
    // a year has 17 periods: itself, 4 quarters, 12 months
    this.slots = Math.max(17, (last - first + 1) * 17);
    this.rows = this.areaIds.length;
    this.values = plan.indicators.map(() => undefined);
    this.areaOrder = plan.indicators.map(() => []);
    this.areaSeen = plan.indicators.map(() => new Set());
  }

  static of(plan: Plan, observations: Iterable<StoredObservation>): HistoryStore {
    const store = new HistoryStore(plan);
    for (const o of observations) store.add(o);
    return store;
  }

  /**
   * Records one observation. Rows of indicators the plan does not know, and
   * values of the wrong type, are skipped (the data layer reports them); a
   * second row for the same indicator, area and period replaces the first.
   */
  add(o: StoredObservation): void {
    const ind = this.indicatorIndex.get(o.indicator);
    if (ind === undefined) return;
    const indicator = this.indicators[ind] as Indicator;
    const value = acceptValue(indicator, o.value);
    if (value === undefined) return;
    if (this.latest === undefined || o.date > this.latest) this.latest = o.date;
    const area = o.area === null ? 0 : this.areaIndexOf(o.area);
    const slot = this.slotOf(o.period, o.date);
    let m = this.values[ind];
    if (!m) {
      m = new Float64Array(this.rows * this.slots).fill(Number.NaN);
      this.values[ind] = m;
    }
    const seen = this.areaSeen[ind] as Set<number>;
    if (area > 0 && !seen.has(area)) {
      seen.add(area);
      (this.areaOrder[ind] as number[]).push(area);
    }
    m[area * this.slots + slot] =
      typeof value === "number" ? value : MILESTONE_STATES.indexOf(value);
  }

  /**
   * The series of every indicator of the plan. The county figure for a
   * period is its county-wide row where there is one; else, when the
   * indicator's rollup is "sum" (and it is not a milestone), the sum of the
   * area rows for that period, flagged `rolledUp`.
   */
  histories(): Map<string, Series> {
    const histories = new Map<string, Series>();
    this.indicators.forEach((indicator, ind) => {
      const m = this.values[ind];
      const county: SeriesPoint[] = [];
      const order = this.areaOrder[ind] as number[];
      const sum = indicator.rollup === "sum" && indicator.kind !== "milestone";
      if (m) {
        for (let slot = 0; slot < this.periods.length; slot++) {
          const own = m[slot] as number;
          if (!Number.isNaN(own)) {
            county.push(this.point(indicator, slot, own));
            continue;
          }
          if (!sum) continue;
          let total = 0;
          const areas: string[] = [];
          for (const a of order) {
            const v = m[a * this.slots + slot] as number;
            if (Number.isNaN(v)) continue;
            total += v;
            areas.push(this.areaIds[a] as string);
          }
          // the data layer bounds each figure, so a sum is finite; never judge one that is not
          if (areas.length > 0 && Number.isFinite(total)) {
            county.push({
              ...this.point(indicator, slot, total),
              rolledUp: { areas: areas.sort() },
            });
          }
        }
      }
      histories.set(indicator.id, {
        indicator,
        county: byDate(county),
        areas: new AreaSeries(
          order.map((a) => this.areaIds[a] as string),
          (id) => this.areaSeries(indicator, ind, id),
        ),
      });
    });
    return histories;
  }

  private areaSeries(indicator: Indicator, ind: number, id: string): SeriesPoint[] {
    const m = this.values[ind];
    const area = this.areaIndex.get(id);
    if (!m || area === undefined) return [];
    const points: SeriesPoint[] = [];
    for (let slot = 0; slot < this.periods.length; slot++) {
      const v = m[area * this.slots + slot] as number;
      if (!Number.isNaN(v)) points.push(this.point(indicator, slot, v));
    }
    return byDate(points);
  }

  private point(indicator: Indicator, slot: number, v: number): SeriesPoint {
    const p = this.periods[slot] as { period: string; date: string };
    const value = indicator.kind === "milestone" ? (MILESTONE_STATES[v] as MilestoneState) : v;
    return { period: p.period, date: p.date, value };
  }

  private areaIndexOf(id: string): number {
    let i = this.areaIndex.get(id);
    if (i === undefined) {
      i = this.areaIds.length;
      this.areaIds.push(id);
      this.areaIndex.set(id, i);
      if (i >= this.rows) this.resize(Math.max(this.rows * 2, i + 1), this.slots);
    }
    return i;
  }

  private slotOf(period: string, date: string): number {
    let i = this.periodIndex.get(period);
    if (i === undefined) {
      i = this.periods.length;
      this.periods.push({ period, date });
      this.periodIndex.set(period, i);
      if (i >= this.slots) this.resize(this.rows, this.slots * 2);
    }
    return i;
  }

  /** Lays every matrix out again for more areas or periods (rare: the plan sizes them). */
  private resize(rows: number, slots: number): void {
    this.values.forEach((m, ind) => {
      if (!m) return;
      const next = new Float64Array(rows * slots).fill(Number.NaN);
      for (let a = 0; a < this.rows; a++) {
        next.set(m.subarray(a * this.slots, (a + 1) * this.slots), a * slots);
      }
      this.values[ind] = next;
    });
    this.rows = rows;
    this.slots = slots;
  }
}

/**
 * The areas of one indicator with rows, each one's series built when it is
 * read (and not kept): 1,000,000 rows by area never become 1,000,000 objects.
 */
class AreaSeries implements ReadonlyMap<string, SeriesPoint[]> {
  constructor(
    private readonly ids: readonly string[],
    private readonly build: (id: string) => SeriesPoint[],
  ) {}

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.ids.includes(id);
  }

  get(id: string): SeriesPoint[] | undefined {
    return this.has(id) ? this.build(id) : undefined;
  }

  *entries(): MapIterator<[string, SeriesPoint[]]> {
    for (const id of this.ids) yield [id, this.build(id)];
  }

  keys(): MapIterator<string> {
    return this.ids[Symbol.iterator]() as MapIterator<string>;
  }

  *values(): MapIterator<SeriesPoint[]> {
    for (const id of this.ids) yield this.build(id);
  }

  forEach(
    fn: (value: SeriesPoint[], key: string, map: ReadonlyMap<string, SeriesPoint[]>) => void,
  ): void {
    for (const id of this.ids) fn(this.build(id), id, this);
  }

  [Symbol.iterator](): MapIterator<[string, SeriesPoint[]]> {
    return this.entries();
  }
}

/**
 * Build the series of every indicator of the plan from a list of
 * observations (see HistoryStore: `add` for what is skipped, `histories` for
 * the county figure).
 */
export function buildHistories(
  plan: Plan,
  observations: readonly StoredObservation[],
): Map<string, Series> {
  return HistoryStore.of(plan, observations).histories();
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
