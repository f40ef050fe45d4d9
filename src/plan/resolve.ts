/**
 * A plan file as its author wrote it → the plan as cwplan reads it. What an
 * author may leave out is filled in: an English name is the Chinese one, the
 * policy is STATUS-RULES' (rule 7's 0.95 and 0.60, 5%, 3 months), a plan
 * without `areas` has none, a unit or area without `aliases` has none; an
 * indicator's unit is `state` for a milestone, its rollup `none`; a target's
 * section is its measure's, its unit its indicator's, its cadence annual for
 * an annual indicator and by-deadline otherwise. A
 * unit named by its name or an alias (a measure's `units`, a target's
 * `owner`, an indicator's `reporters`) becomes its id, through the registry (src/plan/registry.ts); a
 * name that names no unit is left as written, for src/plan/semantics.ts to
 * report with the nearest name. Pure.
 */
import type { Plan as PlanFile, Text as TextFile } from "../generated/plan-file-types.js";
import { unitRegistry } from "./registry.js";
import type { Plan, Policy, Text } from "./types.js";

/** The thresholds of docs/STATUS-RULES.md, for a plan that sets none or some. */
export const DEFAULT_POLICY: Policy = {
  passPace: 0.95,
  behindPace: 0.6,
  tolerance: 0.05,
  staleMonths: 3,
};

/** the unit of a milestone indicator, whose figures are states */
const MILESTONE_UOM = "state";

const text = (t: TextFile): Text => ({ zh: t.zh, en: t.en ?? t.zh });

export function resolvePlan(file: PlanFile): Plan {
  const indicators = file.indicators.map((i) => ({
    ...i,
    name: text(i.name),
    unit: i.unit ?? (i.kind === "milestone" ? MILESTONE_UOM : ""),
    rollup: i.rollup ?? "none",
  }));
  const named: Plan = {
    plan: { ...file.plan, title: text(file.plan.title) },
    policy: { ...DEFAULT_POLICY, ...file.policy },
    sections: file.sections.map((s) => ({ ...s, title: text(s.title) })),
    units: file.units.map((u) => ({ ...u, en: u.en ?? u.name, aliases: u.aliases ?? [] })),
    areas: (file.areas ?? []).map((a) => ({ ...a, en: a.en ?? a.name, aliases: a.aliases ?? [] })),
    indicators,
    measures: file.measures.map((m) => ({ ...m, title: text(m.title) })),
    targets: file.targets.map((t) => {
      const ind = indicators.find((i) => i.id === t.indicator);
      const section = t.section ?? file.measures.find((m) => m.number === t.measure)?.section;
      return {
        ...t,
        name: text(t.name),
        // "" where nothing gives one: src/plan/semantics.ts says so
        section: section ?? "",
        unit: t.unit ?? ind?.unit ?? "",
        cadence: t.cadence ?? (ind?.kind === "annual" ? "annual" : "by-deadline"),
      };
    }),
  };
  const units = unitRegistry(named);
  const id = (ref: string): string => units.find(ref)?.id ?? ref;
  return {
    ...named,
    indicators: named.indicators.map((i) =>
      i.reporters === undefined ? i : { ...i, reporters: i.reporters.map(id) },
    ),
    measures: named.measures.map((m) => ({
      ...m,
      units: m.units.map((u) => ({ ...u, unit: id(u.unit) })),
    })),
    targets: named.targets.map((t) => (t.owner === undefined ? t : { ...t, owner: id(t.owner) })),
  };
}
