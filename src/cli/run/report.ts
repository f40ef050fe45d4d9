/**
 * `cwplan report <files…>`: the monthly meeting's report — headline figures,
 * status counts, what changed since the previous drop, the targets at risk
 * or missed, the units that did not report, the data findings.
 *
 * The picture now: every file's data as of --as-of, or the latest
 * observation. The previous picture: the same data as of the latest
 * observation date strictly before that; with --previous FILE, that drop's
 * data (its own figures winning over the other files' for the same
 * indicator, period and area) as of the drop's latest observation date.
 *
 * Once written, it says so on stderr (with -o, where) with a one-line
 * summary: targets by status, open data errors, corrected ones.
 *
 * Exit code: 2 when a drop has an open error (the report is written all the
 * same, and the summary says how many), or on a usage error; else 0 — a
 * report is informational and never fails on targets.
 */

import { resolve } from "node:path";
import { latestObservationDate } from "../../evaluate/check.js";
import { finalEvaluation, finalMode } from "../../evaluate/final.js";
import { finalData } from "../../evaluate/final-data.js";
import { HistoryStore } from "../../evaluate/history.js";
import { evaluate } from "../../evaluate/index.js";
import { Received } from "../../evaluate/intake.js";
import { mergeForPrevious, previousDate } from "../../evaluate/previous.js";
import { submissions } from "../../evaluate/submissions.js";
import type { CheckResult } from "../../evaluate/types.js";
import { reportDone } from "../../format/report/done.js";
import { FINAL_RENDERERS } from "../../format/report/final-index.js";
import { REPORT_RENDERERS } from "../../format/report/index.js";
import type { Plan } from "../../plan/types.js";
import type { ReportOutputFormat } from "../../vocabulary.js";
import type { Context } from "../context.js";
import { ExitCode } from "../exit.js";
import type { DropOptions } from "../options.js";
import { requireOutput } from "../output.js";
import { parseUnit } from "../values.js";
import { asOfWarning, hasErrors, loadDrops } from "./drops.js";

export interface ReportOptions extends DropOptions {
  asOf?: string;
  unit?: string;
  previous?: string;
  /** --final: the final evaluation even before the plan's end */
  final: boolean;
  format: ReportOutputFormat;
  output?: string;
}

export async function reportCommand(
  ctx: Context,
  paths: string[],
  o: ReportOptions,
): Promise<number> {
  const renderer = REPORT_RENDERERS[o.format];
  if (renderer.workbook) requireOutput(o.output, renderer.workbook);
  const { plan } = await ctx.loadPlan();
  const filter = { unit: o.unit === undefined ? undefined : parseUnit(plan, o.unit) };
  const drops = await loadDrops(paths, plan, o);
  const store = HistoryStore.of(plan, drops.observations);
  // a refused figure (a likely fraction) is never a point; the note says a newer one was refused
  const current = evaluate(plan, store, { asOf: o.asOf, filter, refused: drops.refusedFigures });
  // the text digest is wrapped for a terminal only: to a file or a pipe, a paragraph is one line
  const wrap = ctx.io.isTTY && o.output === undefined;
  const fo = {
    lang: ctx.lang,
    style: ctx.style,
    width: ctx.width,
    maxFindings: o.maxFindings,
    wrap,
  };

  if (finalMode(plan, current.asOf, o.final)) {
    // the final evaluation (终期评估): from the plan's end on, or with --final
    const histories = store.histories();
    const final = finalEvaluation(plan, current, histories);
    const revisions = [...histories.values()].flatMap((s) => s.revisions);
    const data = finalData(plan, final, drops.observations, revisions);
    const rows = drops.files.reduce((n, f) => n + f.rowsValid, 0);
    const r = FINAL_RENDERERS[o.format];
    const out = await r.render({ plan, final, data, files: drops.files, rows }, fo);
    ctx.emit(out, o.output, r.workbook);
    ctx.io.stderr(reportDone(current, drops.files, o.output, ctx.lang, termWidth(ctx)));
    warnOutsideWindow(ctx, current.asOf, plan);
    return hasErrors(drops) ? ExitCode.Error : ExitCode.Ok;
  }

  let previous: CheckResult | undefined;
  let files = drops.files;
  let bad = hasErrors(drops);
  if (o.previous !== undefined) {
    const old = await loadDrops([o.previous], plan, o);
    const known = new Set(drops.files.map((f) => resolve(f.path)));
    files = [...files, ...old.files.filter((f) => !known.has(resolve(f.path)))];
    bad ||= hasErrors(old);
    const date = latestObservationDate(old.observations);
    if (date !== undefined) {
      const data = mergeForPrevious(old.observations, drops.observations);
      previous = evaluate(plan, data, { asOf: date, filter });
    }
  } else {
    const date = previousDate(drops.observations, current.asOf);
    if (date !== undefined) {
      previous = evaluate(plan, drops.observations, { asOf: date, filter });
    }
  }

  const received = new Received();
  for (const obs of drops.observations) received.add(obs);
  const owed = submissions(
    plan,
    drops.observations,
    current.asOf.slice(0, 7),
    received.submissions(drops.files),
  );
  if (filter.unit !== undefined) owed.owners = owed.owners.filter((x) => x.unit.id === filter.unit);
  const out = await renderer.render(
    {
      plan,
      current,
      previous,
      files,
      submissions: owed,
      observations: drops.observations,
    },
    fo,
  );
  ctx.emit(out, o.output, renderer.workbook);
  ctx.io.stderr(reportDone(current, files, o.output, ctx.lang, termWidth(ctx)));
  warnOutsideWindow(ctx, current.asOf, plan);
  return bad ? ExitCode.Error : ExitCode.Ok;
}

/** the terminal's width, where output goes to one */
function termWidth(ctx: Context): number | undefined {
  return ctx.io.isTTY ? ctx.width : undefined;
}

function warnOutsideWindow(ctx: Context, asOf: string, plan: Plan): void {
  const warning = asOfWarning(asOf, plan);
  if (warning) ctx.io.stderr(`${warning}\n`);
}
