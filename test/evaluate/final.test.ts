/**
 * The final evaluation (STATUS-RULES v3, "Final evaluation") of a whole-plan
 * history: fixtures/final holds 2023 baselines, the 2024 and 2025 year-end
 * figures, a January 2026 file revising one 2025 figure, and a 2025 figure
 * sent by a unit that does not own it. Every target's class and completion
 * rate below is worked out by hand from the fixture and the rule, not read
 * back from the code.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readDrops } from "../../src/data/read.js";
import { evaluate } from "../../src/evaluate/check.js";
import {
  completionRate,
  type FinalClass,
  type FinalEvaluation,
  finalClass,
  finalEvaluation,
  finalMode,
  worstClass,
} from "../../src/evaluate/final.js";
import { HistoryStore } from "../../src/evaluate/history.js";
import type { TargetResult } from "../../src/evaluate/types.js";
import { loadPlan } from "../../src/plan/load.js";
import type { Plan } from "../../src/plan/types.js";

const FINAL = join(import.meta.dirname, "..", "..", "fixtures", "final");

/** [class, completion rate (undefined: not shown)] per target, by hand. */
const EXPECTED: Record<string, [FinalClass, number | undefined]> = {
  // 52.4 ≥ 53 − 1 point
  "urbanization-rate-2025": ["done", 52.4 / 53],
  "ten-strong-clusters-2025": ["done", 1],
  // 2024: 31 ≥ 28.5 done; 2025: 28 < 28.5, A = 28/28.5 = 0.98 nearly; worst year 2025
  "tech-upgrade-projects-annual": ["nearly", 28 / 30],
  // A = (36.5 − 22)/(40 − 22) = 0.806
  "renewable-capacity-2025": ["not-done", 36.5 / 40],
  "coal-unit-retrofit": ["done", undefined],
  // A = 0
  "culture-tourism-town-2025": ["not-done", 0],
  "rural-tourism-village-2025": ["done", 1],
  // 突破35家: 35 is not past 35, A = (35 − 28)/(35 − 28) = 1
  "key-labs-2025": ["nearly", 1],
  // increase, 3600左右 from 3420: 3450 met
  "young-talent-2025": ["done", 3450 / 3600],
  "road-chengwen-open": ["done", undefined],
  // in_progress at the end
  "road-dongyu-north-2-open": ["not-done", undefined],
  "road-dongyu-north-1-open": ["done", undefined],
  // in_progress in 2024, nothing in 2025
  "port-phase-2": ["no-data", undefined],
  // towns at 6万 in 2025-12: 大田集镇 (6.1)
  "town-population-60k": ["done", 1],
  // towns at 3万: 大田集镇, 九女集镇 (汶上集镇 2.95 is short)
  "town-population-30k": ["done", 1],
  "green-building-standard-2025": ["done", 1],
  // increase: A = 172/180 = 0.956
  "green-building-area-2025": ["nearly", 172 / 180],
  "green-material-firms-2025": ["done", 1],
  "green-material-share-2025": ["done", 31 / 30],
  // A = (38 − 25)/(40 − 25) = 0.867
  "prefab-building-share-2025": ["not-done", 38 / 40],
  // worse than the baseline: A = (44 − 45)/(50 − 45) < 0
  "prefab-assembly-rate-2025": ["not-done", 44 / 50],
  // eliminate: no rate
  "black-odorous-water-zero": ["done", undefined],
  "wwtp-upgrade-2025": ["done", 1],
  // 69 revised to 70.2 by the January 2026 file (69 would have been A = 0.9, nearly)
  "sewage-collection-2025": ["done", 70.2 / 70],
  "nb-iot-coverage": ["done", undefined],
  "iot-terminals-2025": ["done", 41 / 40],
  // A = (1080 − 700)/(1100 − 700) = 0.95
  "base-stations-5g-2025": ["nearly", 1080 / 1100],
  // eliminate: 3 left of 42, A = (3 − 42)/(0 − 42) = 0.929; no rate
  "combined-sewer-zero": ["nearly", undefined],
  "security-governance-2025": ["done", 1],
  // no 2023 row: baseline the earliest, 60 (2024); A = (95 − 60)/(100 − 60) = 0.875
  "social-work-stations-2025": ["not-done", 0.95],
  // 2.72 ≥ 2.7
  "sports-area-2025": ["done", 2.72 / 2.7],
  // 2024: 4820 done; 2025: 4650, A = 4650/4700 = 0.989 nearly
  "urban-new-jobs-annual": ["nearly", 4650 / 4700],
  // 2024: 860, A = 0.956 nearly; 2025: 920 done; the worst year is 2024
  "migrant-training-annual": ["nearly", 860 / 900],
  "digital-campus-2025": ["done", 1],
  // 50%左右 from 49%: 49.6 met
  "outpatient-reimbursement-2025": ["done", 49.6 / 50],
  // A = (3.6 − 3.2)/(4.8 − 3.2) = 0.25
  "childcare-places-2025": ["not-done", 3.6 / 4.8],
  // 95.2 in 2024, nothing in 2025
  "pension-insurance-2025": ["no-data", 95.2 / 96],
  // 2024 target: 8 of 10, A = 0.8
  "old-communities-2024": ["not-done", 0.8],
  "old-community-households-2024": ["done", 3200 / 3161],
  // 2024: 152 done; 2025: 140 < 142.5, A = 0.982 nearly
  "talent-to-grassroots-annual": ["nearly", 140 / 150],
  "county-logistics-park-2025": ["done", 1],
  // 9, sent by 县交通运输局 (the owner, 县商务局, sent nothing for 2025)
  "town-delivery-centers-2025": ["done", 1],
  "village-logistics-2025": ["done", 1],
  // A = (95 − 60)/(100 − 60) = 0.875
  "school-pairing-2025": ["not-done", 0.95],
  // 2左右 from 1.9
  "medical-subcenters-2025": ["done", 1],
  "street-elderly-centers-2025": ["done", 1],
  // A = (58 − 27)/(60 − 27) = 0.939
  "town-elderly-centers-2025": ["nearly", 58 / 60],
  // A = (80 − 75)/(100 − 75) = 0.2
  "day-care-2025": ["not-done", 0.8],
};

let plan: Plan;
let final: FinalEvaluation;

beforeAll(async () => {
  plan = (await loadPlan()).plan;
  const drops = await readDrops([FINAL], plan);
  const store = HistoryStore.of(plan, drops.observations);
  const check = evaluate(plan, store);
  final = finalEvaluation(plan, check, store.histories());
});

describe("the whole plan's final evaluation (fixtures/final)", () => {
  it("is on at the plan's end, evaluated on 2025-12-31 with data to 2025-12-31", () => {
    expect(final.asOf).toBe("2025-12-31");
    expect(final.cutOff).toBe("2025-12-31");
    expect(final.forced).toBe(false);
    expect(finalMode(plan, final.asOf)).toBe(true);
    expect(finalMode(plan, "2025-06-30")).toBe(false);
    expect(finalMode(plan, "2025-06-30", true)).toBe(true);
  });

  it("gives every target its class and completion rate", () => {
    expect(final.results.map((r) => r.target.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const r of final.results) {
      const [cls, rate] = EXPECTED[r.target.id] ?? ["?", undefined];
      expect({ id: r.target.id, class: r.class }).toEqual({ id: r.target.id, class: cls });
      if (rate === undefined) expect(r.rate, r.target.id).toBeUndefined();
      else expect(r.rate, r.target.id).toBeCloseTo(rate, 12);
    }
  });

  it("counts the classes", () => {
    const by = (c: FinalClass) => Object.values(EXPECTED).filter(([k]) => k === c).length;
    expect(final.counts).toEqual({
      done: by("done"),
      nearly: by("nearly"),
      "no-data": by("no-data"),
      "not-done": by("not-done"),
    });
    expect(final.counts).toEqual({ done: 27, nearly: 9, "no-data": 2, "not-done": 10 });
  });

  it("judges two 每年 targets in 2024 and in 2025 separately", () => {
    const years = (id: string) =>
      final.results
        .find((r) => r.target.id === id)
        ?.years?.map((y) => ({ year: y.year, class: y.class, value: y.value, rate: y.rate }));
    expect(years("urban-new-jobs-annual")).toEqual([
      { year: 2024, class: "done", value: 4820, rate: 4820 / 4700 },
      { year: 2025, class: "nearly", value: 4650, rate: 4650 / 4700 },
    ]);
    expect(years("migrant-training-annual")).toEqual([
      { year: 2024, class: "nearly", value: 860, rate: 860 / 900 },
      { year: 2025, class: "done", value: 920, rate: 920 / 900 },
    ]);
  });

  it("shows baseline → final value and the change", () => {
    const r = final.results.find((x) => x.target.id === "urbanization-rate-2025");
    expect(r?.baseline).toMatchObject({ value: 48.9, date: "2023-12-31" });
    expect(r?.final).toEqual({ value: 52.4, date: "2025-12-31", period: "2025" });
    expect(r?.change).toBeCloseTo(3.5, 12);
    // an annual target: the 2023 annual figure as baseline, 2025's as final
    const jobs = final.results.find((x) => x.target.id === "urban-new-jobs-annual");
    expect(jobs?.baseline).toMatchObject({ value: 4600, date: "2023-12-31" });
    expect(jobs?.final).toMatchObject({ value: 4650, period: "2025-12" });
    expect(jobs?.change).toBe(50);
    // the revision stands: 70.2, not 69
    const sewage = final.results.find((x) => x.target.id === "sewage-collection-2025");
    expect(sewage?.final?.value).toBe(70.2);
  });

  it("counts by section, measure and owning unit, over the same targets", () => {
    const total = (groups: { targets: string[] }[]) => groups.flatMap((g) => g.targets).length;
    expect(total(final.bySection)).toBe(48);
    expect(total(final.byUnit)).toBe(48);
    const hr = final.byUnit.find((u) => u.unit === "human-resources");
    expect(hr?.targets).toEqual([
      "urban-new-jobs-annual",
      "migrant-training-annual",
      "pension-insurance-2025",
    ]);
    expect(hr?.counts).toEqual({ done: 0, nearly: 2, "no-data": 1, "not-done": 0 });
  });

  it("forced before the end (a mid-term dry run) says so", async () => {
    const drops = await readDrops([FINAL], plan);
    const store = HistoryStore.of(plan, drops.observations);
    const mid = finalEvaluation(
      plan,
      evaluate(plan, store, { asOf: "2024-12-31" }),
      store.histories(),
    );
    expect(mid.forced).toBe(true);
    expect(mid.cutOff).toBe("2024-12-31");
    // judged in 2024: the urbanization rate's 2024 figure, A = (50.3 − 48.9)/(52 − 48.9) = 0.45
    expect(mid.results.find((r) => r.target.id === "urbanization-rate-2025")?.class).toBe(
      "not-done",
    );
    // 每年: 2024 alone
    expect(mid.results.find((r) => r.target.id === "urban-new-jobs-annual")?.years).toHaveLength(1);
  });
});

/** A result with only what finalClass reads. */
function result(
  over: Partial<TargetResult>,
  working: Partial<NonNullable<TargetResult["working"]>>,
) {
  const target = {
    id: "t",
    measure: null,
    section: "一",
    indicator: "i",
    owner: "u",
    name: { zh: "t", en: "t" },
    comparator: ">=",
    value: 10,
    unit: "x",
    deadline: "2025-12-31",
    cadence: "by-deadline",
    quote: "",
  } as const;
  return {
    target,
    status: "missed",
    daysLeft: 0,
    notes: [],
    ...over,
    working: { value: 5, period: "2025", valueDate: "2025-12-31", target: 10, ...working },
  } satisfies TargetResult;
}

describe("class rules", () => {
  it("no-data: no working, or nothing in the year judged", () => {
    const r = result({}, {});
    expect(
      finalClass({ ...r, status: "no-data", working: undefined } as TargetResult, 2025, 0.9),
    ).toBe("no-data");
    expect(finalClass(result({}, { valueDate: "2024-12-31", A: 1 }), 2025, 0.9)).toBe("no-data");
  });
  it("done: pass · met", () => {
    expect(
      finalClass(result({ status: "pass", detail: "met" }, { value: 10, A: 1 }), 2025, 0.9),
    ).toBe("done");
  });
  it("nearly: not met and A ≥ nearlyMet (the plan's threshold)", () => {
    expect(finalClass(result({}, { A: 0.9 }), 2025, 0.9)).toBe("nearly");
    expect(finalClass(result({}, { A: 0.89 }), 2025, 0.9)).toBe("not-done");
    expect(finalClass(result({}, { A: 0.85 }), 2025, 0.8)).toBe("nearly");
  });
  it("not-done: A not computable", () => {
    expect(finalClass(result({}, {}), 2025, 0.9)).toBe("not-done");
  });
  it("milestones: done only at the target state", () => {
    expect(finalClass(result({}, { value: "done", target: "done" }), 2025, 0.9)).toBe("done");
    expect(finalClass(result({}, { value: "in_progress", target: "done" }), 2025, 0.9)).toBe(
      "not-done",
    );
  });
  it("an annual target's class is its worst year; no-data between nearly and not-done", () => {
    expect(worstClass(["done", "nearly"])).toBe("nearly");
    expect(worstClass(["done", "no-data"])).toBe("no-data");
    expect(worstClass(["no-data", "not-done"])).toBe("not-done");
    expect(worstClass([])).toBe("done");
  });
  it("completion rate: v / y* for ≥ > ≈ with y* > 0; none for ≤, eliminate, milestones", () => {
    expect(completionRate(result({}, { value: 5 }))).toBe(0.5);
    const le = result({}, { value: 5 });
    expect(completionRate({ ...le, target: { ...le.target, comparator: "<=" } })).toBeUndefined();
    expect(completionRate({ ...le, kind: "eliminate" })).toBeUndefined();
    expect(completionRate(result({}, { value: "done", target: "done" }))).toBeUndefined();
    expect(completionRate(result({}, { target: 0 }))).toBeUndefined();
  });
});
