/**
 * The arithmetic of docs/STATUS-RULES.md, shared by every target kind: the
 * comparison (≥, >, ≈, ≤), the baseline order, f, A, P, the pace classes, and
 * the order of the rules. Pure functions; numbers are kept raw (no rounding).
 */

import {
  addMonths,
  daysBetween,
  monthsBetween,
  monthsElapsedInYear,
  startOfYear,
} from "../calendar.js";
import { isPercentUom } from "../plan/semantics.js";
import type { Baseline, Comparator, Policy } from "../plan/types.js";
import { type Detail, type MilestoneState, stateRank } from "../vocabulary.js";
import { isNumeric, type NumericPoint, type SeriesPoint } from "./history.js";
import type { BaselineSource, Status, TargetResult, Working } from "./types.js";

export type Note = TargetResult["notes"][number];

/**
 * Relative slack for comparisons, so that binary rounding does not flip a
 * boundary (150 × (1 − 0.05) is 142.49999999999997 in floating point; a value
 * of 142.5 still meets it, and a pace of 0.95 still passes at 0.95).
 */
export const EPS = 1e-9;

function slack(x: number): number {
  return EPS * Math.max(1, Math.abs(x));
}

/** x ≥ y, allowing for rounding. */
export function atLeast(x: number, y: number): boolean {
  return x >= y - slack(y);
}

/** d: +1 where more is better (≥, >, ≈), −1 where less is better (≤). */
export function direction(comparator: Comparator): 1 | -1 {
  return comparator === "<=" ? -1 : 1;
}

/** τ for a `~` target: the target's own tolerance, else the policy's. */
export function toleranceOf(target: { tolerance?: number }, policy: Policy): number {
  return target.tolerance ?? policy.tolerance;
}

/** The default absolute tolerance of a `~` target in percent: 1 percentage point. */
export const DEFAULT_PERCENT_TOLERANCE = 1;

/** A 左右 tolerance: absolute (in the target's unit) or relative (a fraction of y*). */
export type Tolerance = { absolute: number } | { relative: number };

export { isPercentUom };

/**
 * The tolerance a `~` (左右) target gets: the target's `toleranceAbsolute`
 * wins; a target in percent gets `policy.percentTolerance` points (default 1);
 * any other target its own relative `tolerance`, else the policy's.
 * Undefined for every other comparator.
 */
export function targetTolerance(
  target: { comparator: Comparator; unit: string; tolerance?: number; toleranceAbsolute?: number },
  policy: Policy,
): Tolerance | undefined {
  if (target.comparator !== "~") return undefined;
  if (target.toleranceAbsolute !== undefined) return { absolute: target.toleranceAbsolute };
  if (isPercentUom(target.unit)) {
    return { absolute: policy.percentTolerance ?? DEFAULT_PERCENT_TOLERANCE };
  }
  return { relative: toleranceOf(target, policy) };
}

/** The comparison a target makes: direction, effective target, and its met-test. */
export interface Comparison {
  comparator: Comparator;
  d: 1 | -1;
  /** y* as written */
  target: number;
  /** y* after tolerance: y* − τ_abs or y*·(1−τ) for `~`; y* otherwise */
  effective: number;
  /** the tolerance applied (`~` only) */
  tolerance?: Tolerance;
  /** `>`: the value must pass the target strictly */
  strict: boolean;
}

/**
 * A comparison; `tolerance` applies to `~` only: a number is a relative τ
 * (y*·(1−τ)), `{ absolute }` a margin in the target's unit (y* − τ_abs).
 */
export function comparison(
  comparator: Comparator,
  target: number,
  tolerance: number | Tolerance = 0,
): Comparison {
  const d = direction(comparator);
  if (comparator !== "~")
    return { comparator, d, target, effective: target, strict: comparator === ">" };
  const tol: Tolerance = typeof tolerance === "number" ? { relative: tolerance } : tolerance;
  const effective = "absolute" in tol ? target - tol.absolute : target * (1 - tol.relative);
  return { comparator, d, target, effective, tolerance: tol, strict: false };
}

/** The comparison of a plan target (its 左右 tolerance worked out by `targetTolerance`). */
export function targetComparison(
  target: {
    comparator: Comparator;
    value: number;
    unit: string;
    tolerance?: number;
    toleranceAbsolute?: number;
  },
  policy: Policy,
): Comparison {
  return comparison(target.comparator, target.value, targetTolerance(target, policy));
}

/**
 * The met-test: d·(v − y) ≥ 0, strictly > 0 for `>`; `=` (for numbers) is
 * equality. y is the effective target.
 */
export function isMet(c: Comparison, v: number): boolean {
  const y = c.effective;
  const s = slack(y);
  if (c.comparator === "=") return Math.abs(v - y) <= s;
  const margin = c.d * (v - y);
  return c.strict ? margin > s : margin >= -s;
}

/** A baseline with where it came from; `point` is the series point it was read from, if any. */
export interface BaselineChoice {
  value: number;
  date: string;
  source: BaselineSource;
  point?: SeriesPoint;
}

export interface BaselineInput {
  /** rule 1: the plan's own baseline */
  planBaseline?: Baseline | undefined;
  /** rule 2: an increase target (counted from the plan's start) */
  increase?: boolean;
  /** rule 3: an annual target, and the year judged */
  annualYear?: number | undefined;
  /** the plan window's start, YYYY-MM-DD */
  planStart: string;
  /** rules 4 and 5: the numeric points observed on or before t, oldest first */
  points: readonly SeriesPoint[];
}

/**
 * Rule 5 of the baseline: one read from the very point that gives v is no
 * baseline (progress from a figure to itself says nothing).
 */
export function distinctBaseline(
  baseline: BaselineChoice | undefined,
  latest: { date: string },
): BaselineChoice | undefined {
  return baseline && baseline.point?.date !== latest.date ? baseline : undefined;
}

/**
 * The baseline b at t0, in the documented order:
 * 1. the plan's baseline; 2. increase: 0 at the plan's start; 3. annual: 0 at
 * 1 January of the year judged; 4. the latest reported value observed on or
 * before the plan's start; 5. the earliest reported value.
 */
export function chooseBaseline(input: BaselineInput): BaselineChoice | undefined {
  if (input.planBaseline) {
    return { value: input.planBaseline.value, date: input.planBaseline.date, source: "plan" };
  }
  if (input.increase) return { value: 0, date: input.planStart, source: "plan-start" };
  if (input.annualYear !== undefined) {
    return { value: 0, date: startOfYear(input.annualYear), source: "year-start" };
  }
  let before: NumericPoint | undefined;
  for (const p of input.points) {
    if (isNumeric(p) && p.date <= input.planStart) before = p;
  }
  if (before) {
    return {
      value: before.value,
      date: before.date,
      source: "reported-before-start",
      point: before,
    };
  }
  const first = input.points.find(isNumeric);
  if (first) {
    return { value: first.value, date: first.date, source: "earliest", point: first };
  }
  return undefined;
}

/** f = (t_v − t0)/(T − t0) in days, clamped to [0, 1]; 1 when T ≤ t0. */
export function shareOfTime(valueDate: string, t0: string, deadline: string): number {
  const span = daysBetween(t0, deadline);
  if (span <= 0) return valueDate >= deadline ? 1 : 0;
  return Math.min(1, Math.max(0, daysBetween(t0, valueDate) / span));
}

/** Annual targets: f = months elapsed at t_v / 12 (t_v's month end counts the month in full). */
export function shareOfYear(valueDate: string): number {
  return Math.min(1, Math.max(0, monthsElapsedInYear(valueDate) / 12));
}

/** A = (v − b)/(y − b); undefined when y = b. */
export function gapClosed(v: number, b: number, y: number): number | undefined {
  return Math.abs(y - b) <= slack(y) ? undefined : (v - b) / (y - b);
}

/** P = A/f; undefined when either is undefined or f = 0. */
export function paceRatio(A: number | undefined, f: number | undefined): number | undefined {
  if (A === undefined || f === undefined || f <= EPS) return undefined;
  return A / f;
}

/** P ≥ passPace → pass; behindPace ≤ P < passPace → behind; else at-risk. */
export function classifyPace(P: number, policy: Policy): "pass" | "behind" | "at-risk" {
  if (atLeast(P, policy.passPace)) return "pass";
  if (atLeast(P, policy.behindPace)) return "behind";
  return "at-risk";
}

/** The expected value at t_v: b + f·(y − b). */
export function expectedValue(b: number, f: number, y: number): number {
  return b + f * (y - b);
}

/** What is still to go: d·(y − v), positive while short of the (effective) target. */
export function gapToTarget(c: Comparison, v: number): number {
  return c.d * (c.effective - v);
}

/** Milestone rule: done → pass; in_progress → pass while f < 0.75; not_started → behind while f < 0.5. */
export function milestoneStatus(state: MilestoneState, f: number): "pass" | "behind" | "at-risk" {
  if (state === "done") return "pass";
  if (state === "in_progress") return atLeast(f, 0.75) ? "behind" : "pass";
  return atLeast(f, 0.5) ? "at-risk" : "behind";
}

/** A milestone target is met once the state reaches the target state (normally "done"). */
export function milestoneMet(state: MilestoneState, target: MilestoneState): boolean {
  return stateRank(state) >= stateRank(target);
}

/** t_v more than `months` calendar months before t (2025-03-31 is exactly 3 months before 2025-06-30). */
export function isStale(valueDate: string, asOf: string, months: number): boolean {
  return valueDate < addMonths(asOf, -months);
}

/** The `stale` note, or undefined. */
export function staleNote(valueDate: string, asOf: string, months: number): Note | undefined {
  if (!isStale(valueDate, asOf, months)) return undefined;
  return {
    code: "stale",
    args: { valueDate, asOf, months: monthsBetween(valueDate, asOf), limit: months },
  };
}

export interface Judgement {
  status: Status;
  detail?: Detail;
  working: Working;
  notes: Note[];
}

export interface NumericCase {
  comparison: Comparison;
  value: number;
  period: string;
  valueDate: string;
  /** t */
  asOf: string;
  /** T */
  deadline: string;
  /** a baseline distinct from v, or undefined (rule 5: no-data · needs-baseline) */
  baseline?: BaselineChoice | undefined;
  /** f when the kind computes it its own way (annual: months / 12); else day-based */
  f?: number | undefined;
  policy: Policy;
}

/**
 * The rule order for a numeric target with a value (rule 1, no-data, is the
 * caller's): met → pass; deadline passed → missed; no distinct baseline →
 * no-data · needs-baseline; worse than the baseline → at-risk; pace not
 * assessable (y = b, or f = 0) → behind; else the pace class of P.
 */
export function judgeNumeric(c: NumericCase): Judgement {
  const cmp = c.comparison;
  const v = c.value;
  const y = cmp.effective;
  const working: Working = {
    value: v,
    period: c.period,
    valueDate: c.valueDate,
    target: cmp.target,
    deadline: c.deadline,
    direction: cmp.d,
    gap: gapToTarget(cmp, v),
  };
  working.effectiveTarget = y;
  if (cmp.tolerance) working.tolerance = cmp.tolerance;
  const notes: Note[] = [];
  const b = c.baseline;
  let f: number | undefined;
  let A: number | undefined;
  let P: number | undefined;
  if (b) {
    f = c.f ?? shareOfTime(c.valueDate, b.date, c.deadline);
    A = gapClosed(v, b.value, y);
    P = paceRatio(A, f);
    working.baseline = { value: b.value, date: b.date, source: b.source };
    working.t0 = b.date;
    working.f = f;
    if (A !== undefined) working.A = A;
    if (P !== undefined) working.P = P;
    working.expected = expectedValue(b.value, f, y);
  }
  const done = (status: Status, detail?: Detail): Judgement =>
    detail ? { status, detail, working, notes } : { status, working, notes };

  if (isMet(cmp, v)) return done("pass", "met");
  if (c.valueDate >= c.deadline || c.asOf > c.deadline) return done("missed");
  if (!b || f === undefined) {
    // rule 5 (v3): one figure and no baseline: the pace cannot be judged
    notes.push({ code: "needs-baseline" });
    return done("no-data", "needs-baseline");
  }
  if (cmp.d * (v - b.value) < -slack(b.value)) {
    notes.push({ code: "worse-than-baseline" });
    return done("at-risk");
  }
  if (A === undefined) {
    notes.push({ code: "pace-not-assessable", args: { reason: "baseline-equals-target" } });
    return done("behind");
  }
  if (P === undefined) {
    notes.push({ code: "pace-not-assessable", args: { reason: "no-time-elapsed" } });
    return done("behind");
  }
  const status = classifyPace(P, c.policy);
  return status === "pass" ? done("pass", "on track") : done(status);
}
