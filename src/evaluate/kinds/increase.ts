/**
 * Increase targets ("新增", "累计新增"): a total counted from the plan's start,
 * so the baseline (absent the plan's own) is 0 at the window's start.
 */
import type { TargetResult } from "../types.js";
import type { KindContext } from "./common.js";
import { evaluateByDeadline } from "./level.js";

export function evaluateIncrease(ctx: KindContext): TargetResult {
  return evaluateByDeadline(ctx, "increase");
}
