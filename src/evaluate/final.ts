/**
 * The final evaluation (终期评估, STATUS-RULES v3 "Final evaluation"): once t
 * is on or after the plan's end (or when forced, a mid-term dry run), each
 * target gets a class — done, nearly, not-done, no-data — a completion rate,
 * its baseline → final value with the change, and, for an annual target,
 * each year of the window judged on its own. Pure: no files, no words.
 */

import { endOfYear, yearOf } from "../calendar.js";
import { ownership } from "../plan/owners.js";
import type { Plan, Target, Text } from "../plan/types.js";
import { FINAL_CLASSES, type FinalClass, type MilestoneState } from "../vocabulary.js";
import { getOrCreate, type Series } from "./history.js";
import { yearJudged } from "./kinds/annual.js";
import { atLeast, chooseBaseline, milestoneMet } from "./rules.js";
import { evaluateTarget } from "./target.js";
import type { BaselineSource, CheckResult, TargetKind, TargetResult } from "./types.js";

export type { FinalClass } from "../vocabulary.js";

/** A_min for 基本完成 when the plan's policy does not set `nearlyMet`. */
export const DEFAULT_NEARLY_MET = 0.9;

export type FinalCounts = Record<FinalClass, number>;

/** One year of an annual (每年) target. */
export interface FinalYear {
  year: number;
  class: FinalClass;
  /** v / y* for that year's last year-to-date value; undefined when not shown */
  rate?: number;
  /** the year's last value on or before t, and its period */
  value?: number;
  period?: string;
  /** the year's result as `check` judges it at the year's end (or at t within the year) */
  result: TargetResult;
}

export interface FinalTarget {
  target: Target;
  kind?: TargetKind | undefined;
  class: FinalClass;
  /** 完成率 (v / y*), or for an annual target its worst year's; undefined when not shown */
  rate?: number;
  baseline?: { value: number; date: string; source: BaselineSource };
  final?: { value: number | MilestoneState; date: string; period: string };
  /** final − baseline (numbers only) */
  change?: number;
  /** annual targets: each year of the window up to the year judged */
  years?: FinalYear[];
  /** the result at t, with its working */
  result: TargetResult;
}

export interface FinalGroup {
  targets: string[];
  counts: FinalCounts;
}

export interface FinalEvaluation {
  /** t: the evaluation date */
  asOf: string;
  /** the latest observation date on or before t (the data cut-off); undefined with no data */
  cutOff: string | undefined;
  /** true when forced before the plan's end (a dry run, e.g. the mid-term 中期评估) */
  forced: boolean;
  planEnd: string;
  results: FinalTarget[];
  counts: FinalCounts;
  bySection: (FinalGroup & { numeral: string; title?: Text })[];
  byMeasure: (FinalGroup & { number: number; section?: string; title?: Text })[];
  /** owners, in the plan's unit order: counts over the targets each owns */
  byUnit: (FinalGroup & { unit: string })[];
}

/** Is the final evaluation on? t on or after the plan's end, or forced. */
export function finalMode(plan: Plan, asOf: string, force = false): boolean {
  return force || asOf >= plan.plan.window.end;
}

export function emptyClassCounts(): FinalCounts {
  return { done: 0, nearly: 0, "no-data": 0, "not-done": 0 };
}

export function countClasses(classes: Iterable<FinalClass>): FinalCounts {
  const c = emptyClassCounts();
  for (const k of classes) c[k]++;
  return c;
}

/** The worse of classes (FINAL_CLASSES order); done for none. */
export function worstClass(classes: Iterable<FinalClass>): FinalClass {
  let rank = 0;
  for (const k of classes) rank = Math.max(rank, FINAL_CLASSES.indexOf(k));
  return FINAL_CLASSES[rank] ?? "done";
}

/**
 * The class of one result judged for `year` (the deadline's year, or an
 * annual target's year): no-data when nothing was accepted in that year;
 * a milestone is done at its target state, else not done; done when met
 * (rule 2); nearly when A ≥ nearlyMet (A against the effective target);
 * not done otherwise, A not computable included.
 */
export function finalClass(r: TargetResult, year: number, nearlyMet: number): FinalClass {
  const w = r.working;
  if (!w || yearOf(w.valueDate) < year) return "no-data";
  if (typeof w.value === "string") {
    return typeof w.target === "string" && milestoneMet(w.value, w.target) ? "done" : "not-done";
  }
  if (r.status === "pass" && r.detail === "met") return "done";
  if (w.A !== undefined && atLeast(w.A, nearlyMet)) return "nearly";
  return "not-done";
}

/**
 * 完成率 = v / y* for ≥, > and 左右 targets with y* > 0 (an increase target's
 * v is already its total since the plan's start); undefined for ≤ and
 * eliminate targets, milestones, and results without a number.
 */
export function completionRate(r: TargetResult): number | undefined {
  const w = r.working;
  const c = r.target.comparator;
  if (!w || typeof w.value !== "number" || typeof w.target !== "number") return undefined;
  if (r.kind === "eliminate" || !(c === ">=" || c === ">" || c === "~")) return undefined;
  return w.target > 0 ? w.value / w.target : undefined;
}

/** The latest observation date on or before t over every series. */
function cutOffDate(histories: ReadonlyMap<string, Series>, asOf: string): string | undefined {
  let latest: string | undefined;
  const consider = (date: string) => {
    if (date <= asOf && (latest === undefined || date > latest)) latest = date;
  };
  for (const s of histories.values()) {
    for (const p of s.county) consider(p.date);
    for (const points of s.areas.values()) for (const p of points) consider(p.date);
  }
  return latest;
}

/** One target's final result; `result` is its check result at t. */
export function finalTarget(
  plan: Plan,
  result: TargetResult,
  histories: ReadonlyMap<string, Series>,
  asOf: string,
): FinalTarget {
  const nearly = plan.policy.nearlyMet ?? DEFAULT_NEARLY_MET;
  const target = result.target;
  const judged = yearJudged(asOf, target.deadline);
  if (result.kind === "annual") return finalAnnual(plan, result, histories, asOf, judged, nearly);
  const out: FinalTarget = {
    target,
    kind: result.kind,
    class: finalClass(result, judged, nearly),
    result,
  };
  const rate = completionRate(result);
  if (rate !== undefined) out.rate = rate;
  const w = result.working;
  if (w) {
    out.final = { value: w.value, date: w.valueDate, period: w.period };
    if (w.baseline) {
      out.baseline = w.baseline;
      if (typeof w.value === "number") out.change = w.value - w.baseline.value;
    }
  }
  return out;
}

/**
 * An annual target: each year from the plan's first to the year judged,
 * evaluated as of that year's end (or t, within the year of t); its class is
 * its worst year, its rate that year's. Its baseline is the plan's own, or a
 * figure reported on or before the plan's start (a 2023 annual total).
 */
function finalAnnual(
  plan: Plan,
  result: TargetResult,
  histories: ReadonlyMap<string, Series>,
  asOf: string,
  judged: number,
  nearly: number,
): FinalTarget {
  const target = result.target;
  const years: FinalYear[] = [];
  for (let y = yearOf(plan.plan.window.start); y <= judged; y++) {
    const at = y < yearOf(asOf) ? endOfYear(y) : asOf;
    const r = y === judged && at === asOf ? result : evaluateTarget(plan, target, histories, at);
    const row: FinalYear = { year: y, class: finalClass(r, y, nearly), result: r };
    const w = r.working;
    if (w && typeof w.value === "number" && yearOf(w.valueDate) === y) {
      row.value = w.value;
      row.period = w.period;
      const rate = completionRate(r);
      if (rate !== undefined) row.rate = rate;
    }
    years.push(row);
  }
  const cls = worstClass(years.map((y) => y.class));
  const worstYear = years.find((y) => y.class === cls);
  const out: FinalTarget = { target, kind: result.kind, class: cls, years, result };
  if (worstYear?.rate !== undefined) out.rate = worstYear.rate;
  const last = years.at(-1);
  if (last?.value !== undefined && last.period !== undefined && last.result.working) {
    out.final = { value: last.value, date: last.result.working.valueDate, period: last.period };
  }
  const points = (histories.get(target.indicator)?.county ?? []).filter((p) => p.date <= asOf);
  const b = chooseBaseline({
    planBaseline: target.baseline,
    planStart: plan.plan.window.start,
    points,
  });
  if (b && (b.source === "plan" || b.source === "reported-before-start")) {
    out.baseline = { value: b.value, date: b.date, source: b.source };
    if (out.final && typeof out.final.value === "number") out.change = out.final.value - b.value;
  }
  return out;
}

/**
 * The final evaluation of a check (its results at t): every target's final
 * result, counts per class, and the same by section, measure and owner.
 */
export function finalEvaluation(
  plan: Plan,
  check: Pick<CheckResult, "asOf" | "results">,
  histories: ReadonlyMap<string, Series>,
): FinalEvaluation {
  const asOf = check.asOf;
  const results = check.results.map((r) => finalTarget(plan, r, histories, asOf));
  const group = (list: FinalTarget[]): FinalGroup => ({
    targets: list.map((r) => r.target.id),
    counts: countClasses(list.map((r) => r.class)),
  });

  const sections = new Map<string, FinalTarget[]>();
  const measures = new Map<number, FinalTarget[]>();
  const units = new Map<string, FinalTarget[]>();
  const owners = ownership(plan);
  for (const r of results) {
    getOrCreate(sections, r.target.section, () => []).push(r);
    if (r.target.measure !== null) getOrCreate(measures, r.target.measure, () => []).push(r);
    const owner = owners.get(r.target.id)?.unit;
    if (owner !== undefined) getOrCreate(units, owner, () => []).push(r);
  }
  const sectionOrder = [
    ...plan.sections.map((s) => s.numeral).filter((n) => sections.has(n)),
    ...[...sections.keys()].filter((n) => !plan.sections.some((s) => s.numeral === n)),
  ];
  const unitOrder = [
    ...plan.units.map((u) => u.id).filter((id) => units.has(id)),
    ...[...units.keys()].filter((id) => !plan.units.some((u) => u.id === id)).sort(),
  ];
  return {
    asOf,
    cutOff: cutOffDate(histories, asOf),
    forced: !finalMode(plan, asOf),
    planEnd: plan.plan.window.end,
    results,
    counts: countClasses(results.map((r) => r.class)),
    bySection: sectionOrder.map((numeral) => {
      const title = plan.sections.find((s) => s.numeral === numeral)?.title;
      const row = { numeral, ...group(sections.get(numeral) ?? []) };
      return title ? { ...row, title } : row;
    }),
    byMeasure: [...measures.keys()]
      .sort((a, b) => a - b)
      .map((number) => {
        const m = plan.measures.find((x) => x.number === number);
        const row = { number, ...group(measures.get(number) ?? []) };
        return m ? { ...row, section: m.section, ...(m.title ? { title: m.title } : {}) } : row;
      }),
    byUnit: unitOrder.map((unit) => ({ unit, ...group(units.get(unit) ?? []) })),
  };
}
