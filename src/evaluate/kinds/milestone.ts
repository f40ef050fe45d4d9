/**
 * Milestone targets: a state (not_started, in_progress, done) to reach by
 * the deadline. f runs from the plan's start (or the plan baseline's date)
 * to T, at t_v.
 */

import { normalizeState } from "../history.js";
import { milestoneMet, milestoneStatus, type Note, shareOfTime, staleNote } from "../rules.js";
import type { TargetResult, Working } from "../types.js";
import { daysLeft, type KindContext, noData, revisionNotes } from "./common.js";

export function evaluateMilestone(ctx: KindContext): TargetResult {
  const { target, plan } = ctx;
  const goal = typeof target.value === "string" ? normalizeState(target.value) : undefined;
  if (!goal) return noData(ctx, "milestone", target.deadline, [{ code: "invalid-target" }]);
  const latest = (ctx.series?.county ?? [])
    .filter((p) => p.date <= ctx.asOf && typeof p.value === "string")
    .at(-1);
  if (!latest) return noData(ctx, "milestone");
  const state = normalizeState(latest.value);
  if (!state) return noData(ctx, "milestone");
  const t0 = target.baseline?.date ?? plan.plan.window.start;
  const T = target.deadline;
  const f = shareOfTime(latest.date, t0, T);
  const working: Working = {
    value: state,
    period: latest.period,
    valueDate: latest.date,
    target: goal,
    t0,
    deadline: T,
    f,
  };
  const notes: Note[] = [];
  let status: TargetResult["status"];
  let detail: TargetResult["detail"];
  if (milestoneMet(state, goal)) {
    status = "pass";
    detail = "met";
  } else if (latest.date >= T || ctx.asOf > T) {
    status = "missed";
  } else {
    status = milestoneStatus(state, f);
    if (status === "pass") detail = "on track";
  }
  const stale = staleNote(latest.date, ctx.asOf, plan.policy.staleMonths);
  if (stale) notes.push(stale);
  notes.push(...revisionNotes(ctx));
  const result: TargetResult = {
    target,
    status,
    working,
    daysLeft: daysLeft(ctx.asOf, T),
    notes,
    kind: "milestone",
  };
  if (detail) result.detail = detail;
  return result;
}
