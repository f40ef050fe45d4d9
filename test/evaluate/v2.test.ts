/**
 * STATUS-RULES version 2, point by point, with the exact rows of issue 10,
 * through the data layer and the real plan (plan/chengwu.yaml): rows are
 * validated as `cwplan check` validates them, files in the order given.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DuplicateIndex } from "../../src/data/duplicates.js";
import { type DropOptions, validateText } from "../../src/data/read.js";
import type { Finding, Observation } from "../../src/data/types.js";
import { evaluate } from "../../src/evaluate/check.js";
import type { CheckResult, TargetResult } from "../../src/evaluate/types.js";
import { checkToJson } from "../../src/format/check/json.js";
import { noColour } from "../../src/format/style.js";
import { loadPlan } from "../../src/plan/load.js";
import type { Plan } from "../../src/plan/types.js";

let plan: Plan;
beforeAll(async () => {
  plan = (await loadPlan()).plan;
});

const HEAD = "indicator,period,value,unit,area\n";

interface Run {
  check: CheckResult;
  findings: Finding[];
  observations: Observation[];
  rowsInvalid: number;
}

/** Validate files in order (one duplicate index, as `readDrops` does), then judge. */
function run(files: Record<string, string>, asOf?: string, p: Plan = plan): Run {
  const duplicates = new DuplicateIndex();
  const opts: DropOptions = { duplicates };
  const observations: Observation[] = [];
  const findings: Finding[] = [];
  let rowsInvalid = 0;
  for (const [name, body] of Object.entries(files)) {
    const r = validateText(HEAD + body, name, p, opts);
    observations.push(...r.observations);
    findings.push(...r.findings);
    rowsInvalid += r.rowsInvalid;
  }
  const check = evaluate(p, observations, asOf === undefined ? {} : { asOf });
  return { check, findings, observations, rowsInvalid };
}

function result(r: Run, id: string): TargetResult {
  const t = r.check.results.find((x) => x.target.id === id);
  if (!t) throw new Error(`no result for ${id}`);
  return t;
}

describe("v2: the county figure at a date is the sum of the area rows observed on it", () => {
  it("2025 (大田集镇) and 2025-12 (苟村集镇) add up to 4700: the annual target is met", () => {
    const r = run({
      "jobs.csv": "urban-new-jobs,2025,2000,,大田集镇\nurban-new-jobs,2025-12,2700,,苟村集镇\n",
    });
    expect(r.findings).toEqual([]);
    const t = result(r, "urban-new-jobs-annual");
    expect(r.check.asOf).toBe("2025-12-31");
    expect(t.status).toBe("pass");
    expect(t.detail).toBe("met");
    expect(t.working?.value).toBe(4700);
    expect(t.working?.rolledUp).toEqual({ areas: ["datianji", "goucunji"], of: 13 });
    expect(t.notes).toContainEqual({
      code: "rolled-up",
      args: { which: "value", period: "2025", areas: 2, of: 13 },
    });
    const json = checkToJson(
      { plan, check: r.check, files: [], failOn: "missed" },
      { lang: "en", style: noColour, width: 100, bom: false, maxFindings: 100 },
    ) as { targets: { id: string; summedAreas: unknown }[] };
    expect(json.targets.find((x) => x.id === "urban-new-jobs-annual")?.summedAreas).toEqual({
      count: 2,
      of: 13,
      areas: ["datianji", "goucunji"],
    });
  });

  it("a town sending one figure as 2024-Q3 and as 2024-09 is counted once, in any file order", () => {
    const rows = [
      "urban-new-jobs,2024-Q3,1085,,大田集镇\n",
      "urban-new-jobs,2024-09,1085,,大田集镇\n",
      "urban-new-jobs,2024-09,15,,苟村集镇\n",
    ];
    const orders = [
      [0, 1, 2],
      [1, 0, 2],
      [2, 0, 1],
      [2, 1, 0],
      [0, 2, 1],
      [1, 2, 0],
    ];
    for (const order of orders) {
      const r = run({ "jobs.csv": order.map((i) => rows[i]).join("") }, "2024-09-30");
      const t = result(r, "urban-new-jobs-annual");
      expect(t.working?.value, order.join()).toBe(1100);
      expect(r.findings.map((f) => f.code)).toEqual(["duplicate-row"]);
    }
  });
});

describe("v2 rule 6: worse than the baseline is at-risk, on v and b (not A < 0)", () => {
  it("capacity that started above the target (45 万千瓦) and fell below it (38) is at-risk", () => {
    const r = run({
      "energy.csv": "renewable-capacity,2023,45,万千瓦,\nrenewable-capacity,2025-06,38,万千瓦,\n",
    });
    const t = result(r, "renewable-capacity-2025");
    // v1's A = (38 − 45)/(40 − 45) = 1.4 > 0 would have read as on track
    expect(t.working?.A).toBeCloseTo(1.4, 12);
    expect(t.status).toBe("at-risk");
    expect(t.notes.map((n) => n.code)).toContain("worse-than-baseline");
  });

  it("y* = b with v at b: behind, pace not assessable", () => {
    const p: Plan = {
      ...plan,
      targets: plan.targets.map((t) =>
        t.id === "renewable-capacity-2025" ? { ...t, comparator: ">" as const } : t,
      ),
    };
    const r = run(
      {
        "energy.csv": "renewable-capacity,2023,40,万千瓦,\nrenewable-capacity,2025-06,40,万千瓦,\n",
      },
      undefined,
      p,
    );
    const t = result(r, "renewable-capacity-2025");
    expect(t.status).toBe("behind");
    expect(t.notes).toContainEqual({
      code: "pace-not-assessable",
      args: { reason: "baseline-equals-target" },
    });
  });
});

describe("v2: annual targets after the plan's last year are judged for the deadline year", () => {
  it("as of 2026-03-31, 2025's figure is judged (met)", () => {
    const r = run({ "jobs.csv": "urban-new-jobs,2025,4800,人,\n" }, "2026-03-31");
    const t = result(r, "urban-new-jobs-annual");
    expect(t.working?.year).toBe(2025);
    expect(t.status).toBe("pass");
    expect(t.detail).toBe("met");
  });

  it("as of 2026-03-31, a 2025 figure short of the target is missed, not no-data", () => {
    const r = run(
      { "jobs.csv": "urban-new-jobs,2025-09,3000,人,\nurban-new-jobs,2026-Q1,100,人,\n" },
      "2026-03-31",
    );
    // 2026-Q1 is after the window: an error, never a value
    expect(r.findings.map((f) => f.code)).toEqual(["period-outside-window"]);
    const t = result(r, "urban-new-jobs-annual");
    expect(t.working?.year).toBe(2025);
    expect(t.working?.value).toBe(3000);
    expect(t.status).toBe("missed");
  });
});

describe("v2: 左右 targets in percent have an absolute tolerance of 1 point", () => {
  it("53%左右 is met from 52%", () => {
    const r = run({ "rate.csv": "urbanization-rate,2023,48,%,\nurbanization-rate,2025,52,%,\n" });
    const t = result(r, "urbanization-rate-2025");
    expect(t.working?.effectiveTarget).toBe(52);
    expect(t.working?.tolerance).toEqual({ absolute: 1 });
    expect(t.status).toBe("pass");
    expect(t.detail).toBe("met");
  });

  it("53%左右 is not met at 51.9% (v1's 5% relative made it met from 50.35%)", () => {
    const r = run({ "rate.csv": "urbanization-rate,2023,48,%,\nurbanization-rate,2025,51.9,%,\n" });
    const t = result(r, "urbanization-rate-2025");
    expect(t.status).toBe("missed");
    expect(t.working?.gap).toBeCloseTo(0.1, 12);
  });

  it("the effective target is used in A, P and the expected value, and shown in JSON", () => {
    const r = run({
      "rate.csv": "urbanization-rate,2023,48,%,\nurbanization-rate,2025-06,50,%,\n",
    });
    const t = result(r, "urbanization-rate-2025");
    const w = t.working;
    expect(w?.A).toBeCloseTo((50 - 48) / (52 - 48), 12);
    const f = 547 / 731;
    expect(w?.f).toBeCloseTo(f, 12);
    expect(w?.P).toBeCloseTo(0.5 / f, 12);
    expect(w?.expected).toBeCloseTo(48 + f * 4, 12);
    const json = checkToJson(
      { plan, check: r.check, files: [], failOn: "missed" },
      { lang: "en", style: noColour, width: 100, bom: false, maxFindings: 100 },
    ) as { targets: { id: string; effectiveTarget: unknown; tolerance: unknown }[] };
    const j = json.targets.find((x) => x.id === "urbanization-rate-2025");
    expect(j?.effectiveTarget).toBe(52);
    expect(j?.tolerance).toEqual({ type: "absolute", value: 1 });
  });

  it("other 左右 targets keep 5% relative: 30个左右 a year is met from 28.5", () => {
    const r = run({ "tech.csv": "tech-upgrade-projects,2025,28.5,个,\n" });
    const t = result(r, "tech-upgrade-projects-annual");
    expect(t.working?.effectiveTarget).toBeCloseTo(28.5, 12);
    expect(t.working?.tolerance).toEqual({ relative: 0.05 });
    expect(t.status).toBe("pass");
  });

  it("policy.percentTolerance sets the points; a target's toleranceAbsolute wins", () => {
    const body = { "rate.csv": "urbanization-rate,2023,48,%,\nurbanization-rate,2025,51.6,%,\n" };
    const wider: Plan = { ...plan, policy: { ...plan.policy, percentTolerance: 1.5 } };
    expect(result(run(body, undefined, wider), "urbanization-rate-2025").status).toBe("pass");
    const own: Plan = {
      ...wider,
      targets: plan.targets.map((t) =>
        t.id === "urbanization-rate-2025" ? { ...t, toleranceAbsolute: 0.5 } : t,
      ),
    };
    const t = result(run(body, undefined, own), "urbanization-rate-2025");
    expect(t.working?.effectiveTarget).toBe(52.5);
    expect(t.status).toBe("missed");
  });
});

describe("v2: a baseline before the plan window (the 2020 census) is accepted", () => {
  it("47.47% for 2020 (282,518 of 595,159 residents urban) is the baseline, t0 its date", () => {
    expect(Math.round((282518 / 595159) * 10000) / 100).toBe(47.47);
    const r = run({
      "rate.csv": "urbanization-rate,2020,47.47,%,\nurbanization-rate,2025-06,51,%,\n",
    });
    // read and used; with no note saying it is the census, the year is to be checked
    expect(r.findings.map((f) => [f.line, f.code, f.severity, f.args?.baseline])).toEqual([
      [2, "period-before-baseline", "warning", 2023],
    ]);
    const t = result(r, "urbanization-rate-2025");
    expect(t.working?.baseline).toEqual({
      value: 47.47,
      date: "2020-12-31",
      source: "reported-before-start",
    });
    expect(t.working?.t0).toBe("2020-12-31");
    const f = 1642 / 1826; // 2020-12-31 → 2025-06-30 over 2020-12-31 → 2025-12-31
    expect(t.working?.f).toBeCloseTo(f, 12);
    expect(t.working?.A).toBeCloseTo(3.53 / 4.53, 12);
    expect(t.working?.P).toBeCloseTo(3.53 / 4.53 / f, 12);
    expect(t.status).toBe("behind");
  });

  it("the latest figure on or before the start wins: 2023 over the census", () => {
    const r = run({
      "rate.csv":
        "urbanization-rate,2020,47.47,%,\nurbanization-rate,2023,49,%,\nurbanization-rate,2025-06,51,%,\n",
    });
    expect(result(r, "urbanization-rate-2025").working?.t0).toBe("2023-12-31");
  });

  it("ten years before the start is accepted (2014); more than ten years (2013-12) is an error", () => {
    const r = run({
      "rate.csv": "urbanization-rate,2014,40,%,\nurbanization-rate,2013-12,39,%,\n",
    });
    expect(r.findings.map((f) => [f.line, f.code, f.severity, f.args?.earliest])).toEqual([
      [2, "period-before-baseline", "warning", undefined],
      [3, "period-outside-window", "error", "2014-01-01"],
    ]);
    expect(r.observations.map((o) => o.period)).toEqual(["2014"]);
  });
});

describe("v2: a figure revised in a later file supersedes it, with a warning", () => {
  it("the file read later stands; the warning names both values and both files", () => {
    const r = run({
      "统计局-2025-07.csv": "urbanization-rate,2023,48,%,\nurbanization-rate,2025-Q2,50.2,%,\n",
      "统计局-2025-08.csv": "urbanization-rate,2025-06,50.6,%,\n",
    });
    expect(r.rowsInvalid).toBe(0);
    expect(r.findings).toEqual([
      {
        code: "value-revised",
        severity: "warning",
        file: "统计局-2025-08.csv",
        line: 2,
        col: 27,
        column: "value",
        value: "50.6",
        args: {
          firstLine: 3,
          firstFile: "统计局-2025-07.csv",
          firstValue: "50.2%",
          newValue: "50.6%",
        },
      },
    ]);
    const t = result(r, "urbanization-rate-2025");
    expect(t.working?.value).toBe(50.6);
    expect(t.notes).toContainEqual({
      code: "value-revised",
      args: {
        period: "2025-06",
        date: "2025-06-30",
        from: 50.2,
        to: 50.6,
        fromFile: "统计局-2025-07.csv",
        fromLine: 3,
        file: "统计局-2025-08.csv",
        line: 2,
      },
    });
  });

  it("a revised town row changes the sum, and the note names the town", () => {
    const r = run({
      "a.csv": "urban-new-jobs,2025-06,1000,,大田集镇\nurban-new-jobs,2025-06,800,,苟村集镇\n",
      "b.csv": "urban-new-jobs,2025-06,1200,,大田集镇\n",
    });
    const t = result(r, "urban-new-jobs-annual");
    expect(t.working?.value).toBe(2000);
    const note = t.notes.find((n) => n.code === "value-revised");
    expect(note?.args).toMatchObject({
      area: "datianji",
      areaZh: "大田集镇",
      from: 1000,
      to: 1200,
    });
  });

  it("within one file: an identical repeat is a warning, a different value an error", () => {
    const same = run({
      "a.csv": "urbanization-rate,2025,52,%,\nurbanization-rate,2025-12,52,%,\n",
    });
    expect(same.findings.map((f) => [f.code, f.severity])).toEqual([["duplicate-row", "warning"]]);
    const differ = run({
      "a.csv": "urbanization-rate,2025,52,%,\nurbanization-rate,2025-Q4,51,%,\n",
    });
    expect(differ.findings.map((f) => [f.code, f.severity])).toEqual([
      ["conflicting-row", "error"],
    ]);
    expect(result(differ, "urbanization-rate-2025").working?.value).toBe(52);
  });
});

describe("v2: every result shows its working", () => {
  it("v, y*, b, t0, f, A, P, expected, gap and days left hold together", () => {
    const r = run(
      { "rate.csv": "urbanization-rate,2023,48,%,\nurbanization-rate,2025-03,49.5,%,\n" },
      "2025-07-31",
    );
    const t = result(r, "urbanization-rate-2025");
    const w = t.working;
    if (!w || w.f === undefined || w.A === undefined || w.P === undefined) {
      throw new Error("incomplete working");
    }
    const b = w.baseline?.value ?? Number.NaN;
    const y = w.effectiveTarget ?? Number.NaN;
    expect([w.value, w.target, y, b, w.t0, w.valueDate]).toEqual([
      49.5,
      53,
      52,
      48,
      "2023-12-31",
      "2025-03-31",
    ]);
    expect(w.A).toBeCloseTo((49.5 - b) / (y - b), 12);
    expect(w.P).toBeCloseTo(w.A / w.f, 12);
    expect(w.expected).toBeCloseTo(b + w.f * (y - b), 12);
    expect(w.gap).toBeCloseTo(y - 49.5, 12);
    expect(t.daysLeft).toBe(153);
    // t_v (2025-03-31) is more than 3 months before t (2025-07-31): stale, status unchanged
    expect(t.notes.map((n) => n.code)).toContain("stale");
    // A = 1.5/4 = 0.375, f = 456/731: P = 0.6012, just above 0.60
    expect(w.P).toBeCloseTo(0.375 / (456 / 731), 12);
    expect(t.status).toBe("behind");
  });
});
