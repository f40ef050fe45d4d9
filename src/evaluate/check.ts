/**
 * `cwplan check`'s core: every target of the plan judged against the
 * observations as of t, with roll-ups by unit, section and measure. Pure:
 * no files, no output.
 */

import { toDate } from "../calendar.js";
import type { Observation } from "../data/types.js";
import { ownership, unitsOfTarget } from "../plan/owners.js";
import type { Plan, Unit } from "../plan/types.js";
import { atOrAbove, type FailOn, type NoDataDetail, type Status, worst } from "../vocabulary.js";
import { areaTables, trend } from "./areas.js";
import { getOrCreate, HistoryStore } from "./history.js";
import { evaluateTarget } from "./target.js";
import type {
  CheckResult,
  MeasureRollup,
  SectionRollup,
  StatusCounts,
  TargetResult,
  UnitRollup,
  UnitTarget,
} from "./types.js";

export interface EvaluateOptions {
  /** t: YYYY-MM-DD, or a period (YYYY, YYYY-Qn, YYYY-MM) meaning its last day */
  asOf?: string | undefined;
  /** also list each township's latest figures */
  byArea?: boolean | undefined;
  /**
   * rows refused after reading (`DropResult.refusedFigures`): never a point,
   * recorded in the store (`HistoryStore.refused`) for the note that a newer
   * figure was refused
   */
  refused?: readonly Observation[] | undefined;
  /** keep only the results this selects; the roll-ups are made over them alone */
  filter?: ResultFilter | undefined;
}

export function emptyCounts(): StatusCounts {
  return { pass: 0, behind: 0, "at-risk": 0, missed: 0, "no-data": 0 };
}

/**
 * The no-data results split by detail (STATUS-RULES v3): nothing accepted
 * (not-reported, 未报送) apart from one figure without a baseline
 * (needs-baseline, 缺基期值). A no-data without a detail counts as not reported.
 */
export function noDataCounts(
  results: readonly Pick<TargetResult, "status" | "detail">[],
): Record<NoDataDetail, number> {
  const counts: Record<NoDataDetail, number> = { "not-reported": 0, "needs-baseline": 0 };
  for (const r of results) {
    if (r.status !== "no-data") continue;
    counts[r.detail === "needs-baseline" ? "needs-baseline" : "not-reported"]++;
  }
  return counts;
}

export function countStatuses(statuses: Iterable<Status>): StatusCounts {
  const counts = emptyCounts();
  for (const s of statuses) counts[s]++;
  return counts;
}

/** True when any result fails the run under `--fail-on`. */
export function fails(results: readonly { status: Status }[], failOn: FailOn): boolean {
  return results.some((r) => atOrAbove(r.status, failOn));
}

/** The latest observation date in the data; undefined when there is none. */
export function latestObservationDate(observations: readonly Observation[]): string | undefined {
  let latest: string | undefined;
  for (const o of observations) if (latest === undefined || o.date > latest) latest = o.date;
  return latest;
}

/**
 * t: the option (a date, or a period's last day); else the latest
 * observation date; else, with no data at all, the plan window's start.
 */
export function resolveAsOf(
  plan: Plan,
  observations: readonly Observation[] | HistoryStore,
  asOf?: string,
): { asOf: string; source: CheckResult["asOfSource"] } {
  if (asOf !== undefined) return { asOf: toDate(asOf), source: "option" };
  const latest =
    observations instanceof HistoryStore
      ? observations.latest
      : latestObservationDate(observations);
  if (latest !== undefined) return { asOf: latest, source: "data" };
  return { asOf: plan.plan.window.start, source: "plan-start" };
}

/**
 * Judge every target. The observations come as a list, or already in a
 * HistoryStore (what `cwplan check` streams a drop into).
 */
export function evaluate(
  plan: Plan,
  observations: readonly Observation[] | HistoryStore,
  options: EvaluateOptions = {},
): CheckResult {
  const store =
    observations instanceof HistoryStore ? observations : HistoryStore.of(plan, observations);
  for (const o of options.refused ?? []) store.refused(o);
  const { asOf, source } = resolveAsOf(plan, store, options.asOf);
  const histories = store.histories();
  const keep = selects(plan, options.filter ?? {});
  const results = plan.targets.flatMap((t) => {
    const r = evaluateTarget(plan, t, histories, asOf);
    if (!keep(r)) return [];
    const values = trend(histories.get(t.indicator), asOf);
    return [values.length > 1 && !t.perArea ? { ...r, trend: values } : r];
  });
  const check = assemble(plan, results, asOf, source, options.filter?.unit);
  if (options.byArea) check.areas = areaTables(plan, histories, asOf);
  return check;
}

/** A CheckResult from a set of results: the summary and every roll-up. */
export function assemble(
  plan: Plan,
  results: TargetResult[],
  asOf: string,
  source: CheckResult["asOfSource"],
  onlyUnit?: string,
): CheckResult {
  const byUnit = rollupByUnit(plan, results);
  return {
    asOf,
    asOfSource: source,
    results,
    summary: countStatuses(results.map((r) => r.status)),
    byUnit: onlyUnit === undefined ? byUnit : byUnit.filter((u) => u.unit.id === onlyUnit),
    allUnits: byUnit,
    bySection: rollupBySection(plan, results),
    byMeasure: rollupByMeasure(plan, results),
    worst: worst(results.map((r) => r.status)),
  };
}

export interface ResultFilter {
  /** unit id: only the targets this unit owns or shares (its measures name it) */
  unit?: string | undefined;
  measure?: number | undefined;
  statuses?: readonly Status[] | undefined;
}

/** Whether a result is one a filter selects. */
function selects(plan: Plan, filter: ResultFilter): (r: TargetResult) => boolean {
  const unit = filter.unit;
  const unitTargets =
    unit === undefined
      ? undefined
      : new Set(
          plan.targets
            .filter((t) => {
              const u = unitsOfTarget(plan, t);
              return u.owner === unit || u.shared.includes(unit);
            })
            .map((t) => t.id),
        );
  return (r) =>
    (unitTargets === undefined || unitTargets.has(r.target.id)) &&
    (filter.measure === undefined || r.target.measure === filter.measure) &&
    (filter.statuses === undefined || filter.statuses.includes(r.status));
}

/**
 * Units that own a target or are named in the measure of one, in the plan's
 * unit order. A unit's status counts the targets it owns only; the targets
 * it only shares (its measure names it, another unit owns the figure) are
 * listed after them and never enter its counts or its roll-up.
 */
export function rollupByUnit(plan: Plan, results: readonly TargetResult[]): UnitRollup[] {
  const measures = new Map(plan.measures.map((m) => [m.number, m]));
  const owners = ownership(plan);
  const owned = new Map<string, UnitTarget[]>();
  const shared = new Map<string, UnitTarget[]>();
  for (const r of results) {
    const n = r.target.measure;
    const refs = n === null ? [] : (measures.get(n)?.units ?? []);
    const owner = owners.get(r.target.id)?.unit ?? null;
    const roleOf = (unit: string) => refs.find((x) => x.unit === unit)?.role ?? null;
    const row = (unit: string): UnitTarget => ({
      id: r.target.id,
      measure: n,
      role: roleOf(unit),
      owns: unit === owner,
      owner,
      status: r.status,
    });
    if (owner !== null) getOrCreate(owned, owner, () => []).push(row(owner));
    for (const unit of new Set(refs.map((x) => x.unit))) {
      if (unit !== owner) getOrCreate(shared, unit, () => []).push(row(unit));
    }
  }
  const known = new Map(plan.units.map((u) => [u.id, u]));
  const all = new Set([...owned.keys(), ...shared.keys()]);
  const ids = [
    ...plan.units.map((u) => u.id).filter((id) => all.has(id)),
    ...[...all].filter((id) => !known.has(id)).sort(),
  ];
  return ids.map((id) => {
    const mine = owned.get(id) ?? [];
    const unit: Unit = known.get(id) ?? { id, name: id, en: id, aliases: [] };
    const statuses = mine.map((t) => t.status);
    return {
      unit,
      targets: [...mine, ...(shared.get(id) ?? [])],
      summary: countStatuses(statuses),
      worst: worst(statuses),
    };
  });
}

/** Sections with at least one target (headline targets included), in the plan's order. */
export function rollupBySection(plan: Plan, results: readonly TargetResult[]): SectionRollup[] {
  const groups = new Map<string, TargetResult[]>();
  for (const r of results) {
    const list = getOrCreate(groups, r.target.section, () => []);
    list.push(r);
  }
  const order = [
    ...plan.sections.map((s) => s.numeral).filter((n) => groups.has(n)),
    ...[...groups.keys()].filter((n) => !plan.sections.some((s) => s.numeral === n)),
  ];
  return order.map((numeral) => {
    const section = plan.sections.find((s) => s.numeral === numeral);
    const row: SectionRollup = { numeral, ...rolledUp(groups.get(numeral) ?? []) };
    if (section) row.title = section.title;
    return row;
  });
}

/** A group of targets rolled up: their ids, the worst status and the count of each. */
function rolledUp(list: readonly TargetResult[]): {
  targets: string[];
  status: Status;
  counts: StatusCounts;
} {
  const statuses = list.map((r) => r.status);
  return {
    targets: list.map((r) => r.target.id),
    status: worst(statuses),
    counts: countStatuses(statuses),
  };
}

/** Measures with at least one target, by number (headline targets have no measure). */
export function rollupByMeasure(plan: Plan, results: readonly TargetResult[]): MeasureRollup[] {
  const groups = new Map<number, TargetResult[]>();
  for (const r of results) {
    const n = r.target.measure;
    if (n === null) continue;
    const list = getOrCreate(groups, n, () => []);
    list.push(r);
  }
  return [...groups.keys()]
    .sort((a, b) => a - b)
    .map((number) => {
      const measure = plan.measures.find((m) => m.number === number);
      const row: MeasureRollup = { number, ...rolledUp(groups.get(number) ?? []) };
      if (measure) {
        row.section = measure.section;
        row.title = measure.title;
      }
      return row;
    });
}
