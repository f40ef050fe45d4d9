/**
 * The plausibility pass against a plain reading of its rules
 * (docs/findings.md): random county series of four indicators (a
 * year-to-date total, a since-start total, a percentage, a level), their
 * rows shuffled into one file, months and quarter-end months written as
 * months or quarters. The pass reads the duplicate index's entries grouped by
 * series and sorted by a counting sort; the oracle sorts each series' rows by
 * date and walks them. Both must give the same warnings on the same lines.
 * Fixed seed.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { FAR_ABOVE_TARGET } from "../../src/data/plausibility.js";
import { readDrops } from "../../src/data/read.js";
import { loadPlan } from "../../src/plan/load.js";

const { plan } = await loadPlan();
/** the plan without the urbanization-rate target: a fraction is judged by the series alone */
const noRateTarget = {
  ...plan,
  targets: plan.targets.filter((t) => t.indicator !== "urbanization-rate"),
};
const dir = mkdtempSync(join(tmpdir(), "cwplan-plausible-oracle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** each indicator with values that reach every rule (its targets: 4700, 3600, 53%, 1100) */
const SERIES = {
  "urban-new-jobs": {
    kind: "annual",
    unit: "人",
    target: 4700,
    values: [100, 400, 2500, 5000, 60000],
  },
  "young-talent": { kind: "increase", unit: "人", target: 3600, values: [100, 500, 3000, 40000] },
  "urbanization-rate": { kind: "level", unit: "%", target: 53, values: [0.5, 1, 48, 50.3, 52] },
  "base-stations-5g": {
    kind: "level",
    unit: "个",
    target: 1100,
    values: [10, 300, 900, 9000, 12000],
  },
} as const;
type Id = keyof typeof SERIES;
const IDS = Object.keys(SERIES) as Id[];
const FACTOR = 3;

interface Row {
  indicator: Id;
  /** months since 2024-01 (0–23) */
  month: number;
  value: number;
  /** a quarter-end month written as its quarter */
  asQuarter: boolean;
}

const label = (r: Row): string => {
  const year = 2024 + Math.floor(r.month / 12);
  const m = (r.month % 12) + 1;
  return r.asQuarter && m % 3 === 0 ? `${year}-Q${m / 3}` : `${year}-${String(m).padStart(2, "0")}`;
};
const isMonthLabel = (r: Row): boolean => !label(r).includes("Q");

/** The rules as docs/findings.md states them, on rows sorted by date per series. */
function oracle(rows: Row[], rateTarget: boolean): string[] {
  const out: string[] = [];
  for (const id of IDS) {
    const s = {
      ...SERIES[id],
      target: id === "urbanization-rate" && !rateTarget ? 0 : SERIES[id].target,
    };
    const points = rows
      .map((r, i) => ({ ...r, line: i + 2 }))
      .filter((r) => r.indicator === id)
      .sort((a, b) => a.month - b.month);
    let seenAboveOne = false;
    let prev: (typeof points)[number] | undefined;
    for (const p of points) {
      if (s.unit === "%" && p.value > 0 && p.value <= 1 && (seenAboveOne || s.target > 1)) {
        out.push(`likely-fraction ${p.line}`);
        continue;
      }
      if (s.target > 0 && p.value > FAR_ABOVE_TARGET * s.target)
        out.push(`far-above-target ${p.line}`);
      if (prev) {
        const comparable =
          s.kind !== "annual" || Math.floor(prev.month / 12) === Math.floor(p.month / 12);
        const total = s.kind === "annual" || s.kind === "increase";
        if (total && comparable && p.value < prev.value) out.push(`total-went-down ${p.line}`);
        else if (
          comparable &&
          isMonthLabel(prev) &&
          isMonthLabel(p) &&
          p.month === prev.month + 1 &&
          Math.max(p.value / prev.value, prev.value / p.value) > FACTOR
        ) {
          out.push(`sudden-jump ${p.line}`);
        }
      }
      if (p.value > 1) seenAboveOne = true;
      prev = p;
    }
  }
  return out.sort();
}

const rowArb: fc.Arbitrary<Row> = fc
  .record({
    indicator: fc.constantFrom(...IDS),
    month: fc.integer({ min: 0, max: 23 }),
    pick: fc.nat(),
    asQuarter: fc.boolean(),
  })
  .map(({ indicator, month, pick, asQuarter }) => {
    const values = SERIES[indicator].values;
    return { indicator, month, asQuarter, value: values[pick % values.length] ?? 0 };
  });

describe("plausibility against its rules", () => {
  it("the plan holds the indicators as this test assumes", () => {
    for (const id of IDS) {
      const ind = plan.indicators.find((i) => i.id === id);
      expect([ind?.kind, ind?.unit]).toEqual([SERIES[id].kind, SERIES[id].unit]);
      const targets = plan.targets.filter((t) => t.indicator === id).map((t) => t.value);
      expect(targets).toEqual([SERIES[id].target]);
    }
    expect(plan.policy.jumpFactor ?? 3).toBe(FACTOR);
  });

  it("gives the oracle's warnings on the oracle's lines, in any order of rows", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(rowArb, {
          selector: (r) => `${r.indicator} ${r.month}`,
          minLength: 1,
          maxLength: 60,
        }),
        fc.boolean(),
        async (rows, rateTarget) => {
          const file = join(dir, `drop-${n++}.csv`);
          const lines = rows.map((r) => `${r.indicator},${label(r)},${r.value},,,,`);
          writeFileSync(
            file,
            `indicator,period,value,unit,area,reported_by,note\n${lines.join("\n")}\n`,
          );
          const { findings } = await readDrops([file], rateTarget ? plan : noRateTarget);
          const plausible = new Set([
            "likely-fraction",
            "far-above-target",
            "total-went-down",
            "sudden-jump",
          ]);
          const got = findings
            .filter((f) => plausible.has(f.code))
            .map((f) => `${f.code} ${f.line}`);
          // a likely fraction is the only error (the row is refused, issue 20)
          expect(
            findings.filter((f) => f.severity === "error" && f.code !== "likely-fraction"),
          ).toEqual([]);
          expect(got.sort()).toEqual(oracle(rows, rateTarget));
        },
      ),
      { seed: 20261129, numRuns: 150 },
    );
  });
});
