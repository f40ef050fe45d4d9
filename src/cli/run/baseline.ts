/**
 * `cwplan baseline --from FOLDER --as-of DATE [--from-plan chengwu|FILE]
 * [--plan NEW] -o baselines.csv`: the last accepted figures of the old plan's
 * drops as baseline rows of the new plan (src/evaluate/carry.ts).
 */
import { resolve } from "node:path";
import { carryBaselines } from "../../evaluate/carry.js";
import { baselineCsv, baselineSummary } from "../../format/baseline.js";
import { EMBEDDED_PLAN, loadPlan } from "../../plan/load.js";
import type { Context } from "../context.js";
import { ExitCode } from "../exit.js";
import type { DropOptions } from "../options.js";
import { loadDrops } from "./drops.js";

export interface BaselineOptions {
  from: string;
  asOf: string;
  /** the plan the drops were reported under: `chengwu` (the bundled plan) or a file */
  fromPlan?: string;
  output?: string;
  drops: DropOptions;
}

export async function baselineCommand(ctx: Context, o: BaselineOptions): Promise<number> {
  const { plan } = await ctx.loadPlan();
  const old =
    o.fromPlan === undefined || o.fromPlan === "chengwu"
      ? (await loadPlan(EMBEDDED_PLAN)).plan
      : (await loadPlan(resolve(ctx.cwd, o.fromPlan))).plan;
  const drops = await loadDrops([o.from], old, o.drops);
  const { carried, uncarried } = carryBaselines(old, plan, drops.observations, o.asOf);
  ctx.emit(baselineCsv(carried, old, plan, ctx.lang), o.output);
  ctx.io.stderr(baselineSummary(carried.length, uncarried, plan.indicators.length, ctx.lang));
  return ExitCode.Ok;
}
