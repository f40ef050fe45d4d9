/**
 * `cwplan submissions` (催报) run as a user runs it. The acceptance case: a
 * hand-made folder where only 县人力资源和社会保障局 sent July figures lists
 * every other owner with every indicator it owes, exactly. (The rules of
 * what is owed when: test/evaluate/submissions.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { cwplan } from "./run.js";

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

  it("--period picks the month, in any spelling; a month that is none is a usage error", () => {
    const asked = (period: string) => {
      const r = cwplan([
        "submissions",
        "fixtures/submissions/july",
        "--period",
        period,
        "-f",
        "json",
      ]);
      expect(r.code).toBe(0);
      return (JSON.parse(r.stdout) as { period: string; periodSource: string }).period;
    };
    // June, not the latest month in the data (July)
    expect(asked("2025-06")).toBe("2025-06");
    expect(asked("2025年6月")).toBe("2025-06");
    expect(asked("2025-Q2")).toBe("2025-06");
    const bad = cwplan([
      "--lang",
      "zh",
      "submissions",
      "fixtures/submissions/july",
      "--period",
      "2025-13",
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--period "2025-13" 不是月份');
  });

  it("defaults to the latest period in the data, and prints a list to chase in Chinese", () => {
    const r = cwplan(["--lang", "zh", "submissions", "fixtures/submissions/july"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("催报清单 — 2025-07");
    expect(r.stdout).toContain("18 个主责单位有应报未报的数据，42 项数据未报");
    expect(r.stdout).toMatch(
      /县统计局 \(1\) · 报送率 1\/19 \(5%\)\n {2}常住人口城镇化率 urbanization-rate — 应报期 2025-07 · 未报 · 最近报送 2025-06/,
    );
    expect(r.stdout).toContain("本期已报齐：县人力资源和社会保障局");
    // the files received, each with its senders and outcome
    expect(r.stdout).toContain(
      "2025-06.csv — 县人力资源和社会保障局、县统计局、县科学技术局、县民政局 · 2025-06 · 已采用",
    );
    expect(r.stdout).toContain(
      "2025-07-human-resources.csv — 县人力资源和社会保障局 · 2025-07 · 已采用",
    );
  });

  it("csv and markdown list one row per missing figure", () => {
    const csv = cwplan(["submissions", "fixtures/submissions/july", "--format", "csv"]);
    expect(csv.stdout.trimEnd().split("\r\n")).toHaveLength(1 + 42);
    const md = cwplan(["submissions", "fixtures/submissions/july", "--format", "markdown"]);
    expect(md.stdout.split("\n").filter((l) => l.startsWith("| "))).toHaveLength(2 + 42);
  });
});
