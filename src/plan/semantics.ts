/**
 * What the schema cannot say: ids are unique, every reference resolves,
 * names do not collide, dates fall inside the plan's window, and each
 * target's comparator fits its value.
 */

import { type PlanEntry, type PlanFinding, type PlanProblems, planProblem } from "./problems.js";
import { namesOf, unitRegistry } from "./registry.js";
import type { Plan } from "./types.js";

/** True for a target stated in percent (unit `%`). */
export function isPercentUom(uom: string): boolean {
  const u = uom.trim();
  return u === "%" || u === "％";
}

export function checkPlan(plan: Plan): PlanFinding[] {
  const problems: PlanFinding[] = [];
  const add = <K extends keyof PlanProblems>(
    code: string,
    path: (string | number)[],
    key: K,
    ...args: PlanProblems[K]
  ) => {
    problems.push({ code, path, problem: planProblem(key, ...args) });
  };

  const unique = <T>(list: T[], key: (t: T) => string, field: PlanEntry) => {
    const seen = new Map<string, number>();
    list.forEach((item, i) => {
      const k = key(item);
      const first = seen.get(k);
      if (first !== undefined) {
        add("plan-duplicate-id", [field, i], "duplicateId", field, k, `${field}[${first}]`);
      } else seen.set(k, i);
    });
  };
  unique(plan.units, (u) => u.id, "units");
  unique(plan.areas, (a) => a.id, "areas");
  unique(plan.indicators, (x) => x.id, "indicators");
  unique(plan.targets, (t) => t.id, "targets");
  unique(plan.measures, (m) => String(m.number), "measures");
  unique(plan.sections, (s) => s.numeral, "sections");

  for (const [field, list] of [
    ["units", plan.units],
    ["areas", plan.areas],
  ] as const) {
    const owner = new Map<string, string>();
    list.forEach((item, i) => {
      for (const n of new Set(namesOf(item))) {
        const other = owner.get(n);
        if (other !== undefined && other !== item.id) {
          add("plan-ambiguous-name", [field, i], "ambiguousName", n, other, item.id);
        } else owner.set(n, item.id);
      }
    });
  }

  const { start, end } = plan.plan.window;
  if (start > end) add("plan-bad-window", ["plan", "window"], "badWindow", start, end);
  const sections = new Set(plan.sections.map((s) => s.numeral));
  const units = new Set(plan.units.map((u) => u.id));
  const measures = new Set(plan.measures.map((m) => m.number));
  const indicators = new Map(plan.indicators.map((x) => [x.id, x]));
  const registry = unitRegistry(plan);
  /** the nearest unit's name and id, for a reference that names none */
  const near = (ref: string): string | undefined => {
    const u = registry.suggest(ref);
    return u && `${u.name} (${u.id})`;
  };

  plan.indicators.forEach((x, i) => {
    if (x.unit === "") add("plan-no-unit", ["indicators", i], "indicatorNoUnit", x.name.zh);
    (x.reporters ?? []).forEach((unit, j) => {
      if (!units.has(unit))
        add(
          "plan-unknown-reporter",
          ["indicators", i, "reporters", j],
          "unknownReporter",
          x.id,
          unit,
          near(unit),
        );
    });
  });

  plan.measures.forEach((m, i) => {
    if (!sections.has(m.section))
      add(
        "plan-unknown-section",
        ["measures", i, "section"],
        "measureUnknownSection",
        m.number,
        m.section,
      );
    m.units.forEach((ref, j) => {
      if (!units.has(ref.unit))
        add(
          "plan-unknown-unit",
          ["measures", i, "units", j, "unit"],
          "unknownUnit",
          m.number,
          ref.unit,
          near(ref.unit),
        );
    });
  });

  plan.targets.forEach((t, i) => {
    const at = (f: string): (string | number)[] => ["targets", i, f];
    if (t.measure !== null && !measures.has(t.measure))
      add("plan-unknown-measure", at("measure"), "unknownMeasure", t.id, t.measure);
    if (t.section === "") add("plan-no-section", ["targets", i], "targetNoSection", t.id);
    else if (!sections.has(t.section))
      add("plan-unknown-section", at("section"), "targetUnknownSection", t.id, t.section);
    const ind = indicators.get(t.indicator);
    if (!ind) {
      add("plan-unknown-indicator", at("indicator"), "unknownIndicator", t.id, t.indicator);
    } else {
      const milestone = ind.kind === "milestone";
      if (milestone !== (t.comparator === "="))
        add(
          "plan-bad-comparator",
          at("comparator"),
          milestone ? "milestoneComparator" : "equalsNotMilestone",
          t.id,
        );
      if (milestone !== (typeof t.value === "string"))
        add("plan-bad-value", at("value"), milestone ? "milestoneValue" : "numberValue", t.id);
      if (t.perArea && !ind.byArea)
        add("plan-bad-per-area", at("perArea"), "badPerArea", t.id, ind.id);
      if (ind.kind === "annual" && t.cadence !== "annual")
        add("plan-bad-cadence", at("cadence"), "badCadence", t.id);
    }
    if (t.owner !== undefined && !units.has(t.owner))
      add("plan-unknown-owner", at("owner"), "unknownOwner", t.id, t.owner, near(t.owner));
    const percent = isPercentUom(t.unit);
    if (
      t.comparator === "~" &&
      !percent &&
      t.tolerance === undefined &&
      t.toleranceAbsolute === undefined
    )
      add("plan-missing-tolerance", at("comparator"), "missingTolerance", t.id);
    if (t.comparator === "~" && percent && t.tolerance !== undefined)
      add("plan-relative-tolerance", at("tolerance"), "relativeTolerance", t.id);
    if (t.deadline < start || t.deadline > end)
      add(
        "plan-deadline-outside-window",
        at("deadline"),
        "deadlineOutsideWindow",
        t.id,
        t.deadline,
        start,
        end,
      );
    if (t.baseline && t.baseline.date > t.deadline)
      add("plan-bad-baseline", ["targets", i, "baseline"], "badBaseline", t.id, t.baseline.date);
  });
  return problems;
}
