/**
 * Who owns each target, and how often its figure is due. Ownership is the
 * county's assignment (a target's `owner`), kept apart from the units the
 * document names for a measure; without one, a measure's single lead or
 * sole unit owns its targets, and a target of a measure whose units only
 * share the work (按职责分工负责) has no owner. Pure: no I/O.
 */
import type { Plan, Reporting, Target } from "./types.js";

export type OwnerSource =
  /** the plan's `owner` field: the county's assignment */
  | "assigned"
  /** no `owner`: the measure's single lead or sole unit */
  | "measure-lead";

export interface Ownership {
  unit: string;
  source: OwnerSource;
}

const cache = new WeakMap<Plan, Map<string, Ownership | undefined>>();

/** Each target id → its owner, or undefined when the plan gives none and the measure has no single lead. */
export function ownership(plan: Plan): Map<string, Ownership | undefined> {
  const hit = cache.get(plan);
  if (hit) return hit;
  const measures = new Map(plan.measures.map((m) => [m.number, m]));
  const out = new Map<string, Ownership | undefined>();
  for (const t of plan.targets) {
    if (t.owner !== undefined) {
      out.set(t.id, { unit: t.owner, source: "assigned" });
      continue;
    }
    const m = t.measure === null ? undefined : measures.get(t.measure);
    const leads = m?.units.filter((u) => u.role === "lead" || u.role === "sole") ?? [];
    const lead = leads.length === 1 ? leads[0] : undefined;
    out.set(t.id, lead ? { unit: lead.unit, source: "measure-lead" } : undefined);
  }
  cache.set(plan, out);
  return out;
}

/** The owner's unit id of a target, or undefined. */
export function ownerOf(plan: Plan, target: Target): string | undefined {
  return ownership(plan).get(target.id)?.unit;
}

/**
 * The units a target concerns: its owner first, then the other units its
 * measure names ("shared": they help, but the figure is not theirs).
 */
export function unitsOfTarget(plan: Plan, target: Target): { owner?: string; shared: string[] } {
  const owner = ownerOf(plan, target);
  const m =
    target.measure === null ? undefined : plan.measures.find((x) => x.number === target.measure);
  const shared = [...new Set((m?.units ?? []).map((u) => u.unit))].filter((u) => u !== owner);
  return owner === undefined ? { shared } : { owner, shared };
}

/** The reporting cadence of a target: its own, else its indicator's, else monthly. */
export function reportingOf(plan: Plan, target: Target): Reporting {
  if (target.reporting) return target.reporting;
  return plan.indicators.find((i) => i.id === target.indicator)?.reporting ?? "monthly";
}

/** Who may report each indicator's figure: the owners of its targets, and the plan's accepted reporters. */
export interface IndicatorReporters {
  /** the owners of the targets on the indicator (none: nobody owns it) */
  owners: ReadonlySet<string>;
  /** the indicator's `reporters`: other units whose figure counts as the owner's */
  accepted: ReadonlySet<string>;
}

const reportersCache = new WeakMap<Plan, Map<string, IndicatorReporters>>();

/** Each indicator id → its owners and accepted reporters (built once per plan). */
export function indicatorReporters(plan: Plan): Map<string, IndicatorReporters> {
  const hit = reportersCache.get(plan);
  if (hit) return hit;
  const owners = new Map<string, Set<string>>();
  for (const t of plan.targets) {
    const owner = ownerOf(plan, t);
    if (owner === undefined) continue;
    const set = owners.get(t.indicator) ?? new Set<string>();
    set.add(owner);
    owners.set(t.indicator, set);
  }
  const out = new Map<string, IndicatorReporters>();
  for (const i of plan.indicators) {
    out.set(i.id, { owners: owners.get(i.id) ?? new Set(), accepted: new Set(i.reporters ?? []) });
  }
  reportersCache.set(plan, out);
  return out;
}

/**
 * Whether a figure of `indicator` sent by `unit` counts as its owner's own
 * (STATUS-RULES v3, "Which rows count"; issue 20, item 3): the unit owns a
 * target on the indicator, or the plan lists it among the indicator's
 * `reporters`, or nobody owns the indicator (then no unit's figure is
 * another's). The one home for who may report a figure: 催报
 * (evaluate/submissions.ts), the `reported-by-other` warning and which
 * figure stands when two units send one (src/data) all ask here. A sender
 * that is not known is the caller's to treat (never accused).
 */
export function mayReport(plan: Plan, indicator: string, unit: string): boolean {
  const r = indicatorReporters(plan).get(indicator);
  if (!r) return false;
  return r.owners.size === 0 || r.owners.has(unit) || r.accepted.has(unit);
}
