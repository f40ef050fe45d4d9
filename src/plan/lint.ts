/**
 * `cwplan plan lint`'s look at what a plan means, beyond what loading it
 * refuses (src/plan/semantics.ts): things an author gets wrong that still
 * load. Errors: a quote that is not in its measure's text, a percent target
 * above 100, two indicators of one Chinese name (figures are matched by it).
 * Warnings: an owner the measure does not name, a target nobody owns, a
 * value its quote does not state, an indicator no target uses, two targets
 * or measures of one name. Pure: the plan in, coded findings with their
 * paths out; the words are src/i18n/lint.ts's.
 */

import { ownership } from "./owners.js";
import { isPercentUom } from "./semantics.js";
import type { Plan, Target } from "./types.js";

export type Severity = "error" | "warning";

/** A target as the author knows it: its id and Chinese name. */
export interface TargetLabel {
  id: string;
  name: string;
}

/** The plan's lists whose entries have names. */
export type Listed = "indicators" | "targets" | "measures";

/** Each finding, by key, with the arguments its words take (src/i18n/lint.ts). */
export interface LintProblems {
  quoteNotInText: [t: TargetLabel, measure: number];
  percentAbove100: [t: TargetLabel, value: number];
  ownerNotInMeasure: [t: TargetLabel, owner: string, measure: number];
  noOwner: [t: TargetLabel];
  valueNotInQuote: [t: TargetLabel, value: number];
  unusedIndicator: [name: string];
  duplicateName: [what: Listed, name: string, first: string];
}

export type LintKey = keyof LintProblems;

export interface LintFinding {
  severity: Severity;
  code: string;
  /** where in the plan, as keys and indexes */
  path: (string | number)[];
  problem: { key: LintKey; args: LintProblems[LintKey] };
}

/** The numbers a quote writes (53, 9, 1000, 3.5), with 万 and 亿 read both ways. */
function numbersIn(quote: string): number[] {
  const out: number[] = [];
  for (const m of quote.normalize("NFKC").matchAll(/(\d+(?:\.\d+)?)/g)) {
    const n = Number(m[1]);
    out.push(n, n * 1e4, n / 1e4, n * 1e8, n / 1e8);
  }
  return out;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

export function lintPlan(plan: Plan): LintFinding[] {
  const out: LintFinding[] = [];
  const add = <K extends LintKey>(
    severity: Severity,
    code: string,
    path: (string | number)[],
    key: K,
    ...args: LintProblems[K]
  ) => {
    out.push({ severity, code, path, problem: { key, args } });
  };
  const label = (t: Target) => ({ id: t.id, name: t.name.zh });
  const measures = new Map(plan.measures.map((m) => [m.number, m]));
  const units = new Map(plan.units.map((u) => [u.id, u]));
  const owners = ownership(plan);

  plan.targets.forEach((t, i) => {
    const at = (f: string): (string | number)[] => ["targets", i, f];
    const m = t.measure === null ? undefined : measures.get(t.measure);
    if (m && !m.text.replace(/\s+/g, "").includes(t.quote.replace(/\s+/g, "")))
      add("error", "lint-quote-not-in-text", at("quote"), "quoteNotInText", label(t), m.number);
    if (typeof t.value === "number" && isPercentUom(t.unit) && t.value > 100)
      add("error", "lint-percent-above-100", at("value"), "percentAbove100", label(t), t.value);
    if (t.perArea && isPercentUom(t.perArea.unit) && t.perArea.value > 100)
      add(
        "error",
        "lint-percent-above-100",
        ["targets", i, "perArea", "value"],
        "percentAbove100",
        label(t),
        t.perArea.value,
      );
    // (an owner that names no unit is an error of loading already)
    const owner = t.owner === undefined ? undefined : units.get(t.owner);
    if (owner && m && !m.units.some((u) => u.unit === owner.id))
      add(
        "warning",
        "lint-owner-not-in-measure",
        at("owner"),
        "ownerNotInMeasure",
        label(t),
        owner.name,
        m.number,
      );
    if (t.owner === undefined && owners.get(t.id) === undefined)
      add("warning", "lint-no-owner", ["targets", i], "noOwner", label(t));
    // 0 (清零, 消除) and 100% (全覆盖) are values a quote states in words
    const inWords = t.value === 0 || (t.value === 100 && isPercentUom(t.unit));
    if (typeof t.value === "number" && !inWords && /\d/.test(t.quote)) {
      const value = t.value;
      if (!numbersIn(t.quote).some((n) => close(n, value)))
        add("warning", "lint-value-not-in-quote", at("value"), "valueNotInQuote", label(t), value);
    }
  });

  const used = new Set(plan.targets.map((t) => t.indicator));
  plan.indicators.forEach((x, i) => {
    if (!used.has(x.id))
      add("warning", "lint-unused-indicator", ["indicators", i], "unusedIndicator", x.name.zh);
  });

  const duplicates = <T>(
    list: readonly T[],
    name: (t: T) => string,
    key: (t: T) => string,
    field: "indicators" | "targets" | "measures",
    severity: Severity,
  ) => {
    const seen = new Map<string, T>();
    list.forEach((item, i) => {
      const n = name(item).replace(/\s+/g, "");
      const first = seen.get(n);
      if (first === undefined) seen.set(n, item);
      else
        add(
          severity,
          "lint-duplicate-name",
          [field, i],
          "duplicateName",
          field,
          name(item),
          key(first),
        );
    });
  };
  duplicates(
    plan.indicators,
    (x) => x.name.zh,
    (x) => x.id,
    "indicators",
    "error",
  );
  duplicates(
    plan.targets,
    (t) => t.name.zh,
    (t) => t.id,
    "targets",
    "warning",
  );
  duplicates(
    plan.measures,
    (m) => m.title.zh,
    (m) => String(m.number),
    "measures",
    "warning",
  );
  return out;
}
