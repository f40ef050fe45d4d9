import { describe, expect, it } from "vitest";
import { judge, makePlan, makeTarget, noteCodes, obs, obsOn, POLICY } from "./helpers.js";

// increase target: b = 0 at 2024-01-01, T = 2025-12-31 (730 days); at 2024-12-31 f = 0.5
const inc = (value = 1000) => makeTarget({ indicator: "inc", value });

describe("rule 1: no-data", () => {
  it("no value on or before t", () => {
    const r = judge(inc(), [obs("inc", "2025", 900)], "2024-12-31");
    expect(r.status).toBe("no-data");
    expect(r.working).toBeUndefined();
    expect(r.daysLeft).toBe(365);
  });

  it("an indicator the plan lacks is no-data with a note", () => {
    const r = judge(makeTarget({ indicator: "nope" }), [], "2024-12-31");
    expect(r.status).toBe("no-data");
    expect(noteCodes(r)).toEqual(["unknown-indicator"]);
  });
});

describe("pace thresholds (f = 0.5)", () => {
  const at = (v: number) => judge(inc(), [obs("inc", "2024", v)], "2024-12-31");

  it("P = 0.95 exactly → pass (on track); just below → behind", () => {
    const r = at(475);
    expect(r.working?.f).toBe(0.5);
    expect(r.working?.P).toBeCloseTo(0.95, 12);
    expect(r.status).toBe("pass");
    expect(r.detail).toBe("on track");
    expect(at(476).status).toBe("pass");
    expect(at(474.9).status).toBe("behind");
  });

  it("P = 0.60 exactly → behind; just below → at-risk", () => {
    expect(at(300).status).toBe("behind");
    expect(at(300.1).status).toBe("behind");
    expect(at(299.9).status).toBe("at-risk");
  });

  it("thresholds come from the plan's policy", () => {
    const policy = { ...POLICY, passPace: 0.8, behindPace: 0.5 };
    const at2 = (v: number) =>
      judge(inc(), [obs("inc", "2024", v)], "2024-12-31", { policy }).status;
    expect(at2(400)).toBe("pass"); // P = 0.8
    expect(at2(399)).toBe("behind");
    expect(at2(250)).toBe("behind"); // P = 0.5
    expect(at2(249)).toBe("at-risk");
  });
});

describe("rule 2: met", () => {
  it("value equal to the target is met (>=)", () => {
    const r = judge(inc(), [obs("inc", "2024-06", 1000)], "2024-06-30");
    expect(r.status).toBe("pass");
    expect(r.detail).toBe("met");
    expect(r.working?.gap).toBe(0);
  });

  it("value equal to the target is not met for strict >", () => {
    const t = makeTarget({ indicator: "lvl", comparator: ">", value: 100 });
    const r = judge(t, [obs("lvl", "2023", 80), obs("lvl", "2024", 100)], "2024-12-31");
    expect(r.detail).not.toBe("met"); // on pace (A = 1, f ≈ 0.5), but not met
    expect(r.detail).toBe("on track");
    expect(r.working?.gap).toBe(0);
    const atDeadline = judge(t, [obs("lvl", "2023", 80), obs("lvl", "2025", 100)], "2025-12-31");
    expect(atDeadline.status).toBe("missed");
    const above = judge(t, [obs("lvl", "2023", 80), obs("lvl", "2024", 100.5)], "2024-12-31");
    expect(above.status).toBe("pass");
    expect(above.detail).toBe("met");
  });

  it("met wins even after the deadline", () => {
    const r = judge(inc(), [obs("inc", "2025", 1200)], "2026-03-31");
    expect(r.status).toBe("pass");
    expect(r.daysLeft).toBe(-90);
  });
});

describe("rule 3: missed, and the deadline day", () => {
  const lvl = makeTarget({
    indicator: "lvl",
    value: 60,
    baseline: { value: 50, date: "2023-12-31" },
  });

  it("t = T with t_v before T: not missed yet, judged on pace", () => {
    const r = judge(lvl, [obs("lvl", "2025-06", 58)], "2025-12-31");
    expect(r.status).not.toBe("missed");
    expect(r.daysLeft).toBe(0);
  });

  it("t_v = T and not met → missed (f = 1)", () => {
    const r = judge(lvl, [obs("lvl", "2025", 59.9)], "2025-12-31");
    expect(r.status).toBe("missed");
    expect(r.working?.f).toBe(1);
    expect(r.daysLeft).toBe(0);
  });

  it("t one day after T → missed, daysLeft negative", () => {
    const r = judge(lvl, [obs("lvl", "2025-06", 59.9)], "2026-01-01");
    expect(r.status).toBe("missed");
    expect(r.daysLeft).toBe(-1);
  });
});

describe("rule 5: one data point and no baseline (v3: no-data · needs-baseline)", () => {
  it("a level with a single observation and no plan baseline → no-data · needs-baseline", () => {
    const t = makeTarget({ indicator: "lvl", value: 60 });
    const r = judge(t, [obs("lvl", "2024", 57)], "2024-12-31");
    expect(r.status).toBe("no-data");
    expect(r.detail).toBe("needs-baseline");
    expect(r.working?.value).toBe(57);
    expect(noteCodes(r)).toEqual(["needs-baseline"]);
    expect(r.working?.baseline).toBeUndefined();
    expect(r.working?.f).toBeUndefined();
  });

  it("a single observation at or before the plan's start is no baseline either", () => {
    const t = makeTarget({ indicator: "lvl", value: 60 });
    const r = judge(t, [obs("lvl", "2023", 57)], "2023-12-31");
    expect(r.status).toBe("no-data");
    expect(r.detail).toBe("needs-baseline");
    expect(noteCodes(r)).toEqual(["needs-baseline"]);
  });

  it("an increase target needs no second point (b = 0 at the start)", () => {
    const r = judge(inc(), [obs("inc", "2024", 500)], "2024-12-31");
    expect(noteCodes(r)).toEqual([]);
    expect(r.working?.baseline?.source).toBe("plan-start");
  });

  it("the earliest value serves as baseline when nothing precedes the start", () => {
    const t = makeTarget({ indicator: "lvl", value: 60 });
    const r = judge(t, [obs("lvl", "2024-06", 50), obs("lvl", "2025-06", 56)], "2025-06-30");
    expect(r.working?.baseline).toEqual({ value: 50, date: "2024-06-30", source: "earliest" });
  });
});

describe("rule 6 and the guarded divisions", () => {
  it("A < 0 (worse than the baseline) → at-risk", () => {
    const t = makeTarget({ indicator: "lvl", value: 60 });
    const r = judge(t, [obs("lvl", "2023", 50), obs("lvl", "2024", 49)], "2024-12-31");
    expect(r.working?.A).toBeLessThan(0);
    expect(r.status).toBe("at-risk");
    expect(noteCodes(r)).toEqual(["worse-than-baseline"]);
  });

  it("A = 0 (no progress) with time elapsed → at-risk via P = 0", () => {
    const t = makeTarget({ indicator: "lvl", value: 60 });
    const r = judge(t, [obs("lvl", "2023", 50), obs("lvl", "2024", 50)], "2024-12-31");
    expect(r.working?.P).toBe(0);
    expect(r.status).toBe("at-risk");
    expect(noteCodes(r)).toEqual([]);
  });

  it("baseline equal to the target, value below it → at-risk (worse than the baseline)", () => {
    const t = makeTarget({
      indicator: "lvl",
      value: 60,
      baseline: { value: 60, date: "2023-12-31" },
    });
    const r = judge(t, [obs("lvl", "2024", 58)], "2024-12-31");
    expect(r.working?.A).toBeUndefined();
    expect(r.status).toBe("at-risk");
  });

  it("baseline equal to a strict > target, value still equal → behind, pace not assessable", () => {
    const t = makeTarget({
      indicator: "lvl",
      comparator: ">",
      value: 100,
      baseline: { value: 100, date: "2023-12-31" },
    });
    const r = judge(t, [obs("lvl", "2024", 100)], "2024-12-31");
    expect(r.status).toBe("behind");
    expect(r.notes).toEqual([
      { code: "pace-not-assessable", args: { reason: "baseline-equals-target" } },
    ]);
  });

  it("baseline already past the target, value slipped back → at-risk", () => {
    const t = makeTarget({
      indicator: "lvl",
      value: 60,
      baseline: { value: 65, date: "2023-12-31" },
    });
    expect(judge(t, [obs("lvl", "2024", 58)], "2024-12-31").status).toBe("at-risk");
  });

  it("f = 0 with a distinct baseline → behind, pace not assessable", () => {
    const t = makeTarget({
      indicator: "lvl",
      value: 60,
      baseline: { value: 50, date: "2024-12-31" },
    });
    const r = judge(t, [obs("lvl", "2024", 55)], "2024-12-31");
    expect(r.working?.f).toBe(0);
    expect(r.working?.P).toBeUndefined();
    expect(r.status).toBe("behind");
    expect(r.notes).toEqual([{ code: "pace-not-assessable", args: { reason: "no-time-elapsed" } }]);
  });

  it("f = 0 but met → pass", () => {
    const t = makeTarget({
      indicator: "lvl",
      value: 60,
      baseline: { value: 50, date: "2024-12-31" },
    });
    expect(judge(t, [obs("lvl", "2024", 61)], "2024-12-31").detail).toBe("met");
  });
});

describe("≈ targets", () => {
  const approx = (tolerance?: number) =>
    makeTarget({
      indicator: "lvl",
      comparator: "~",
      value: 150,
      ...(tolerance ? { tolerance } : {}),
    });
  const data = (v: number) => [obs("lvl", "2023", 100), obs("lvl", "2025-06", v)];

  it("just inside y*(1−τ) is met, just outside is not", () => {
    const inside = judge(approx(), data(142.5), "2025-06-30");
    expect(inside.status).toBe("pass");
    expect(inside.detail).toBe("met");
    expect(inside.working?.effectiveTarget).toBeCloseTo(142.5, 9);
    expect(judge(approx(), data(142.4), "2025-06-30").detail).not.toBe("met");
  });

  it("the target's tolerance overrides the policy's", () => {
    expect(judge(approx(0.1), data(135), "2025-06-30").detail).toBe("met");
    expect(judge(approx(0.1), data(134.9), "2025-06-30").detail).not.toBe("met");
    const policy = { ...POLICY, tolerance: 0.2 };
    expect(judge(approx(), data(120), "2025-06-30", { policy }).detail).toBe("met");
  });

  it("A and P are measured against the effective target", () => {
    const r = judge(approx(), data(130), "2025-06-30");
    expect(r.working?.A).toBeCloseTo(30 / 42.5, 9);
  });
});

describe("eliminate", () => {
  const elim = makeTarget({ indicator: "elim", comparator: "<=", value: 0 });

  it("reaching 0 is met", () => {
    const r = judge(elim, [obs("elim", "2023", 40), obs("elim", "2025-03", 0)], "2025-03-31");
    expect(r.status).toBe("pass");
    expect(r.detail).toBe("met");
    expect(r.kind).toBe("eliminate");
    expect(r.working?.direction).toBe(-1);
  });

  it("rising above the baseline is at-risk", () => {
    const r = judge(elim, [obs("elim", "2023", 40), obs("elim", "2024", 45)], "2024-12-31");
    expect(r.status).toBe("at-risk");
  });

  it("not yet 0 at the deadline → missed", () => {
    const r = judge(elim, [obs("elim", "2023", 40), obs("elim", "2025", 1)], "2025-12-31");
    expect(r.status).toBe("missed");
    expect(r.working?.gap).toBe(1);
  });
});

describe("coverage", () => {
  it("is judged as a level", () => {
    const t = makeTarget({ indicator: "cov", value: 100, unit: "%" });
    const r = judge(t, [obs("cov", "2023", 80), obs("cov", "2025", 100)], "2025-12-31");
    expect(r.kind).toBe("coverage");
    expect(r.detail).toBe("met");
  });
});

describe("annual targets", () => {
  const ann = makeTarget({ indicator: "ann", value: 1000, cadence: "annual" });

  it("judges the year of t on its latest YTD value, f = months / 12", () => {
    const r = judge(ann, [obs("ann", "2025-03", 250)], "2025-03-31");
    expect(r.working?.year).toBe(2025);
    expect(r.working?.f).toBe(0.25);
    expect(r.working?.baseline).toEqual({ value: 0, date: "2025-01-01", source: "year-start" });
    expect(r.working?.deadline).toBe("2025-12-31");
    expect(r.working?.P).toBe(1);
    expect(r.status).toBe("pass");
    expect(r.detail).toBe("on track");
  });

  it("earlier years go to the history, judged on their last YTD value", () => {
    const r = judge(
      ann,
      [
        obs("ann", "2023", 2000), // before the plan: not in the history
        obs("ann", "2024-06", 1100), // met by mid-year, but the year's last value counts
        obs("ann", "2024-09", 990),
        obs("ann", "2025-03", 300),
      ],
      "2025-03-31",
    );
    expect(r.history).toEqual([{ year: 2024, value: 990, status: "missed", period: "2024-09" }]);
    expect(r.status).toBe("pass");
  });

  it("no value in the year of t → no-data, history still shown", () => {
    const r = judge(ann, [obs("ann", "2024", 1000)], "2025-03-31");
    expect(r.status).toBe("no-data");
    expect(r.history).toEqual([{ year: 2024, value: 1000, status: "pass", period: "2024" }]);
    expect(r.daysLeft).toBe(275);
  });

  it("a full-year figure below target is missed", () => {
    const r = judge(ann, [obs("ann", "2024", 990)], "2024-12-31");
    expect(r.status).toBe("missed");
  });

  it("after the deadline's year the last year stays judged", () => {
    const r = judge(ann, [obs("ann", "2025-09", 900)], "2026-03-31");
    expect(r.working?.year).toBe(2025);
    expect(r.status).toBe("missed");
    expect(noteCodes(r)).toContain("stale");
  });

  it("an annual target on an increase indicator still starts at 0 on 1 January", () => {
    const t = makeTarget({ indicator: "inc", value: 1000, cadence: "annual" });
    const r = judge(t, [obs("inc", "2025-06", 500)], "2025-06-30");
    expect(r.kind).toBe("annual");
    expect(r.working?.baseline?.source).toBe("year-start");
    expect(r.working?.f).toBe(0.5);
  });

  it("an annual ≈ target uses the effective target", () => {
    const t = makeTarget({ indicator: "ann", comparator: "~", value: 150, cadence: "annual" });
    expect(judge(t, [obs("ann", "2025-11", 143)], "2025-11-30").detail).toBe("met");
  });
});

describe("milestones (t0 = 2024-01-01, T = 2024-04-10: 100 days)", () => {
  const ms = makeTarget({
    indicator: "ms",
    comparator: "=",
    value: "done",
    unit: "state",
    deadline: "2024-04-10",
  });
  const at = (date: string, state: "not_started" | "in_progress" | "done") =>
    judge(ms, [obsOn("ms", date, state)], date);

  it("not_started: behind at f = 0.49, at-risk at f = 0.5 and 0.51", () => {
    expect(at("2024-02-19", "not_started").working?.f).toBe(0.49);
    expect(at("2024-02-19", "not_started").status).toBe("behind");
    expect(at("2024-02-20", "not_started").status).toBe("at-risk");
    expect(at("2024-02-21", "not_started").status).toBe("at-risk");
  });

  it("in_progress: pass at f = 0.74, behind at f = 0.75 and 0.76", () => {
    const r = at("2024-03-15", "in_progress");
    expect(r.working?.f).toBe(0.74);
    expect(r.status).toBe("pass");
    expect(r.detail).toBe("on track");
    expect(at("2024-03-16", "in_progress").status).toBe("behind");
    expect(at("2024-03-17", "in_progress").status).toBe("behind");
  });

  it("done → pass (met); not done at or after T → missed", () => {
    expect(at("2024-03-16", "done").detail).toBe("met");
    expect(at("2024-04-10", "in_progress").status).toBe("missed");
    expect(judge(ms, [obsOn("ms", "2024-03-01", "in_progress")], "2024-04-11").status).toBe(
      "missed",
    );
  });

  it("accepts the Chinese state names", () => {
    expect(at("2024-03-16", "已完成" as "done").detail).toBe("met");
  });
});

describe("staleness", () => {
  const lvl = makeTarget({ indicator: "lvl", value: 60 });
  const data = (period: string) => [obs("lvl", "2023", 50), obs("lvl", period, 55)];

  it("exactly 3 months before t is not stale; more is", () => {
    expect(noteCodes(judge(lvl, data("2025-03"), "2025-06-30"))).not.toContain("stale");
    const stale = judge(lvl, data("2025-02"), "2025-06-30");
    expect(noteCodes(stale)).toContain("stale");
    expect(stale.notes.find((n) => n.code === "stale")?.args).toMatchObject({ months: 4 });
  });

  it("does not change the status", () => {
    const a = judge(lvl, data("2025-02"), "2025-02-28");
    const b = judge(lvl, data("2025-02"), "2025-06-30");
    expect(b.status).toBe(a.status);
  });

  it("the limit comes from the policy", () => {
    const policy = { ...POLICY, staleMonths: 1 };
    expect(noteCodes(judge(lvl, data("2025-04"), "2025-06-30", { policy }))).toContain("stale");
  });
});

describe("per-area targets", () => {
  const two = makeTarget({
    indicator: "pop",
    value: 2,
    unit: "个",
    perArea: { comparator: ">=", value: 30000, unit: "人" },
  });

  it("counts the areas whose latest value meets the threshold", () => {
    const r = judge(
      two,
      [
        obs("pop", "2023", 29000, "a1"),
        obs("pop", "2023", 26000, "a2"),
        obs("pop", "2025-06", 30000, "a1"),
        obs("pop", "2025-06", 30100, "a2"),
        obs("pop", "2025-09", 40000, "a3"), // after t: ignored
      ],
      "2025-06-30",
    );
    expect(r.working?.value).toBe(2);
    expect(r.working?.areasMeeting).toEqual(["a1", "a2"]);
    expect(r.status).toBe("pass");
    expect(r.detail).toBe("met");
    expect(r.working?.areas?.map((a) => a.area)).toEqual(["a1", "a2"]);
  });

  it("an area's older value still counts at later dates", () => {
    const r = judge(
      two,
      [obs("pop", "2024", 31000, "a1"), obs("pop", "2025-06", 30500, "a2")],
      "2025-06-30",
    );
    expect(r.working?.areasMeeting).toEqual(["a1", "a2"]);
  });

  it("no area rows → no-data; deadline passed short → missed", () => {
    expect(judge(two, [], "2025-06-30").status).toBe("no-data");
    const r = judge(
      two,
      [obs("pop", "2023", 29000, "a1"), obs("pop", "2025", 31000, "a1")],
      "2025-12-31",
    );
    expect(r.status).toBe("missed");
    expect(r.working?.areasMeeting).toEqual(["a1"]);
  });

  it("counts only the kinds of area the target names (measure 9: towns, not subdistricts)", () => {
    const towns = {
      ...two,
      perArea: { ...two.perArea, areaTypes: ["town" as const] },
    } as typeof two;
    const areas = [
      ...makePlan().areas,
      { id: "s1", name: "东街道", en: "East", type: "street" as const, aliases: [] },
    ];
    const data = [obs("pop", "2025-06", 65000, "s1"), obs("pop", "2025-06", 31000, "a1")];
    const r = judge(towns, data, "2025-06-30", { areas });
    expect(r.working?.areasMeeting).toEqual(["a1"]);
    expect(r.working?.value).toBe(1);
    expect(judge(two, data, "2025-06-30", { areas }).working?.value).toBe(2);
  });

  it("no progress in the count with time elapsed → at-risk", () => {
    const one = {
      ...two,
      value: 1,
      perArea: { comparator: ">=" as const, value: 60000, unit: "人" },
    };
    const r = judge(
      one,
      [obs("pop", "2023", 50000, "a1"), obs("pop", "2024", 55000, "a1")],
      "2024-12-31",
    );
    expect(r.working?.value).toBe(0);
    expect(r.status).toBe("at-risk");
  });
});
