/** `cwplan plan`, `cwplan units`, `cwplan show`: the plan itself. */

import { optionError } from "../../errors.js";
import {
  planToJson,
  renderMeasure,
  renderPlanTable,
  renderTarget,
  renderUnits,
  unitDuties,
} from "../../format/plan.js";
import { bilingual, OPTION_ERRORS } from "../../i18n/errors.js";
import type { Plan } from "../../plan/types.js";
import type { PlanFormat } from "../../vocabulary.js";
import type { Context } from "../context.js";
import { ExitCode } from "../exit.js";
import { parseMeasure, parseUnit } from "../values.js";

export interface UnitsOptions {
  format: PlanFormat;
}

export interface PlanOptions {
  section?: string;
  measure?: string;
  unit?: string;
  format: PlanFormat;
}

export async function planCommand(ctx: Context, o: PlanOptions): Promise<number> {
  const { plan } = await ctx.loadPlan();
  let measures = plan.measures;
  if (o.section !== undefined) {
    const s = plan.sections.find(
      (x) =>
        x.numeral === o.section ||
        x.numeral === "一二三四五六七八九十"[Number(o.section) - 1] ||
        x.title.zh === o.section ||
        x.title.en.toLowerCase() === o.section?.toLowerCase(),
    );
    if (!s) {
      const numerals = plan.sections.map((x) => x.numeral);
      throw optionError(
        "unknown-section",
        bilingual(OPTION_ERRORS, "unknownSection", o.section, numerals),
      );
    }
    measures = measures.filter((m) => m.section === s.numeral);
  }
  if (o.measure !== undefined) {
    const n = parseMeasure(plan, o.measure);
    measures = measures.filter((m) => m.number === n);
  }
  if (o.unit !== undefined) {
    const id = parseUnit(plan, o.unit);
    measures = measures.filter((m) => m.units.some((r) => r.unit === id));
  }
  const filtered = o.section !== undefined || o.measure !== undefined || o.unit !== undefined;
  if (o.format === "json") {
    const all = planToJson(plan);
    if (filtered) {
      const keep = new Set(measures.map((m) => m.number));
      all.measures = all.measures.filter((m) => keep.has(m.number));
    }
    ctx.emit(`${JSON.stringify(all, null, 2)}\n`);
  } else {
    const headline = !filtered || o.section === "一";
    ctx.emit(renderPlanTable(plan, measures, headline, ctx));
  }
  return ExitCode.Ok;
}

export async function unitsCommand(ctx: Context, o: UnitsOptions): Promise<number> {
  const { plan } = await ctx.loadPlan();
  const duties = unitDuties(plan);
  if (o.format === "json") {
    ctx.emit(
      `${JSON.stringify(
        duties.map((d) => ({
          ...d.unit,
          measures: d.measures,
          targets: d.targets,
          owned: d.owned,
          shared: d.shared,
        })),
        null,
        2,
      )}\n`,
    );
  } else {
    ctx.emit(renderUnits(duties, ctx));
  }
  return ExitCode.Ok;
}

export async function showCommand(ctx: Context, what: string): Promise<number> {
  const { plan } = await ctx.loadPlan();
  const target = plan.targets.find((t) => t.id === what.trim());
  if (target) {
    ctx.emit(renderTarget(plan, target, ctx));
    return ExitCode.Ok;
  }
  const n = measureOrTarget(plan, what);
  const measure = plan.measures.find((m) => m.number === n);
  if (measure) ctx.emit(renderMeasure(plan, measure, ctx));
  return ExitCode.Ok;
}

/** `cwplan show`'s argument when it is not a target id: a measure number. */
function measureOrTarget(plan: Plan, s: string): number {
  const n = Number(s.trim());
  if (!Number.isInteger(n) || !plan.measures.some((m) => m.number === n)) {
    // suggest target ids for text only, never for a number out of range
    const text = s.trim().toLowerCase();
    const near = /^\d*$/.test(text)
      ? []
      : plan.targets
          .map((t) => t.id)
          .filter((id) => id.includes(text))
          .slice(0, 3);
    throw optionError(
      "unknown-measure",
      bilingual(OPTION_ERRORS, "notMeasureOrTarget", s, plan.measures.length, near),
    );
  }
  return n;
}
