/** `cwplan check <files…>`: validate the drops, then judge every target. */
import { CwplanError } from "../../errors.js";
import { filterCheck } from "../../evaluate/check.js";
import { HistoryStore } from "../../evaluate/history.js";
import { evaluate, fails } from "../../evaluate/index.js";
import { checkFormatter } from "../../format/check/index.js";
import type { Report } from "../../format/report.js";
import {
  type CheckFormat,
  type FailOn,
  isStatus,
  STATUSES,
  type Status,
} from "../../vocabulary.js";
import type { Context } from "../context.js";
import { ExitCode } from "../exit.js";
import {
  asOfWarning,
  type DropCliOptions,
  hasErrors,
  loadDrops,
  maxErrors,
  parseAsOf,
} from "./drops.js";
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

export async function checkCommand(
  ctx: Context,
  paths: string[],
  o: CheckOptions,
): Promise<number> {
  const { plan } = await ctx.loadPlan();
  const asOf = o.asOf === undefined ? undefined : parseAsOf(o.asOf);
  const maxFindings = maxErrors(o);
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
  };
  const format = await checkFormatter(o.format);
  ctx.emit(
    format(report, {
      lang: ctx.lang,
      style: ctx.style,
      width: ctx.width,
      bom: Boolean(o.bom),
      maxFindings,
    }),
    o.output,
  );
  const warning = asOfWarning(check.asOf, plan);
  if (warning) ctx.io.stderr(`${warning}\n`);
  if (hasErrors(drops)) return ExitCode.Error;
  return fails(check.results, o.failOn) ? ExitCode.TargetsFailing : ExitCode.Ok;
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
  const statuses = list.filter(isStatus);
  if (statuses.length !== list.length || list.length === 0) {
    throw new CwplanError("bad-status", `--status "${s}" names no known status`, {
      hint: `use a comma-separated list of ${STATUSES.join(", ")}`,
    });
  }
  return statuses;
}
