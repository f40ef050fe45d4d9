import { describe, expect, it } from "vitest";
import type { SeriesPoint } from "../../src/evaluate/history.js";
import {
  chooseBaseline,
  classifyPace,
  comparison,
  direction,
  distinctBaseline,
  expectedValue,
  gapClosed,
  gapToTarget,
  isMet,
  isStale,
  milestoneMet,
  milestoneStatus,
  paceRatio,
  shareOfTime,
  shareOfYear,
  staleNote,
} from "../../src/evaluate/rules.js";
import { POLICY } from "./helpers.js";

const pt = (date: string, value: number): SeriesPoint => ({
  period: date.slice(0, 4),
  date,
  value,
});

describe("comparison and the met-test", () => {
  it("has d = +1 for >=, >, ~ and d = −1 for <=", () => {
    expect(direction(">=")).toBe(1);
    expect(direction(">")).toBe(1);
    expect(direction("~")).toBe(1);
    expect(direction("<=")).toBe(-1);
  });

  it(">=: equal is met, just below is not", () => {
    const c = comparison(">=", 60);
    expect(isMet(c, 60)).toBe(true);
    expect(isMet(c, 59.999)).toBe(false);
  });

  it(">: equal is not met, just above is", () => {
    const c = comparison(">", 100);
    expect(c.strict).toBe(true);
    expect(isMet(c, 100)).toBe(false);
    expect(isMet(c, 100.001)).toBe(true);
  });

  it("<=: equal is met, just above is not", () => {
    const c = comparison("<=", 0);
    expect(isMet(c, 0)).toBe(true);
    expect(isMet(c, 0.001)).toBe(false);
  });

  it("~: the effective target is y*(1−τ)", () => {
    const c = comparison("~", 150, 0.05);
    expect(c.effective).toBeCloseTo(142.5, 12);
    expect(isMet(c, 142.5)).toBe(true); // despite 150 × 0.95 = 142.49999999999997
    expect(isMet(c, 142.49)).toBe(false);
    expect(comparison(">=", 150, 0.05).effective).toBe(150);
  });

  it("gap = d·(y_eff − v)", () => {
    expect(gapToTarget(comparison(">=", 60), 57)).toBe(3);
    expect(gapToTarget(comparison("<=", 0), 12)).toBe(12);
    expect(gapToTarget(comparison("~", 200, 0.05), 192)).toBeCloseTo(-2, 9);
  });
});

describe("baseline order", () => {
  const planStart = "2024-01-01";
  const points = [pt("2022-12-31", 40), pt("2023-12-31", 45), pt("2024-12-31", 50)];

  it("1: the plan's baseline wins", () => {
    const b = chooseBaseline({
      planBaseline: { value: 30, date: "2023-12-31" },
      increase: true,
      annualYear: 2025,
      planStart,
      points,
    });
    expect(b).toEqual({ value: 30, date: "2023-12-31", source: "plan" });
  });

  it("a baseline read from the point that gives v is none; another point's, or a plan's, stands", () => {
    const latest = pt("2024-12-31", 50);
    const fromLatest = { value: 50, date: latest.date, source: "earliest" as const, point: latest };
    expect(distinctBaseline(fromLatest, latest)).toBeUndefined();
    const earlier = chooseBaseline({ planStart, points });
    expect(distinctBaseline(earlier, latest)).toBe(earlier);
    const plan = { value: 30, date: "2024-12-31", source: "plan" as const };
    expect(distinctBaseline(plan, latest)).toBe(plan);
    expect(distinctBaseline(undefined, latest)).toBeUndefined();
  });

  it("2: increase → 0 at the plan's start", () => {
    const b = chooseBaseline({ increase: true, annualYear: 2025, planStart, points });
    expect(b).toEqual({ value: 0, date: "2024-01-01", source: "plan-start" });
  });

  it("3: annual → 0 at 1 January of the year judged", () => {
    const b = chooseBaseline({ annualYear: 2025, planStart, points });
    expect(b).toEqual({ value: 0, date: "2025-01-01", source: "year-start" });
  });

  it("4: the latest reported value on or before the plan's start", () => {
    const b = chooseBaseline({ planStart, points });
    expect(b?.value).toBe(45);
    expect(b?.date).toBe("2023-12-31");
    expect(b?.source).toBe("reported-before-start");
    // a row dated the start day itself counts
    const onStart = chooseBaseline({
      planStart,
      points: [pt("2024-01-01", 7), pt("2024-06-30", 9)],
    });
    expect(onStart?.source).toBe("reported-before-start");
  });

  it("5: otherwise the earliest reported value", () => {
    const b = chooseBaseline({ planStart, points: [pt("2024-06-30", 48), pt("2024-12-31", 50)] });
    expect(b).toMatchObject({ value: 48, date: "2024-06-30", source: "earliest" });
    expect(chooseBaseline({ planStart, points: [] })).toBeUndefined();
  });
});

describe("f, A, P", () => {
  it("f is the share of time elapsed, clamped to [0, 1]", () => {
    expect(shareOfTime("2024-12-31", "2024-01-01", "2025-12-31")).toBe(0.5);
    expect(shareOfTime("2024-01-01", "2024-01-01", "2025-12-31")).toBe(0);
    expect(shareOfTime("2023-06-30", "2024-01-01", "2025-12-31")).toBe(0);
    expect(shareOfTime("2025-12-31", "2024-01-01", "2025-12-31")).toBe(1);
    expect(shareOfTime("2026-03-31", "2024-01-01", "2025-12-31")).toBe(1);
    expect(shareOfTime("2024-06-30", "2025-01-01", "2024-12-31")).toBe(0);
  });

  it("annual f is months elapsed / 12", () => {
    expect(shareOfYear("2025-03-31")).toBe(0.25);
    expect(shareOfYear("2025-12-31")).toBe(1);
  });

  it("A and P, with the divisions guarded", () => {
    expect(gapClosed(57, 55, 60)).toBeCloseTo(0.4, 12);
    expect(gapClosed(12, 40, 0)).toBeCloseTo(0.7, 12);
    expect(gapClosed(100, 100, 100)).toBeUndefined();
    expect(paceRatio(0.4, 0.5)).toBeCloseTo(0.8, 12);
    expect(paceRatio(0.4, 0)).toBeUndefined();
    expect(paceRatio(undefined, 0.5)).toBeUndefined();
    expect(expectedValue(55, 0.5, 60)).toBe(57.5);
  });

  it("classifies P at the policy's thresholds", () => {
    expect(classifyPace(0.95, POLICY)).toBe("pass");
    expect(classifyPace(0.9499, POLICY)).toBe("behind");
    expect(classifyPace(0.6, POLICY)).toBe("behind");
    expect(classifyPace(0.5999, POLICY)).toBe("at-risk");
    expect(classifyPace(-1, POLICY)).toBe("at-risk");
    const custom = { ...POLICY, passPace: 0.8, behindPace: 0.5 };
    expect(classifyPace(0.8, custom)).toBe("pass");
    expect(classifyPace(0.79, custom)).toBe("behind");
    expect(classifyPace(0.5, custom)).toBe("behind");
    expect(classifyPace(0.49, custom)).toBe("at-risk");
  });
});

describe("milestones", () => {
  it("in_progress: pass while f < 0.75, else behind", () => {
    expect(milestoneStatus("in_progress", 0.7499)).toBe("pass");
    expect(milestoneStatus("in_progress", 0.75)).toBe("behind");
  });

  it("not_started: behind while f < 0.5, else at-risk", () => {
    expect(milestoneStatus("not_started", 0.4999)).toBe("behind");
    expect(milestoneStatus("not_started", 0.5)).toBe("at-risk");
  });

  it("done passes; met once the target state is reached", () => {
    expect(milestoneStatus("done", 0.99)).toBe("pass");
    expect(milestoneMet("done", "done")).toBe(true);
    expect(milestoneMet("in_progress", "done")).toBe(false);
    expect(milestoneMet("done", "in_progress")).toBe(true);
  });
});

describe("staleness", () => {
  it("is stale only more than N months before t", () => {
    expect(isStale("2025-03-31", "2025-06-30", 3)).toBe(false);
    expect(isStale("2025-03-30", "2025-06-30", 3)).toBe(true);
    expect(isStale("2025-02-28", "2025-06-30", 3)).toBe(true);
    expect(staleNote("2025-02-28", "2025-06-30", 3)).toEqual({
      code: "stale",
      args: { valueDate: "2025-02-28", asOf: "2025-06-30", months: 4, limit: 3 },
    });
    expect(staleNote("2025-03-31", "2025-06-30", 3)).toBeUndefined();
  });
});
