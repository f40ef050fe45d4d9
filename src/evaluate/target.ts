/** One target → one result: pick the kind's evaluator. Pure. */
import type { Indicator, Plan, Target } from "../plan/types.js";
import type { Series } from "./history.js";
import { evaluateAnnual } from "./kinds/annual.js";
import type { KindContext } from "./kinds/common.js";
import { noData } from "./kinds/common.js";
import { evaluateEliminate } from "./kinds/eliminate.js";
import { evaluateIncrease } from "./kinds/increase.js";
import { evaluateLevel } from "./kinds/level.js";
import { evaluateMilestone } from "./kinds/milestone.js";
import { evaluatePerArea } from "./kinds/per-area.js";
import type { TargetKind, TargetResult } from "./types.js";

/**
 * The evaluator a target gets, first match wins: perArea → per-area; a
 * milestone indicator or a state as the target value → milestone; cadence
 * "annual" or an annual indicator → annual; then the indicator's kind
 * (increase, eliminate, coverage, level).
 */
export function targetKind(target: Target, indicator: Indicator): TargetKind {
  if (target.perArea) return "per-area";
  if (indicator.kind === "milestone" || typeof target.value === "string") return "milestone";
  if (target.cadence === "annual" || indicator.kind === "annual") return "annual";
  if (indicator.kind === "increase") return "increase";
  if (indicator.kind === "eliminate") return "eliminate";
  if (indicator.kind === "coverage") return "coverage";
  return "level";
}

export function evaluateTarget(
  plan: Plan,
  target: Target,
  histories: ReadonlyMap<string, Series>,
  asOf: string,
): TargetResult {
  const series = histories.get(target.indicator);
  const indicator = series?.indicator ?? plan.indicators.find((i) => i.id === target.indicator);
  if (!indicator) {
    const stub: Indicator = {
      id: target.indicator,
      name: target.name,
      unit: target.unit,
      kind: "level",
      rollup: "none",
    };
    const ctx: KindContext = { plan, target, indicator: stub, series: undefined, asOf };
    return noData(ctx, "level", target.deadline, [
      { code: "unknown-indicator", args: { indicator: target.indicator } },
    ]);
  }
  const ctx: KindContext = { plan, target, indicator, series, asOf };
  switch (targetKind(target, indicator)) {
    case "per-area":
      return evaluatePerArea(ctx);
    case "milestone":
      return evaluateMilestone(ctx);
    case "annual":
      return evaluateAnnual(ctx);
    case "increase":
      return evaluateIncrease(ctx);
    case "eliminate":
      return evaluateEliminate(ctx);
    default:
      return evaluateLevel(ctx);
  }
}
