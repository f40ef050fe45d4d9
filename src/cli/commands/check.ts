/** `cwplan check <files…>`: validate the drops, then judge every target. */
import { CwplanError } from "../../errors.js";
import { filterCheck } from "../../evaluate/check.js";
import { HistoryStore } from "../../evaluate/history.js";
import { evaluate, fails } from "../../evaluate/index.js";
import type { FailOn, Status } from "../../evaluate/types.js";
import { type CheckFormat, checkFormatter } from "../../format/check/index.js";
import type { Report } from "../../format/report.js";
import type { Context } from "../context.js";
import { ExitCode } from "../exit.js";
import { type DropCliOptions, hasErrors, loadDrops } from "./drops.js";
import { resolveUnitOption } from "./plan.js";

export interface CheckOptions extends DropCliOptions {
  asOf?: string;
  unit?: string;
  measure?: string;
  status?: string;
  failOn: FailOn;
  byArea?: boolean;
  format: CheckFormat;
  output?: string;
  bom?: boolean;
}

const STATUSES: readonly Status[] = ["pass", "behind", "at-risk", "missed", "no-data"];

export async function checkCommand(
  ctx: Context,
  paths: string[],
  o: CheckOptions,
): Promise<number> {
  const { plan } = await ctx.loadPlan();
  const asOf = o.asOf === undefined ? undefined : parseAsOf(o.asOf);
  const filter = {
    unit: o.unit === undefined ? undefined : resolveUnitOption(plan, o.unit),
    measure:
      o.measure === undefined ? undefined : parseMeasureOption(o.measure, plan.measures.length),
    statuses: o.status === undefined ? undefined : parseStatuses(o.status),
  };
  // rows stream from the files into the store, which stays the plan's size
  const store = new HistoryStore(plan);
  const drops = await loadDrops(paths, plan, o, (obs) => store.add(obs));
  const check = filterCheck(
    plan,
    evaluate(plan, store, { asOf, byArea: Boolean(o.byArea) }),
    filter,
  );
  const report: Report = {
    plan,
    check,
    files: drops.files,
    failOn: o.failOn,
    byArea: Boolean(o.byArea),
  };
  const format = await checkFormatter(o.format);
  ctx.emit(
    format(report, { lang: ctx.lang, style: ctx.style, width: ctx.width, bom: Boolean(o.bom) }),
    o.output,
  );
  if (hasErrors(drops)) return ExitCode.Error;
  return fails(check.results, o.failOn) ? ExitCode.TargetsFailing : ExitCode.Ok;
}

function parseAsOf(s: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  const d = m ? new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`) : undefined;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s.trim()) {
    throw new CwplanError("bad-as-of", `--as-of "${s}" is not a date`, {
      hint: "write it as YYYY-MM-DD, e.g. --as-of 2025-06-30",
    });
  }
  return s.trim();
}

function parseMeasureOption(s: string, count: number): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1 || n > count) {
    throw new CwplanError("unknown-measure", `--measure "${s}" is not a measure number`, {
      hint: `measures are numbered 1 to ${count}`,
    });
  }
  return n;
}

function parseStatuses(s: string): Status[] {
  const list = s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
  const bad = list.filter((x) => !STATUSES.includes(x as Status));
  if (bad.length > 0 || list.length === 0) {
    throw new CwplanError("bad-status", `--status "${s}" names no known status`, {
      hint: `use a comma-separated list of ${STATUSES.join(", ")}`,
    });
  }
  return list as Status[];
}
