/**
 * A target's reported course, for charts: the value evaluation judged at
 * every date a figure arrived, plus the lines a chart draws (baseline,
 * pro-rata expectation 序时进度, target, deadline). Pure: no I/O.
 *
 * Each point is what the target's own rule saw on that date (the level, the
 * increase since the start, the year-to-date flow of the year judged, the
 * number of areas meeting a threshold, a milestone's state), so a chart shows
 * the same figure the status was decided on.
 */
import type { MilestoneState, Plan, Target } from "../plan/types.js";
import type { Series } from "./history.js";
import { evaluateTarget } from "./target.js";
import type { TargetResult } from "./types.js";

export interface TrajectoryPoint {
  /** the date the value stands for (its period's last day) */
  date: string;
  period: string;
  value: number | MilestoneState;
}

export interface Trajectory {
  target: Target;
  points: TrajectoryPoint[];
  /** start of the expected line: the baseline's date and value */
  start?: { date: string; value: number };
  /** the value the target asks for (after tolerance for ≈ targets: the plain target) */
  goal: number | MilestoneState;
  /** the date the goal is due (annual targets: 31 December of the year judged) */
  deadline: string;
  /** where the expected line ends: the effective target of a ≈ target (its tolerance applied), else the goal */
  expectedEnd: number | MilestoneState;
}

/**
 * The trajectory of each result's target up to its as-of date. `dates` are
 * the observation dates to look at (any order); only those on or before
 * `asOf` count. Annual targets keep the points of the year judged.
 */
export function trajectories(
  plan: Plan,
  results: readonly TargetResult[],
  histories: ReadonlyMap<string, Series>,
  asOf: string,
  dates: Iterable<string>,
): Map<string, Trajectory> {
  const when = [...new Set(dates)].filter((d) => d <= asOf).sort();
  const out = new Map<string, Trajectory>();
  for (const r of results) {
    const t = r.target;
    const w = r.working;
    const seen = new Map<string, TrajectoryPoint>();
    for (const d of when) {
      const at = d === asOf ? r : evaluateTarget(plan, t, histories, d);
      const aw = at.working;
      if (!aw) continue;
      if (w?.year !== undefined && aw.year !== w.year) continue;
      seen.set(aw.valueDate, { date: aw.valueDate, period: aw.period, value: aw.value });
    }
    if (w && !seen.has(w.valueDate)) {
      seen.set(w.valueDate, { date: w.valueDate, period: w.period, value: w.value });
    }
    const points = [...seen.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
    const trajectory: Trajectory = {
      target: t,
      points,
      goal: w?.target ?? t.value,
      deadline: w?.deadline ?? t.deadline,
      expectedEnd: w?.effectiveTarget ?? w?.target ?? t.value,
    };
    if (w?.baseline) trajectory.start = { date: w.baseline.date, value: w.baseline.value };
    out.set(t.id, trajectory);
  }
  return out;
}
