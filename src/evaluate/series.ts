/**
 * The time series evaluation reads: points by date, county-wide and per
 * area, and the helpers that read them. (The compact store that builds them
 * from observations is src/evaluate/history.ts.)
 */

import { parseState } from "../data/number.js";
import type { Indicator } from "../plan/types.js";
import type { MilestoneState } from "../vocabulary.js";
import type { FigureSource } from "./sources.js";

export interface SeriesPoint {
  /**
   * the period as reported (for a sum of area rows: the coarsest of the
   * areas' labels); only a label: points are keyed by `date`
   */
  period: string;
  /** observation date: the period's last day */
  date: string;
  value: number | MilestoneState;
  /**
   * Set when the county figure is the sum of the area rows observed on this
   * date (there was no county-wide row): the ids of the areas summed.
   */
  rolledUp?: { areas: string[] };
  /**
   * Set when the figure is another unit's, used because its owner gave none
   * (issue 20, item 3): who sent it and where; for a sum, the first area's
   * such figure.
   */
  source?: FigureSource;
}

/** A figure superseded by a later file (STATUS-RULES v2: the file read later wins). */
export interface Revision {
  indicator: string;
  /** area id, or null for the county */
  area: string | null;
  /** observation date, and the period as the revising row wrote it */
  date: string;
  period: string;
  /** the value superseded, and where it was read */
  from: number | MilestoneState;
  fromFile: string;
  fromLine: number;
  /** the value that stands, and where it was read */
  to: number | MilestoneState;
  file: string;
  line: number;
}

/** A point with a number (not a milestone state). */
export type NumericPoint = SeriesPoint & { value: number };

export function isNumeric(p: SeriesPoint): p is NumericPoint {
  return typeof p.value === "number";
}

export interface Series {
  indicator: Indicator;
  /** the county figure, one point per observation date, oldest first */
  county: SeriesPoint[];
  /** each area's own rows, one point per observation date, oldest first */
  areas: ReadonlyMap<string, SeriesPoint[]>;
  /** figures of this indicator revised by a later file, in the order read */
  revisions: readonly Revision[];
  /** rows of this indicator refused after reading (a likely fraction): never points */
  refused?: readonly RefusedFigure[];
}

/** A row refused by validation after every file was read (a likely fraction): never a point. */
export interface RefusedFigure {
  /** area id, or null for the county */
  area: string | null;
  date: string;
  period: string;
  value: number | MilestoneState;
  file: string;
  line: number;
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
