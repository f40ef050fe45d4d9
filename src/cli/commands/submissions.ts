/**
 * `cwplan submissions <files…> [--period 2025-07]`: which owners have not
 * reported which of the figures they owe for a month (催报), and since when.
 * Exit code: 2 when a drop has an error (or on a usage error), else 0 — a
 * list of what is owed is informational.
 */
import { normalizePeriod } from "../../data/period.js";
import type { Observation } from "../../data/types.js";
import { CwplanError } from "../../errors.js";
import { type Reported, submissions } from "../../evaluate/submissions.js";
import { renderSubmissions, type SubmissionFormat } from "../../format/submissions/render.js";
import type { Context } from "../context.js";
import { ExitCode } from "../exit.js";
import { type DropCliOptions, hasErrors, loadDrops } from "./drops.js";

export interface SubmissionsOptions extends DropCliOptions {
  period?: string;
  format: SubmissionFormat;
  output?: string;
  bom?: boolean;
}

/** `--period`: a month (2025-07, 2025年7月 …); a quarter or a year means its last month. */
export function parseMonthOption(s: string): string {
  const p = normalizePeriod(s);
  if (p === undefined) {
    throw new CwplanError("bad-period", `--period "${s}" is not a period`, {
      hint: "write a month as YYYY-MM, e.g. --period 2025-07",
    });
  }
  const q = /^(\d{4})-Q([1-4])$/.exec(p);
  if (q) return `${q[1]}-${String(Number(q[2]) * 3).padStart(2, "0")}`;
  return /^\d{4}$/.test(p) ? `${p}-12` : p;
}

export async function submissionsCommand(
  ctx: Context,
  paths: string[],
  o: SubmissionsOptions,
): Promise<number> {
  const { plan } = await ctx.loadPlan();
  const month = o.period === undefined ? undefined : parseMonthOption(o.period);
  const reported: Reported[] = [];
  const drops = await loadDrops(paths, plan, o, (obs: Observation) =>
    reported.push({ indicator: obs.indicator, period: obs.period, date: obs.date }),
  );
  const result = submissions(plan, reported, month);
  ctx.emit(
    renderSubmissions(result, o.format, {
      lang: ctx.lang,
      style: ctx.style,
      width: ctx.width,
      bom: Boolean(o.bom),
    }),
    o.output,
  );
  // the files' own errors and warnings go to stderr, counted
  const findings = drops.files.flatMap((f) => f.findings);
  if (findings.length > 0) {
    const errors = findings.filter((f) => f.severity === "error").length;
    ctx.io.stderr(
      `${findings.length} data findings (${errors} errors): run \`cwplan validate\` on the files for details\n`,
    );
  }
  return hasErrors(drops) ? ExitCode.Error : ExitCode.Ok;
}
