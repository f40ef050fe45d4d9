/**
 * Level targets (a rate, a stock or a count at the period's end), and
 * coverage targets (a level in percent, 0–100): judged by the deadline.
 * The by-deadline evaluator here is shared with increase and eliminate
 * targets, which differ only in the baseline rule and the direction.
 */
import { targetComparison } from "../rules.js";
import type { TargetKind, TargetResult } from "../types.js";
import {
  finish,
  judgeLatest,
  type KindContext,
  noData,
  numericPoints,
  rolledUpNote,
  summedAreas,
} from "./common.js";

export function evaluateByDeadline(ctx: KindContext, kind: TargetKind): TargetResult {
  const { target, plan } = ctx;
  if (typeof target.value !== "number") {
    return noData(ctx, kind, target.deadline, [{ code: "invalid-target" }]);
  }
  const points = numericPoints(ctx);
  const latest = points.at(-1);
  if (!latest) return noData(ctx, kind);
  const cmp = targetComparison({ ...target, value: target.value }, plan.policy);
  const { judgement: j, baseline: distinct } = judgeLatest(ctx, cmp, latest, points, {
    deadline: target.deadline,
    rule: { increase: ctx.indicator.kind === "increase" },
  });
  summedAreas(ctx, j.working, latest);
  return finish(ctx, kind, j, [
    rolledUpNote(ctx, latest, "value"),
    rolledUpNote(ctx, distinct?.point, "baseline"),
  ]);
}

/** A level target; a coverage indicator is a level with max 100. */
export function evaluateLevel(ctx: KindContext): TargetResult {
  return evaluateByDeadline(ctx, ctx.indicator.kind === "coverage" ? "coverage" : "level");
}
