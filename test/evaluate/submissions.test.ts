/**
 * Submissions (催报): who owes which figure for a month. The acceptance case:
 * a hand-made folder where only 县人力资源和社会保障局 sent July figures
 * lists every other owner with every indicator it owes, exactly.
 */
import { describe, expect, it } from "vitest";
import { duePeriod, submissions } from "../../src/evaluate/submissions.js";
import { loadPlan } from "../../src/plan/load.js";
import type { Plan } from "../../src/plan/types.js";
import { cwplan } from "../e2e/run.js";

const { plan } = await loadPlan();

/** What each owner owes for 2025-07, worked out by hand from README's owner table (every figure is monthly). */
const OWED_JULY: Record<string, string[]> = {
  "development-reform": ["renewable-capacity", "coal-unit-retrofit", "town-area-population"],
  "industry-it": [
    "ten-strong-clusters",
    "tech-upgrade-projects",
    "iot-terminals",
    "base-stations-5g",
  ],
  commerce: ["county-logistics-park", "town-delivery-centers"],
  "culture-tourism": ["culture-tourism-towns", "rural-tourism-villages"],
  "housing-construction": [
    "green-building-standard-share",
    "green-building-area",
    "green-material-firms",
    "green-material-share",
    "prefab-building-share",
    "prefab-assembly-rate",
    "combined-sewer-remaining",
  ],
  "organization-dept": ["young-talent", "talent-to-grassroots"],
  "science-tech": ["key-labs"],
  transport: [
    "road-chengwen",
    "road-dongyu-north-2",
    "road-dongyu-north-1",
    "port-phase-2",
    "village-logistics-coverage",
  ],
  "education-sports": [
    "sports-area-per-capita",
    "digital-campus-coverage",
    "school-pairing-coverage",
  ],
  "ecology-environment": ["black-odorous-water"],
  water: ["wwtp-upgrade-share", "sewage-collection-rate"],
  "big-data": ["nb-iot-coverage"],
  "social-work-dept": ["social-work-station-coverage"],
  "political-legal": ["security-governance-coverage"],
  health: ["childcare-places-per-1000", "medical-subcenters"],
  "civil-affairs": [
    "street-elderly-center-coverage",
    "town-elderly-center-coverage",
    "day-care-coverage",
  ],
  "medical-security": ["outpatient-reimbursement-increase"],
  statistics: ["urbanization-rate"],
};

describe("cwplan submissions", () => {
  it("only 县人力资源和社会保障局 sent July: every other owner, with exactly what it owes", () => {
    const r = cwplan([
      "submissions",
      "fixtures/submissions/july",
      "--period",
      "2025-07",
      "--format",
      "json",
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      owners: {
        id: string;
        missing: { indicator: string; lastPeriod: string | null }[];
        reported: { indicator: string }[];
      }[];
      nothingDue: { id: string }[];
    };
    const missing = Object.fromEntries(
      out.owners
        .filter((o) => o.missing.length > 0)
        .map((o) => [o.id, o.missing.map((m) => m.indicator)]),
    );
    expect(missing).toEqual(OWED_JULY);
    // the one that reported
    const hr = out.owners.find((o) => o.id === "human-resources");
    expect(hr?.missing).toEqual([]);
    expect(hr?.reported.map((x) => x.indicator)).toEqual([
      "urban-new-jobs",
      "migrant-worker-training",
      "pension-insurance-rate",
    ]);
    // its targets all ended in 2024: nothing owed in 2025
    expect(out.nothingDue.map((u) => u.id)).toEqual(["housing-service-center"]);
    // since when: June for those that sent June, never for the others
    const last = (unit: string, ind: string) =>
      out.owners.find((o) => o.id === unit)?.missing.find((m) => m.indicator === ind)?.lastPeriod;
    expect(last("statistics", "urbanization-rate")).toBe("2025-06");
    expect(last("science-tech", "key-labs")).toBe("2025-06");
    expect(last("civil-affairs", "day-care-coverage")).toBe("2025-06");
    expect(last("civil-affairs", "street-elderly-center-coverage")).toBe(null);
  });

  it("defaults to the latest period in the data, and prints a list to chase in Chinese", () => {
    const r = cwplan(["--lang", "zh", "submissions", "fixtures/submissions/july"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("催报清单 — 2025-07");
    expect(r.stdout).toContain("18 个主责单位有应报未报的数据, 42 项数据未报");
    expect(r.stdout).toMatch(
      /县统计局 \(1\)\n {2}常住人口城镇化率 urbanization-rate — 应报期 2025-07 · 最近报送 2025-06/,
    );
    expect(r.stdout).toContain("本期已报齐: 县人力资源和社会保障局");
  });

  it("csv and markdown list one row per missing figure", () => {
    const csv = cwplan(["submissions", "fixtures/submissions/july", "--format", "csv"]);
    expect(csv.stdout.trimEnd().split("\r\n")).toHaveLength(1 + 42);
    const md = cwplan(["submissions", "fixtures/submissions/july", "--format", "markdown"]);
    expect(md.stdout.split("\n").filter((l) => l.startsWith("| "))).toHaveLength(2 + 42);
  });
});

describe("reporting cadence", () => {
  const withReporting = (indicator: string, reporting: "quarterly" | "annual"): Plan => ({
    ...plan,
    indicators: plan.indicators.map((i) => (i.id === indicator ? { ...i, reporting } : i)),
  });
  const scienceTech = (p: Plan, month: string, rows: { period: string; date: string }[]) => {
    const s = submissions(
      p,
      rows.map((r) => ({ indicator: "key-labs", ...r })),
      month,
    );
    return {
      owes: s.owners.find((o) => o.unit.id === "science-tech"),
      idle: s.nothingDue.some((u) => u.id === "science-tech"),
    };
  };

  it("a quarterly figure owes nothing in July or August, the quarter in September", () => {
    const p = withReporting("key-labs", "quarterly");
    expect(scienceTech(p, "2025-07", []).idle).toBe(true);
    expect(scienceTech(p, "2025-08", []).idle).toBe(true);
    const sept = scienceTech(p, "2025-09", [{ period: "2025-Q2", date: "2025-06-30" }]).owes;
    expect(sept?.missing.map((m) => [m.duePeriod, m.lastPeriod])).toEqual([["2025-Q3", "2025-Q2"]]);
    // a 2025-09 row or a 2025-Q3 row both answer it
    for (const period of ["2025-09", "2025-Q3"]) {
      const owes = scienceTech(p, "2025-09", [{ period, date: "2025-09-30" }]).owes;
      expect(owes?.missing).toEqual([]);
      expect(owes?.reported.map((m) => m.duePeriod)).toEqual(["2025-Q3"]);
    }
  });

  it("an annual figure is owed in December, for the year", () => {
    const p = withReporting("key-labs", "annual");
    expect(scienceTech(p, "2025-11", []).idle).toBe(true);
    expect(scienceTech(p, "2025-12", []).owes?.missing.map((m) => m.duePeriod)).toEqual(["2025"]);
    expect(
      scienceTech(p, "2025-12", [{ period: "2025", date: "2025-12-31" }]).owes?.missing,
    ).toEqual([]);
  });

  it("a target's own cadence overrides its indicator's", () => {
    const p: Plan = {
      ...plan,
      targets: plan.targets.map((t) =>
        t.id === "key-labs-2025" ? { ...t, reporting: "quarterly" } : t,
      ),
    };
    expect(scienceTech(p, "2025-07", []).idle).toBe(true);
  });

  it("a target owes nothing after its deadline: the 2024 renovations in 2025", () => {
    const owners = (month: string) => submissions(plan, [], month).owners.map((o) => o.unit.id);
    expect(owners("2024-07")).toContain("housing-service-center");
    expect(owners("2025-01")).not.toContain("housing-service-center");
  });

  it("due periods", () => {
    expect(duePeriod("2025-07", "monthly")).toBe("2025-07");
    expect(duePeriod("2025-07", "quarterly")).toBeUndefined();
    expect(duePeriod("2025-12", "quarterly")).toBe("2025-Q4");
    expect(duePeriod("2025-06", "annual")).toBeUndefined();
    expect(duePeriod("2025-12", "annual")).toBe("2025");
  });
});
