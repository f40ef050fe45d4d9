/** `cwplan validate <files…>` and `cwplan template`. */
import { normalizePeriod } from "../../data/period.js";
import { renderTemplate, TemplateError } from "../../data/template.js";
import { CwplanError } from "../../errors.js";
import { validateFormatter } from "../../format/validate.js";
import type { ValidateFormat } from "../../vocabulary.js";
import type { Context } from "../context.js";
import { ExitCode } from "../exit.js";
import { type DropCliOptions, hasErrors, loadDrops, maxErrors } from "./drops.js";
import { resolveUnitOption } from "./plan.js";

export interface ValidateOptions extends DropCliOptions {
  format: ValidateFormat;
  output?: string;
}

export async function validateCommand(
  ctx: Context,
  paths: string[],
  o: ValidateOptions,
): Promise<number> {
  const { plan } = await ctx.loadPlan();
  const max = maxErrors(o);
  const drops = await loadDrops(paths, plan, o);
  const format = validateFormatter(o.format);
  ctx.emit(
    format(drops.files, { lang: ctx.lang, style: ctx.style, width: ctx.width }, max),
    o.output,
  );
  return hasErrors(drops) ? ExitCode.Error : ExitCode.Ok;
}

export interface TemplateCliOptions {
  period?: string;
  unit?: string;
  bom?: boolean;
  output?: string;
}

export async function templateCommand(
  ctx: Context,
  o: TemplateCliOptions,
  today: Date,
): Promise<number> {
  const { plan } = await ctx.loadPlan();
  // this month, or the plan's last month once the plan's window has passed
  const thisMonth = today.toISOString().slice(0, 7);
  const lastMonth = plan.plan.window.end.slice(0, 7);
  // any spelling a drop may use (2025年6月, 2025年1-6月 …), in canonical form
  const period =
    o.period === undefined
      ? ([thisMonth, lastMonth].sort()[0] ?? lastMonth)
      : (normalizePeriod(o.period) ?? o.period);
  if (!/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/.test(period)) {
    throw new CwplanError("bad-period", `--period "${o.period}" is not a period`, {
      hint: "write YYYY-MM (e.g. 2025-06), YYYY-Qn or YYYY",
    });
  }
  const first = `${Number(plan.plan.window.start.slice(0, 4)) - 1}`;
  const year = period.slice(0, 4);
  const isMonth = /^\d{4}-\d{2}$/.test(period);
  if (year < first || year > lastMonth.slice(0, 4) || (isMonth && period > lastMonth)) {
    throw new CwplanError("bad-period", `--period ${period} is outside the plan's window`, {
      hint: `the plan runs from ${plan.plan.window.start} to ${plan.plan.window.end} (baseline rows: ${first})`,
    });
  }
  const opts = {
    period,
    bom: Boolean(o.bom),
    ...(o.unit === undefined ? {} : { unit: resolveUnitOption(plan, o.unit) }),
  };
  try {
    ctx.emit(renderTemplate(plan, opts), o.output);
  } catch (e) {
    if (e instanceof TemplateError) throw new CwplanError("template", e.message);
    throw e;
  }
  return ExitCode.Ok;
}
