/** `cwplan check <files…>`: validate the drops, then judge every target. */
import { filterCheck } from "../../evaluate/check.js";
import { HistoryStore } from "../../evaluate/history.js";
import { evaluate, fails } from "../../evaluate/index.js";
import { type Reported, submissions } from "../../evaluate/submissions.js";
import { checkFormatter } from "../../format/check/index.js";
import type { CheckOutput } from "../../format/check-output.js";
import type { Context } from "../context.js";
import { ExitCode } from "../exit.js";
import { type CheckOptions, parseMeasure, parseUnit } from "../options.js";
import { requireOutput } from "../output.js";
import { asOfWarning, hasErrors, loadDrops } from "./drops.js";

export async function checkCommand(
  ctx: Context,
  paths: string[],
  o: CheckOptions,
): Promise<number> {
  if (o.format === "xlsx") requireOutput(o.output, "results");
  const { plan } = await ctx.loadPlan();
  const filter = {
    unit: o.unit === undefined ? undefined : parseUnit(plan, o.unit),
    measure: o.measure === undefined ? undefined : parseMeasure(plan, o.measure),
    statuses: o.statuses,
  };
  // rows stream from the files into the store, which stays the plan's size
  const store = new HistoryStore(plan);
  // html: who reported what, for the page's scorecard (src/evaluate/submissions.ts)
  const reported: Reported[] | undefined = o.format === "html" ? [] : undefined;
  const drops = await loadDrops(paths, plan, o, (obs) => {
    store.add(obs);
    reported?.push({ indicator: obs.indicator, period: obs.period, date: obs.date });
  });
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
  if (o.format === "xlsx") {
    const { renderResultsWorkbook } = await import("../../format/xlsx/results.js");
    const bytes = await renderResultsWorkbook({ plan, check, files: drops.files }, ctx.lang);
    ctx.emitBytes(bytes, o.output, "results");
  } else if (o.format === "html") {
    // the meeting page's parts for every target (src/format/html/, with ECharts)
    const { renderHtml } = await import("../../format/html/index.js");
    const html = await renderHtml(
      {
        kind: "check",
        plan,
        check,
        files: drops.files,
        histories: store.histories(),
        submissions: submissions(plan, reported ?? [], check.asOf.slice(0, 7)),
      },
      { lang: ctx.lang, maxFindings: o.maxFindings },
    );
    ctx.emit(html, o.output);
  } else {
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
  }
  const warning = asOfWarning(check.asOf, plan);
  if (warning) ctx.io.stderr(`${warning}\n`);
  if (hasErrors(drops)) return ExitCode.Error;
  return fails(check.results, o.failOn) ? ExitCode.TargetsFailing : ExitCode.Ok;
}
