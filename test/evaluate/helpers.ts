/** Small plans and observations for the evaluation tests (independent of plan/*.yaml). */

import { periodEnd } from "../../src/calendar.js";
import type { Observation } from "../../src/data/types.js";
import { evaluate } from "../../src/evaluate/check.js";
import type { CheckResult, TargetResult } from "../../src/evaluate/types.js";
import type {
  Indicator,
  IndicatorKind,
  MilestoneState,
  Plan,
  Policy,
  Rollup,
  Target,
} from "../../src/plan/types.js";

export const POLICY: Policy = { passPace: 0.95, behindPace: 0.6, tolerance: 0.05, staleMonths: 3 };

function indicator(id: string, kind: IndicatorKind, rollup: Rollup = "sum", unit = "x"): Indicator {
  return { id, name: { zh: id, en: id }, unit, kind, rollup };
}

export const INDICATORS: Indicator[] = [
  indicator("lvl", "level"),
  indicator("lvl-none", "level", "none"),
  indicator("inc", "increase"),
  indicator("ann", "annual"),
  indicator("cov", "coverage", "none", "%"),
  indicator("elim", "eliminate"),
  indicator("ms", "milestone", "none", "state"),
  { ...indicator("pop", "level", "none", "人"), byArea: true },
];

export function makePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    plan: {
      title: { zh: "测试规划", en: "Test plan" },
      number: "T-1",
      issuer: "test",
      issued: "2024-01-01",
      window: { start: "2024-01-01", end: "2025-12-31" },
    },
    policy: POLICY,
    sections: [
      { numeral: "一", title: { zh: "一", en: "One" } },
      { numeral: "二", title: { zh: "二", en: "Two" } },
    ],
    units: [
      { id: "u1", name: "单位一", en: "Unit one", aliases: [] },
      { id: "u2", name: "单位二", en: "Unit two", aliases: [] },
      { id: "u3", name: "单位三", en: "Unit three", aliases: [] },
    ],
    areas: [
      { id: "a1", name: "甲镇", en: "A", type: "town", aliases: [] },
      { id: "a2", name: "乙镇", en: "B", type: "town", aliases: [] },
      { id: "a3", name: "丙镇", en: "C", type: "town", aliases: [] },
    ],
    indicators: INDICATORS,
    measures: [
      {
        number: 1,
        section: "一",
        title: { zh: "措施一", en: "Measure one" },
        text: "",
        units: [
          { unit: "u1", role: "lead" },
          { unit: "u2", role: "shared" },
        ],
      },
      {
        number: 2,
        section: "二",
        title: { zh: "措施二", en: "Measure two" },
        text: "",
        units: [{ unit: "u2", role: "sole" }],
      },
    ],
    targets: [],
    ...overrides,
  };
}

let counter = 0;

export function makeTarget(over: Partial<Target> & Pick<Target, "indicator">): Target {
  counter++;
  return {
    id: over.id ?? `t${counter}`,
    measure: 1,
    section: "一",
    name: { zh: "目标", en: "target" },
    comparator: ">=",
    value: 100,
    unit: "x",
    deadline: "2025-12-31",
    cadence: "by-deadline",
    quote: "",
    ...over,
  };
}

/** A county (or area) row for a period; the date is the period's last day. */
export function obs(
  indicator: string,
  period: string,
  value: number | MilestoneState,
  area: string | null = null,
): Observation {
  return {
    indicator,
    period,
    date: periodEnd(period),
    value,
    area,
    reportedBy: null,
    sender: null,
    senderSource: "unknown",
    file: "test.csv",
    line: 2,
  };
}

/** A row with an explicit observation date (for day-exact boundaries). */
export function obsOn(
  indicator: string,
  date: string,
  value: number | MilestoneState,
  area: string | null = null,
): Observation {
  return { ...obs(indicator, date.slice(0, 7), value, area), date };
}

export function check(
  targets: Target[],
  observations: Observation[],
  asOf?: string,
  overrides: Partial<Plan> = {},
): CheckResult {
  return evaluate(makePlan({ targets, ...overrides }), observations, asOf ? { asOf } : {});
}

/** Evaluate one target and return its result. */
export function judge(
  target: Target,
  observations: Observation[],
  asOf?: string,
  overrides: Partial<Plan> = {},
): TargetResult {
  const r = check([target], observations, asOf, overrides).results[0];
  if (!r) throw new Error("no result");
  return r;
}

export function noteCodes(r: TargetResult): string[] {
  return r.notes.map((n) => n.code);
}
