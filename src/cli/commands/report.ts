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
 * Exit code: 2 when a drop has an error (or on a usage error), else 0 — a
 * report is informational and never fails on targets.
 */
import { resolve } from "node:path";
import { filterCheck, latestObservationDate } from "../../evaluate/check.js";
import { HistoryStore } from "../../evaluate/history.js";
import { evaluate } from "../../evaluate/index.js";
import { mergeForPrevious, previousDate } from "../../evaluate/previous.js";
import { submissions } from "../../evaluate/submissions.js";
import type { CheckResult } from "../../evaluate/types.js";
import { buildMeeting } from "../../format/report/build.js";
import { renderReport } from "../../format/report/render.js";
import type { Context } from "../context.js";
import { ExitCode } from "../exit.js";
import { parseUnit, type ReportOptions } from "../options.js";
import { requireOutput } from "../output.js";
import { asOfWarning, hasErrors, loadDrops } from "./drops.js";

export async function reportCommand(
  ctx: Context,
  paths: string[],
  o: ReportOptions,
): Promise<number> {
  if (o.format === "xlsx") requireOutput(o.output, "results");
  const { plan } = await ctx.loadPlan();
  const filter = { unit: o.unit === undefined ? undefined : parseUnit(plan, o.unit) };
  const drops = await loadDrops(paths, plan, o);
  const current = filterCheck(plan, evaluate(plan, drops.observations, { asOf: o.asOf }), filter);

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
      previous = filterCheck(plan, evaluate(plan, data, { asOf: date }), filter);
    }
  } else {
    const date = previousDate(drops.observations, current.asOf);
    if (date !== undefined) {
      previous = filterCheck(plan, evaluate(plan, drops.observations, { asOf: date }), filter);
    }
  }

  const owed = submissions(plan, drops.observations, current.asOf.slice(0, 7));
  if (filter.unit !== undefined) owed.owners = owed.owners.filter((x) => x.unit.id === filter.unit);
  if (o.format === "xlsx") {
    const { renderResultsWorkbook } = await import("../../format/xlsx/results.js");
    const input = { plan, check: current, files, ...(previous ? { previous } : {}) };
    ctx.emitBytes(await renderResultsWorkbook(input, ctx.lang), o.output, "results");
  } else if (o.format === "markdown") {
    const meeting = buildMeeting({ plan, current, previous, files, submissions: owed });
    ctx.emit(
      renderReport(plan, meeting, {
        lang: ctx.lang,
        style: ctx.style,
        width: ctx.width,
        maxFindings: o.maxFindings,
      }),
      o.output,
    );
  } else {
    // the meeting's page (src/format/html/) and its plain-text digest
    const input = {
      kind: "report" as const,
      plan,
      check: current,
      previous,
      files,
      submissions: owed,
    };
    if (o.format === "html") {
      const { renderHtml } = await import("../../format/html/index.js");
      const histories = HistoryStore.of(plan, drops.observations).histories();
      ctx.emit(
        await renderHtml({ ...input, histories }, { lang: ctx.lang, maxFindings: o.maxFindings }),
        o.output,
      );
    } else {
      const [{ buildPage }, { renderDigest }] = await Promise.all([
        import("../../format/html/model.js"),
        import("../../format/report/text.js"),
      ]);
      ctx.emit(
        renderDigest(buildPage({ ...input, trajectories: new Map() }), {
          lang: ctx.lang,
          maxFindings: o.maxFindings,
        }),
        o.output,
      );
    }
  }
  const warning = asOfWarning(current.asOf, plan);
  if (warning) ctx.io.stderr(`${warning}\n`);
  return bad ? ExitCode.Error : ExitCode.Ok;
}
