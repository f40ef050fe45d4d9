/** `cwplan check <files…>`: validate the drops, then judge every target. */
import { filterCheck } from "../../evaluate/check.js";
import { HistoryStore } from "../../evaluate/history.js";
import { evaluate, fails } from "../../evaluate/index.js";
import { checkFormatter } from "../../format/check/index.js";
import type { CheckOutput } from "../../format/check-output.js";
import type { Context } from "../context.js";
import { ExitCode } from "../exit.js";
import { type CheckOptions, parseMeasure, parseUnit } from "../options.js";
import { asOfWarning, hasErrors, loadDrops } from "./drops.js";

export async function checkCommand(
  ctx: Context,
  paths: string[],
  o: CheckOptions,
): Promise<number> {
  const { plan } = await ctx.loadPlan();
  const filter = {
    unit: o.unit === undefined ? undefined : parseUnit(plan, o.unit),
    measure: o.measure === undefined ? undefined : parseMeasure(plan, o.measure),
    statuses: o.statuses,
  };
  // rows stream from the files into the store, which stays the plan's size
  const store = new HistoryStore(plan);
  const drops = await loadDrops(paths, plan, o, (obs) => store.add(obs));
  const check = filterCheck(
    plan,
    evaluate(plan, store, { asOf: o.asOf, byArea: o.byArea }),
    filter,
  );
  const output: CheckOutput = {
    plan,
    check,
    files: drops.files,
    failOn: o.failOn,
  };
  const format = await checkFormatter(o.format);
  ctx.emit(
    format(output, {
      lang: ctx.lang,
      style: ctx.style,
      width: ctx.width,
      bom: o.bom,
      maxFindings: o.maxFindings,
      details: o.details || o.byArea,
    }),
    o.output,
  );
  const warning = asOfWarning(check.asOf, plan);
  if (warning) ctx.io.stderr(`${warning}\n`);
  if (hasErrors(drops)) return ExitCode.Error;
  return fails(check.results, o.failOn) ? ExitCode.TargetsFailing : ExitCode.Ok;
}
