/** `cwplan check <files…>`: validate the drops, then judge every target. */

import { HistoryStore } from "../../evaluate/history.js";
import { evaluate, fails } from "../../evaluate/index.js";
import { Received } from "../../evaluate/intake.js";
import type { Reported } from "../../evaluate/submissions.js";
import { CHECK_RENDERERS } from "../../format/check/index.js";
import type { CheckOutputFormat, FailOn, Status } from "../../vocabulary.js";
import type { Context } from "../context.js";
import { ExitCode } from "../exit.js";
import type { DropOptions } from "../options.js";
import { requireOutput } from "../output.js";
import { parseMeasure, parseUnit } from "../values.js";
import { asOfWarning, hasErrors, loadDrops } from "./drops.js";

export interface CheckOptions extends DropOptions {
  asOf?: string;
  unit?: string;
  measure?: string;
  statuses?: Status[];
  failOn: FailOn;
  byArea: boolean;
  /** --details: the full per-unit tables instead of the one screen */
  details: boolean;
  format: CheckOutputFormat;
  bom: boolean;
  output?: string;
}

export async function checkCommand(
  ctx: Context,
  paths: string[],
  o: CheckOptions,
): Promise<number> {
  const renderer = CHECK_RENDERERS[o.format];
  if (renderer.workbook) requireOutput(o.output, renderer.workbook);
  const { plan } = await ctx.loadPlan();
  const filter = {
    unit: o.unit === undefined ? undefined : parseUnit(plan, o.unit),
    measure: o.measure === undefined ? undefined : parseMeasure(plan, o.measure),
    statuses: o.statuses,
  };
  // rows stream from the files into the store, which stays the plan's size
  const store = new HistoryStore(plan);
  const keep = renderer.keepsReported === true;
  // who sent what (its rows are what `reported` needs too), for the page's scorecard
  const received = new Received();
  const drops = await loadDrops(paths, plan, o, (obs) => {
    store.add(obs);
    if (keep) received.add(obs);
  });
  const reported: readonly Reported[] = received.rows;
  const check = evaluate(plan, store, {
    asOf: o.asOf,
    byArea: o.byArea,
    filter,
    // a refused figure (a likely fraction) is never a point; the note says a newer one was refused
    refused: drops.refusedFigures,
  });
  const out = await renderer.render(
    {
      plan,
      check,
      files: drops.files,
      failOn: o.failOn,
      histories: () => store.histories(),
      reported,
      ...(keep ? { received: received.submissions(drops.files) } : {}),
    },
    {
      lang: ctx.lang,
      style: ctx.style,
      width: ctx.width,
      bom: o.bom,
      maxFindings: o.maxFindings,
      details: o.details || o.byArea,
    },
  );
  ctx.emit(out, o.output, renderer.workbook);
  const warning = asOfWarning(check.asOf, plan);
  if (warning) ctx.io.stderr(`${warning}\n`);
  if (hasErrors(drops)) return ExitCode.Error;
  return fails(check.results, o.failOn) ? ExitCode.TargetsFailing : ExitCode.Ok;
}
