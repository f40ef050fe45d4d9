/**
 * What evaluation produces: one result per target, with its working shown.
 * The symbols (t0, T, t_v, v, b, y*, f, A, P, d) are those of
 * docs/STATUS-RULES.md, the rules of the statuses, whose names they keep.
 */
import type { Role, Target, Text, Unit } from "../plan/types.js";
import type { Detail, MilestoneState, Status } from "../vocabulary.js";

export type { FailOn, Status } from "../vocabulary.js";

export type BaselineSource =
  | "plan" // the document's own baseline
  | "plan-start" // increase target: 0 at 2024-01-01
  | "year-start" // annual target: 0 at 1 January of the year judged
  | "reported-before-start" // a row on or before the plan's start
  | "earliest"; // the earliest reported value

export interface Working {
  /** latest value on or before t (numeric targets) */
  value: number | MilestoneState;
  period: string;
  /** t_v */
  valueDate: string;
  target: number | MilestoneState;
  /** the effective target: y* after a 左右 tolerance (y* itself for other comparators) */
  effectiveTarget?: number;
  /** the 左右 tolerance applied: absolute (y* − τ_abs) or relative (y*·(1−τ)) */
  tolerance?: { absolute: number } | { relative: number };
  baseline?: { value: number; date: string; source: BaselineSource };
  /** f = (t_v − t0)/(T − t0), clamped to [0, 1]: the share of time elapsed (docs/STATUS-RULES.md) */
  f?: number;
  /** A = (v − b)/(y* − b): the share of the gap closed (docs/STATUS-RULES.md) */
  A?: number;
  /** P = A / f: the pace ratio (docs/STATUS-RULES.md) */
  P?: number;
  expected?: number;
  gap?: number;
  /** t0: the baseline's date (milestones: the plan's start, or the plan baseline's date) */
  t0?: string;
  /** T used for f and for `missed`: the target's deadline; annual targets: 31 December of the year judged */
  deadline?: string;
  /** d: +1 where more is better, −1 where less is better */
  direction?: 1 | -1;
  /** v is another unit's figure, used because its owner gave none (issue 20, item 3): its source */
  source?: import("./sources.js").FigureSource;
  /** v is a sum of area rows observed on t_v (no county-wide row): the areas that contributed, of how many */
  rolledUp?: { areas: string[]; of: number };
  /** annual targets: the year judged */
  year?: number;
  /** per-area targets: the threshold each area's own value is held to */
  threshold?: { comparator: ">=" | ">" | "<="; value: number; unit: string };
  /** per-area targets: the areas whose latest value on or before t meets the threshold */
  areasMeeting?: string[];
  /** per-area targets: each area's latest value on or before t */
  areas?: { area: string; value: number; date: string; meets: boolean }[];
}

export interface TargetResult {
  target: Target;
  status: Status;
  detail?: Detail;
  working?: Working;
  daysLeft: number;
  /** stable note codes (stale, one-data-point, rolled-up, …) with arguments */
  notes: { code: string; args?: Record<string, string | number> }[];
  /** annual targets: earlier years as pass or missed */
  history?: { year: number; value: number; status: "pass" | "missed"; period?: string }[];
  /** which evaluator judged the target */
  kind?: TargetKind;
  /** the indicator's recent county values on or before t, oldest first (two or more) */
  trend?: number[];
}

export type TargetKind =
  | "level"
  | "coverage"
  | "increase"
  | "annual"
  | "eliminate"
  | "milestone"
  | "per-area";

export type StatusCounts = Record<Status, number>;

/** A target as a unit sees it: one it owns, or one of a measure naming it that another unit owns. */
export interface UnitTarget {
  id: string;
  measure: number | null;
  /** the unit's role in the measure's responsibility line; null when the measure does not name it */
  role: Role | null;
  /** true: the unit owns the figure (src/plan/owners.ts) */
  owns: boolean;
  /** the owner's unit id; null when the target has none */
  owner: string | null;
  status: Status;
}

export interface UnitRollup {
  unit: Unit;
  /** the targets it owns (plan order), then those it only shares (plan order) */
  targets: UnitTarget[];
  /** counts over the targets it owns; shared ones never count */
  summary: StatusCounts;
  /** worst over the targets it owns (pass when it owns none); shared ones never turn it red */
  worst: Status;
}

export interface SectionRollup {
  numeral: string;
  title?: Text;
  targets: string[];
  status: Status;
  counts: StatusCounts;
}

export interface MeasureRollup {
  number: number;
  section?: string;
  title?: Text;
  targets: string[];
  status: Status;
  counts: StatusCounts;
}

export interface CheckResult {
  /** t, YYYY-MM-DD */
  asOf: string;
  /** where t came from: --as-of, the latest observation, or (no data at all) the plan's start */
  asOfSource: "option" | "data" | "plan-start";
  results: TargetResult[];
  summary: StatusCounts;
  /** units with at least one target, in the plan's unit order; headline targets (measure null) have no unit */
  byUnit: UnitRollup[];
  /** every unit a result names, also under --unit (byUnit keeps that unit only) */
  allUnits: UnitRollup[];
  bySection: SectionRollup[];
  /** measures with at least one target, by number */
  byMeasure: MeasureRollup[];
  /** worst status over all results */
  worst: Status;
  /** with --by-area: each township's latest figures */
  areas?: import("./areas.js").AreaTable[];
}
