/**
 * Eliminate targets ("清零", "全面消除"): a count or length to bring down to
 * zero, written `<= 0` (d = −1). Met once the value reaches 0.
 */
import type { TargetResult } from "../types.js";
import type { KindContext } from "./common.js";
import { evaluateByDeadline } from "./level.js";

export function evaluateEliminate(ctx: KindContext): TargetResult {
  return evaluateByDeadline(ctx, "eliminate");
}
