/**
 * Properties of the status rules themselves (STATUS-RULES v2), over random
 * targets, baselines, values and dates, with fixed seeds (fast-check prints
 * the seed and path of any failure):
 * - monotonicity: a better value (d·Δv > 0) never makes the status worse;
 *   the same value observed later, or judged later, never makes it better;
 * - met ⇒ pass, whatever the date.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { periodEnd } from "../../src/calendar.js";
import type { Status, TargetResult } from "../../src/evaluate/types.js";
import type { Comparator, Target } from "../../src/plan/types.js";
import { judge, makeTarget, obs } from "./helpers.js";

const RANK: Record<Status, number> = { pass: 0, behind: 1, "at-risk": 2, missed: 3, "no-data": -1 };

/** Month-end periods from the baseline year to after the plan. */
const MONTHS: string[] = [];
for (let y = 2024; y <= 2026; y++) {
  for (let m = 1; m <= 12; m++) MONTHS.push(`${y}-${String(m).padStart(2, "0")}`);
}

interface Case {
  target: Target;
  /** the baseline row (2023 or 2020), where there is one */
  base: number | undefined;
  baseYear: string;
  /** index into MONTHS of the value's period */
  at: number;
  value: number;
  /** months from t_v to t */
  lag: number;
}

type KindName = "level" | "percent" | "increase" | "eliminate" | "annual";

const INDICATOR: Record<KindName, string> = {
  level: "lvl",
  percent: "cov",
  increase: "inc",
  eliminate: "elim",
  annual: "ann",
};

const caseArb = (kinds: readonly KindName[]): fc.Arbitrary<Case & { kind: KindName }> =>
  fc
    .record({
      kind: fc.constantFrom(...kinds),
      comparator: fc.constantFrom<Comparator>(">=", ">", "~"),
      y: fc.integer({ min: 1, max: 400 }),
      base: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      baseYear: fc.constantFrom("2023", "2020"),
      planBaseline: fc.boolean(),
      at: fc.integer({ min: 0, max: 23 }),
      value: fc.integer({ min: 0, max: 450 }),
      lag: fc.integer({ min: 0, max: 8 }),
    })
    .map((r) => {
      const indicator = INDICATOR[r.kind];
      const eliminate = r.kind === "eliminate";
      const percent = r.kind === "percent";
      const target = makeTarget({
        indicator,
        comparator: eliminate ? "<=" : r.comparator,
        value: eliminate ? 0 : percent ? Math.min(r.y, 100) : r.y,
        unit: percent ? "%" : "x",
        cadence: r.kind === "annual" ? "annual" : "by-deadline",
        ...(r.planBaseline && r.base !== undefined && r.kind === "level"
          ? { baseline: { value: r.base, date: "2023-12-31" } }
          : {}),
      });
      const cap = (v: number) => (percent ? Math.min(v, 100) : v);
      return {
        kind: r.kind,
        target,
        base: r.base === undefined ? undefined : cap(r.base),
        baseYear: r.baseYear,
        at: r.at,
        value: cap(r.value),
        lag: r.lag,
      };
    });

function run(c: Case, value: number, at: number, lag: number): TargetResult {
  const ind = c.target.indicator;
  const rows = [obs(ind, MONTHS[at] as string, value)];
  if (c.base !== undefined && c.target.cadence !== "annual")
    rows.unshift(obs(ind, c.baseYear, c.base));
  const asOf = MONTHS[Math.min(at + lag, MONTHS.length - 1)] as string;
  return judge(c.target, rows, periodEnd(asOf));
}

const d = (c: Case): 1 | -1 => (c.target.comparator === "<=" ? -1 : 1);

describe("status rules: properties (fixed seeds)", () => {
  it("a better value never makes the status worse", () => {
    fc.assert(
      fc.property(
        caseArb(["level", "percent", "increase", "eliminate", "annual"]),
        fc.integer({ min: 1, max: 200 }),
        (c, step) => {
          const better = c.value + d(c) * step;
          fc.pre(better >= 0 && (c.kind !== "percent" || better <= 100));
          const before = run(c, c.value, c.at, c.lag);
          const after = run(c, better, c.at, c.lag);
          if (before.status === "no-data") {
            // one figure and no baseline: a better one is still unjudged, unless it meets the target
            expect(after.status === "no-data" || after.detail === "met").toBe(true);
          } else expect(RANK[after.status]).toBeLessThanOrEqual(RANK[before.status]);
        },
      ),
      { seed: 20251, numRuns: 200 },
    );
  });

  it("the same value judged later (t later) never makes the status better", () => {
    fc.assert(
      fc.property(
        caseArb(["level", "percent", "increase", "eliminate", "annual"]),
        fc.integer({ min: 1, max: 12 }),
        (c, more) => {
          const before = run(c, c.value, c.at, c.lag);
          const later = c.at + c.lag + more;
          fc.pre(later < MONTHS.length);
          // annual targets are judged for the year of t: stay in t_v's year, or past the deadline
          const year = (i: number) => (MONTHS[i] as string).slice(0, 4);
          fc.pre(
            c.kind !== "annual" ||
              year(later) === year(c.at) ||
              (year(c.at) === "2025" && year(later) === "2026"),
          );
          const after = run(c, c.value, c.at, c.lag + more);
          expect(RANK[after.status]).toBeGreaterThanOrEqual(RANK[before.status]);
        },
      ),
      { seed: 20252, numRuns: 200 },
    );
  });

  it("the same value observed later (t_v later) never makes the status better", () => {
    fc.assert(
      fc.property(
        caseArb(["level", "percent", "increase", "eliminate", "annual"]),
        fc.integer({ min: 1, max: 11 }),
        (c, shift) => {
          const later = c.at + shift;
          fc.pre(later + c.lag < MONTHS.length);
          const year = (i: number) => Math.min(Number((MONTHS[i] as string).slice(0, 4)), 2025);
          // an annual figure moved into another year is another year's figure
          fc.pre(
            c.kind !== "annual" ||
              (later < 24 &&
                new Set([c.at, c.at + c.lag, later, later + c.lag].map(year)).size === 1),
          );
          const before = run(c, c.value, c.at, c.lag);
          const after = run(c, c.value, later, c.lag);
          expect(RANK[after.status]).toBeGreaterThanOrEqual(RANK[before.status]);
        },
      ),
      { seed: 20253, numRuns: 200 },
    );
  });

  it("met ⇒ pass (met), whatever the date", () => {
    fc.assert(
      fc.property(
        caseArb(["level", "percent", "increase", "eliminate", "annual"]),
        fc.integer({ min: 0, max: 50 }),
        (c, over) => {
          const y = c.target.value as number;
          const eff =
            c.target.comparator === "~"
              ? c.kind === "percent"
                ? y - 1
                : y * 0.95
              : c.target.comparator === ">"
                ? y + 1
                : y;
          const value = c.target.comparator === "<=" ? 0 : Math.ceil(eff) + over;
          fc.pre(c.kind !== "percent" || value <= 100);
          // an annual target is judged for the year of t (or the deadline's year after it)
          const year = (i: number) => Math.min(Number((MONTHS[i] as string).slice(0, 4)), 2025);
          fc.pre(c.kind !== "annual" || year(c.at) === year(c.at + c.lag));
          const r = run(c, value, c.at, c.lag);
          expect(r.status).toBe("pass");
          expect(r.detail).toBe("met");
        },
      ),
      { seed: 20254, numRuns: 200 },
    );
  });
});
