/** `cwplan validate <files…>` and `cwplan template`. */

import { statSync } from "node:fs";
import { isPeriod, periodWindow } from "../../calendar.js";
import { normalizePeriod } from "../../data/period.js";
import { CwplanError, optionError } from "../../errors.js";
import { TEMPLATE_RENDERERS } from "../../format/template.js";
import { TemplateError } from "../../format/template-csv.js";
import { validateFormatter } from "../../format/validate.js";
import { bilingual, OPTION_ERRORS } from "../../i18n/errors.js";
import type { TemplateFormat, ValidateFormat } from "../../vocabulary.js";
import type { Context } from "../context.js";
import { ExitCode } from "../exit.js";
import type { DropOptions } from "../options.js";
import { requireOutput } from "../output.js";
import { parseUnit } from "../values.js";
import { hasErrors, loadDrops } from "./drops.js";

export interface TemplateOptions {
  format: TemplateFormat;
  period?: string;
  unit?: string;
  /** --shared: also the indicators of targets the unit only shares */
  shared: boolean;
  /** --baseline: the baseline form (the year before the plan, indicators judged from a baseline) */
  baseline: boolean;
  bom: boolean;
  output?: string;
  /** -o may replace a file that exists and is not empty */
  force: boolean;
}

export interface ValidateOptions extends DropOptions {
  format: ValidateFormat;
  output?: string;
}

export async function validateCommand(
  ctx: Context,
  paths: string[],
  o: ValidateOptions,
): Promise<number> {
  const { plan } = await ctx.loadPlan();
  const drops = await loadDrops(paths, plan, o);
  const format = validateFormatter(o.format);
  ctx.emit(
    format(drops.files, { lang: ctx.lang, style: ctx.style, width: ctx.width }, o.maxFindings),
    o.output,
  );
  return hasErrors(drops) ? ExitCode.Error : ExitCode.Ok;
}

export async function templateCommand(
  ctx: Context,
  o: TemplateOptions,
  today: Date,
): Promise<number> {
  const renderer = TEMPLATE_RENDERERS[o.format];
  if (renderer.workbook) requireOutput(o.output, renderer.workbook);
  if (o.output !== undefined && o.output !== "-" && !o.force && isFilledFile(o.output)) {
    throw optionError("output-exists", bilingual(OPTION_ERRORS, "outputExists", o.output), {
      file: o.output,
    });
  }
  const { plan } = await ctx.loadPlan();
  // this month, or the plan's last month once the plan's window has passed
  const thisMonth = today.toISOString().slice(0, 7);
  const lastMonth = plan.plan.window.end.slice(0, 7);
  // any spelling a drop may use (2025年6月, 2025年1-6月 …), in canonical form
  // the baseline form: the year before the plan starts (2023), unless --period says
  const years = periodWindow(plan.plan.window);
  const baselineYear = `${years.baseline}`;
  const period =
    o.period === undefined
      ? o.baseline
        ? baselineYear
        : ([thisMonth, lastMonth].sort()[0] ?? lastMonth)
      : (normalizePeriod(o.period) ?? o.period);
  if (!isPeriod(period)) {
    throw optionError("bad-period", bilingual(OPTION_ERRORS, "badPeriod", o.period));
  }
  // a template is for the window or its baseline year (where its period list starts)
  const year = period.slice(0, 4);
  const isMonth = /^\d{4}-\d{2}$/.test(period);
  if (year < baselineYear || year > lastMonth.slice(0, 4) || (isMonth && period > lastMonth)) {
    const { start, end } = plan.plan.window;
    throw optionError(
      "bad-period",
      bilingual(OPTION_ERRORS, "outsideWindow", period, start, end, baselineYear),
    );
  }
  const opts = {
    period,
    lang: ctx.lang,
    bom: o.bom,
    shared: o.shared,
    baseline: o.baseline,
    ...(o.unit === undefined ? {} : { unit: parseUnit(plan, o.unit) }),
  };
  let out: string | Uint8Array;
  try {
    out = await renderer.render(
      { plan, options: opts },
      { lang: ctx.lang, style: ctx.style, width: ctx.width },
    );
  } catch (e) {
    if (e instanceof TemplateError) throw new CwplanError("template", e.message);
    throw e;
  }
  ctx.emit(out, o.output, renderer.workbook);
  return ExitCode.Ok;
}

/** A regular file with something in it (a device such as /dev/stdout is not). */
function isFilledFile(path: string): boolean {
  try {
    const st = statSync(path);
    return st.isFile() && st.size > 0;
  } catch {
    return false;
  }
}
