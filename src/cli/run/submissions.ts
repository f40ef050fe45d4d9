/**
 * `cwplan submissions <files…> [--period 2025-07]`: which owners have not
 * reported which of the figures they owe for a month (催报), and since when.
 * Exit code: 2 when a drop has an error (or on a usage error), else 0 — a
 * list of what is owed is informational.
 */

import type { DropResult, Observation } from "../../data/types.js";
import { Received } from "../../evaluate/intake.js";
import { type Submissions, submissions } from "../../evaluate/submissions.js";
import { renderSubmissions } from "../../format/submissions/render.js";
import type { SubmissionFormat } from "../../vocabulary.js";
import type { Context } from "../context.js";
import { ExitCode } from "../exit.js";
import type { DropOptions } from "../options.js";
import { hasErrors, loadDrops } from "./drops.js";

export interface SubmissionsOptions extends DropOptions {
  /** --period, as a month YYYY-MM */
  month?: string;
  format: SubmissionFormat;
  bom: boolean;
  output?: string;
}

/** The month's submissions from the drops, and the drops as read (for `submissions` and `notices`). */
export async function monthSubmissions(
  ctx: Context,
  paths: string[],
  o: DropOptions & { month?: string },
): Promise<{ result: Submissions; drops: DropResult }> {
  const { plan } = await ctx.loadPlan();
  const received = new Received();
  const drops = await loadDrops(paths, plan, o, (obs: Observation) => received.add(obs));
  const result = submissions(plan, received.rows, o.month, received.submissions(drops.files));
  return { result, drops };
}

export async function submissionsCommand(
  ctx: Context,
  paths: string[],
  o: SubmissionsOptions,
): Promise<number> {
  const { result, drops } = await monthSubmissions(ctx, paths, o);
  ctx.emit(
    renderSubmissions(result, o.format, {
      lang: ctx.lang,
      style: ctx.style,
      width: ctx.width,
      bom: o.bom,
    }),
    o.output,
  );
  // the files' own errors and warnings are counted on stderr; validate lists them
  const findings = drops.files.flatMap((f) => f.findings);
  if (findings.length > 0) {
    const errors = findings.filter((f) => f.severity === "error").length;
    ctx.io.stderr(
      `${findings.length} data findings (${errors} errors): run \`cwplan validate\` on the files for details\n`,
    );
  }
  return hasErrors(drops) ? ExitCode.Error : ExitCode.Ok;
}
