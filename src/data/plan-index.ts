/** Lookups into the plan that row validation needs, built once per plan. */

import { monthPeriod, periodWindow, quarterPeriod, yearPeriod } from "../calendar.js";
import { nameKey, nearest } from "../names.js";
import { ownerOf } from "../plan/owners.js";
import { areaRegistry, unitRegistry } from "../plan/registry.js";
import type { Indicator, Plan } from "../plan/types.js";

export interface PlanIndex {
  indicators: Map<string, Indicator>;
  /** zh/en indicator names (`nameKey`) → id: a row may name its indicator so */
  indicatorNames: Map<string, string>;
  /** an area's id from any of its names (src/plan/registry.ts) */
  findArea: (name: string) => string | undefined;
  /** a unit's id from any of its names (src/plan/registry.ts) */
  findUnit: (name: string) => string | undefined;
  /** the name of the area or unit a name not found most likely means */
  suggestArea: (name: string) => string | undefined;
  suggestUnit: (name: string) => string | undefined;
  /** indicator id → ids of the units responsible for a target on it: its owner and the units its measure names */
  responsible: Map<string, Set<string>>;
  /** indicators whose every target counts areas (measure 9): a county-wide row says nothing */
  areaOnly: Set<string>;
  /**
   * the earliest observation date a row may have: ten years before the
   * window's start (a baseline such as a census year may be that old)
   */
  earliest: string;
  /** last day a period may end: the window's end */
  latest: string;
  /** the baseline year (the year before the window starts): an older period is `period-before-baseline` */
  baselineYear: number;
  /** position of each indicator and area in the plan, for `keyOf` */
  indicatorOrder: Map<string, number>;
  areaOrder: Map<string, number>;
}

const cache = new WeakMap<Plan, PlanIndex>();

export function indexPlan(plan: Plan): PlanIndex {
  const hit = cache.get(plan);
  if (hit) return hit;
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const indicatorNames = new Map<string, string>();
  for (const i of plan.indicators) {
    indicatorNames.set(nameKey(i.name.zh), i.id);
    indicatorNames.set(nameKey(i.name.en), i.id);
  }
  const areas = areaRegistry(plan);
  const units = unitRegistry(plan);
  const responsible = new Map<string, Set<string>>();
  const measures = new Map(plan.measures.map((m) => [m.number, m]));
  for (const t of plan.targets) {
    const m = t.measure === null ? undefined : measures.get(t.measure);
    const owner = ownerOf(plan, t);
    if (!m && owner === undefined) continue;
    let set = responsible.get(t.indicator);
    if (!set) {
      set = new Set();
      responsible.set(t.indicator, set);
    }
    for (const u of m?.units ?? []) set.add(u.unit);
    if (owner !== undefined) set.add(owner);
  }
  const areaOnly = new Set(
    plan.indicators
      .filter((i) => {
        const ts = plan.targets.filter((t) => t.indicator === i.id);
        return ts.length > 0 && ts.every((t) => t.perArea);
      })
      .map((i) => i.id),
  );
  const years = periodWindow(plan.plan.window);
  const index: PlanIndex = {
    indicators,
    indicatorNames,
    findArea: (name) => areas.find(name)?.id,
    findUnit: (name) => units.find(name)?.id,
    suggestArea: (name) => areas.suggest(name)?.name,
    suggestUnit: (name) => units.suggest(name)?.name,
    responsible,
    areaOnly,
    earliest: years.earliest,
    latest: years.latest,
    baselineYear: years.baseline,
    indicatorOrder: new Map(plan.indicators.map((i, n) => [i.id, n])),
    areaOrder: new Map(plan.areas.map((a, n) => [a.id, n + 1])),
  };
  cache.set(plan, index);
  return index;
}

/**
 * The period's part of a row's key (`keyOf`): the month its period ends in, counted from
 * `earliest`. Periods that end on the same day share it (2025-Q2 and 2025-06;
 * 2025, 2025-Q4 and 2025-12): every value is a level or total as of the
 * period's end, so two rows for one day are the same figure, or a conflict.
 */
export function periodOrdinal(index: PlanIndex, period: string): number {
  const year = Number(period.slice(0, 4)) - Number(index.earliest.slice(0, 4));
  const endMonth =
    period.length === 4 ? 12 : period[5] === "Q" ? Number(period[6]) * 3 : Number(period.slice(5));
  return year * 12 + endMonth - 1;
}

/** `periodOrdinal`'s inverse: the period of that ordinal and length in months (1, 3 or 12). */
export function ordinalPeriod(index: PlanIndex, ordinal: number, months: number): string {
  const year = Number(index.earliest.slice(0, 4)) + Math.floor(ordinal / 12);
  const endMonth = (ordinal % 12) + 1;
  if (months === 12) return yearPeriod(year).period;
  if (months === 3) return quarterPeriod(year, endMonth / 3)?.period ?? `${year}`;
  return monthPeriod(year, endMonth)?.period ?? `${year}`;
}

/**
 * A valid row's key, for duplicate detection, from its parts already looked
 * up: ((period × (areas + 1)) + area) × indicators + indicator, where area 0
 * is the county and the period is its ordinal (`periodOrdinal`). Only for
 * rows inside the window; below 2^32 for any plan of a county's size.
 */
export function keyOf(index: PlanIndex, indicator: number, period: number, area: number): number {
  const key = (period * (index.areaOrder.size + 1) + area) * index.indicatorOrder.size + indicator;
  if (!(Number.isSafeInteger(key) && key >= 0))
    throw new RangeError(`row key out of range: ${key}`);
  return key;
}

/**
 * Series in a key's space: (areas + 1, the county first) × indicators. A
 * key (`keyOf`) is ordinal × seriesCount + series, where series is area ×
 * indicators + indicator.
 */
export function seriesCount(index: PlanIndex): number {
  return (index.areaOrder.size + 1) * index.indicatorOrder.size;
}

/**
 * The indicator a cell names: by its id (in any case or width), or by its
 * Chinese or English name as the plan writes it (white space, width and
 * quotation marks aside). The id stays the canonical form in every output.
 */
export function findIndicatorId(index: PlanIndex, input: string): string | undefined {
  if (index.indicators.has(input)) return input;
  const key = nameKey(input);
  for (const id of index.indicators.keys()) if (nameKey(id) === key) return id;
  return index.indicatorNames.get(key);
}

/** A suggestion for an unknown indicator: the nearest id, or the id of the nearest name. */
export function suggestIndicator(index: PlanIndex, input: string): string | undefined {
  const id = nearest(input, index.indicators.keys());
  if (id) return id;
  const name = nearest(input, index.indicatorNames.keys());
  return name === undefined ? undefined : index.indicatorNames.get(name);
}
