/**
 * What the schema cannot say: ids are unique, every reference resolves,
 * names do not collide, dates fall inside the plan's window, and each
 * target's comparator fits its value.
 */

import { namesOf } from "./registry.js";
import type { Plan } from "./types.js";

export interface PlanProblem {
  code: string;
  message: string;
  /** where in the plan, as keys and indexes */
  path: (string | number)[];
  hint?: string;
}

export function checkPlan(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const add = (code: string, path: (string | number)[], message: string, hint?: string) =>
    problems.push(hint === undefined ? { code, path, message } : { code, path, message, hint });

  const unique = <T>(list: T[], key: (t: T) => string, field: string, what: string) => {
    const seen = new Map<string, number>();
    list.forEach((item, i) => {
      const k = key(item);
      const first = seen.get(k);
      if (first !== undefined) {
        add(
          "plan-duplicate-id",
          [field, i],
          `${what} "${k}" is defined twice (also ${field}[${first}])`,
          "give each one its own id",
        );
      } else seen.set(k, i);
    });
  };
  unique(plan.units, (u) => u.id, "units", "unit id");
  unique(plan.areas, (a) => a.id, "areas", "area id");
  unique(plan.indicators, (x) => x.id, "indicators", "indicator id");
  unique(plan.targets, (t) => t.id, "targets", "target id");
  unique(plan.measures, (m) => String(m.number), "measures", "measure number");
  unique(plan.sections, (s) => s.numeral, "sections", "section");

  for (const [field, list] of [
    ["units", plan.units],
    ["areas", plan.areas],
  ] as const) {
    const owner = new Map<string, string>();
    list.forEach((item, i) => {
      for (const n of new Set(namesOf(item))) {
        const other = owner.get(n);
        if (other !== undefined && other !== item.id) {
          add(
            "plan-ambiguous-name",
            [field, i],
            `the name "${n}" belongs to both ${other} and ${item.id}`,
            "a name or alias may stand for one entry only",
          );
        } else owner.set(n, item.id);
      }
    });
  }

  const { start, end } = plan.plan.window;
  if (start > end)
    add(
      "plan-bad-window",
      ["plan", "window"],
      `the window starts (${start}) after it ends (${end})`,
    );
  const sections = new Set(plan.sections.map((s) => s.numeral));
  const units = new Set(plan.units.map((u) => u.id));
  const measures = new Set(plan.measures.map((m) => m.number));
  const indicators = new Map(plan.indicators.map((x) => [x.id, x]));

  plan.measures.forEach((m, i) => {
    if (!sections.has(m.section))
      add(
        "plan-unknown-section",
        ["measures", i, "section"],
        `measure ${m.number} is in section "${m.section}", which the plan does not list`,
      );
    m.units.forEach((ref, j) => {
      if (!units.has(ref.unit))
        add(
          "plan-unknown-unit",
          ["measures", i, "units", j, "unit"],
          `measure ${m.number} names the unit "${ref.unit}", which is not in \`units\``,
          "add it to `units`, or use an existing unit id",
        );
    });
  });

  plan.targets.forEach((t, i) => {
    const at = (f: string): (string | number)[] => ["targets", i, f];
    if (t.measure !== null && !measures.has(t.measure))
      add(
        "plan-unknown-measure",
        at("measure"),
        `target ${t.id} belongs to measure ${t.measure}, which the plan does not have`,
      );
    if (!sections.has(t.section))
      add(
        "plan-unknown-section",
        at("section"),
        `target ${t.id} is in section "${t.section}", which the plan does not list`,
      );
    const ind = indicators.get(t.indicator);
    if (!ind) {
      add(
        "plan-unknown-indicator",
        at("indicator"),
        `target ${t.id} uses the indicator "${t.indicator}", which is not in \`indicators\``,
      );
    } else {
      const milestone = ind.kind === "milestone";
      if (milestone !== (t.comparator === "="))
        add(
          "plan-bad-comparator",
          at("comparator"),
          milestone
            ? `target ${t.id} is a milestone: its comparator must be "="`
            : `target ${t.id}: "=" is for milestones only`,
        );
      if (milestone !== (typeof t.value === "string"))
        add(
          "plan-bad-value",
          at("value"),
          milestone
            ? `target ${t.id} is a milestone: its value must be a state (done)`
            : `target ${t.id} needs a number as its value`,
        );
      if (t.perArea && !ind.byArea)
        add(
          "plan-bad-per-area",
          at("perArea"),
          `target ${t.id} counts areas, but the indicator "${ind.id}" is not reported by area`,
          "set `byArea: true` on the indicator",
        );
      if (ind.kind === "annual" && t.cadence !== "annual")
        add(
          "plan-bad-cadence",
          at("cadence"),
          `target ${t.id} uses an annual indicator: its cadence must be "annual"`,
        );
    }
    if (t.owner !== undefined && !units.has(t.owner))
      add(
        "plan-unknown-owner",
        at("owner"),
        `target ${t.id} is owned by "${t.owner}", which is not in \`units\``,
        "use the id of one of the plan's units (see `cwplan units`)",
      );
    const percent = t.unit.trim() === "%" || t.unit.trim() === "％";
    if (
      t.comparator === "~" &&
      !percent &&
      t.tolerance === undefined &&
      t.toleranceAbsolute === undefined
    )
      add(
        "plan-missing-tolerance",
        at("comparator"),
        `target ${t.id} is an "approximately" (~) target without a tolerance`,
        "add `tolerance: 0.05` (a fraction of the target value)",
      );
    if (t.comparator === "~" && percent && t.tolerance !== undefined)
      add(
        "plan-relative-tolerance",
        at("tolerance"),
        `target ${t.id} is in percent: its "approximately" (~) tolerance is absolute, in percentage points, not a fraction`,
        "remove `tolerance`; policy.percentTolerance (default 1 point) applies, or set the target's `toleranceAbsolute`",
      );
    if (t.deadline < start || t.deadline > end)
      add(
        "plan-deadline-outside-window",
        at("deadline"),
        `target ${t.id} has the deadline ${t.deadline}, outside the plan window ${start} to ${end}`,
      );
    if (t.baseline && t.baseline.date > t.deadline)
      add(
        "plan-bad-baseline",
        ["targets", i, "baseline"],
        `target ${t.id}'s baseline (${t.baseline.date}) is after its deadline`,
      );
  });
  return problems;
}
