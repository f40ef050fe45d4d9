import { describe, expect, it } from "vitest";
import { buildHistories, latestOnOrBefore } from "../../src/evaluate/history.js";
import { judge, makePlan, makeTarget, noteCodes, obs } from "./helpers.js";

describe("buildHistories", () => {
  const plan = makePlan();

  it("sorts the county series by date", () => {
    const h = buildHistories(plan, [
      obs("lvl", "2025", 3),
      obs("lvl", "2023", 1),
      obs("lvl", "2024-Q2", 2),
    ]);
    expect(h.get("lvl")?.county.map((p) => p.period)).toEqual(["2023", "2024-Q2", "2025"]);
  });

  it("sums town rows when there is no county row (rollup sum)", () => {
    const h = buildHistories(plan, [
      obs("lvl", "2024", 10, "a1"),
      obs("lvl", "2024", 20, "a2"),
      obs("lvl", "2024", 5, "a3"),
    ]);
    const county = h.get("lvl")?.county ?? [];
    expect(county).toEqual([
      { period: "2024", date: "2024-12-31", value: 35, rolledUp: { areas: ["a1", "a2", "a3"] } },
    ]);
    expect(h.get("lvl")?.areas.get("a2")?.[0]?.value).toBe(20);
  });

  it("prefers the county row over the sum", () => {
    const h = buildHistories(plan, [
      obs("lvl", "2024", 10, "a1"),
      obs("lvl", "2024", 20, "a2"),
      obs("lvl", "2024", 33),
    ]);
    expect(h.get("lvl")?.county).toEqual([{ period: "2024", date: "2024-12-31", value: 33 }]);
  });

  it("does not sum when the rollup is none, nor milestone states", () => {
    const h = buildHistories(plan, [
      obs("lvl-none", "2024", 10, "a1"),
      obs("ms", "2024", "done", "a1"),
    ]);
    expect(h.get("lvl-none")?.county).toEqual([]);
    expect(h.get("lvl-none")?.areas.get("a1")).toHaveLength(1);
    expect(h.get("ms")?.county).toEqual([]);
  });

  it("keys points by observation date, not label: the last row for a date wins; a county row over a sum", () => {
    const h = buildHistories(plan, [
      obs("lvl", "2024-12", 11),
      obs("lvl", "2024", 12),
      obs("lvl", "2024-Q4", 13),
      obs("lvl", "2025-Q1", 1, "a1"),
      obs("lvl", "2025-03", 2),
    ]);
    expect(h.get("lvl")?.county.map((p) => [p.period, p.date, p.value])).toEqual([
      ["2024-Q4", "2024-12-31", 13],
      ["2025-03", "2025-03-31", 2],
    ]);
  });

  it("sums area rows by observation date whatever their labels (v2): 2025 and 2025-12 add up", () => {
    const h = buildHistories(plan, [
      obs("lvl", "2025", 2000, "a1"),
      obs("lvl", "2025-12", 2700, "a2"),
      obs("lvl", "2024-Q3", 10, "a1"),
      obs("lvl", "2024-09", 1090, "a2"),
    ]);
    expect(h.get("lvl")?.county).toEqual([
      { period: "2024-Q3", date: "2024-09-30", value: 1100, rolledUp: { areas: ["a1", "a2"] } },
      { period: "2025", date: "2025-12-31", value: 4700, rolledUp: { areas: ["a1", "a2"] } },
    ]);
    expect(
      h
        .get("lvl")
        ?.areas.get("a2")
        ?.map((p) => p.period),
    ).toEqual(["2024-09", "2025-12"]);
  });

  it("does not carry an area forward from an earlier date", () => {
    const h = buildHistories(plan, [
      obs("lvl", "2025-06", 100, "a1"),
      obs("lvl", "2025-06", 50, "a2"),
      obs("lvl", "2025-09", 120, "a1"),
    ]);
    expect(h.get("lvl")?.county.map((p) => [p.date, p.value, p.rolledUp?.areas])).toEqual([
      ["2025-06-30", 150, ["a1", "a2"]],
      ["2025-09-30", 120, ["a1"]],
    ]);
  });

  it("keeps the revisions the data layer marked, in the order read", () => {
    const h = buildHistories(plan, [
      { ...obs("lvl", "2025-Q2", 10), file: "a.csv", line: 2 },
      {
        ...obs("lvl", "2025-06", 12),
        file: "b.csv",
        line: 5,
        revises: { value: 10, file: "a.csv", line: 2 },
      },
    ]);
    expect(h.get("lvl")?.county.map((p) => p.value)).toEqual([12]);
    expect(h.get("lvl")?.revisions).toEqual([
      {
        indicator: "lvl",
        area: null,
        date: "2025-06-30",
        period: "2025-06",
        from: 10,
        fromFile: "a.csv",
        fromLine: 2,
        to: 12,
        file: "b.csv",
        line: 5,
      },
    ]);
  });

  it("the last of duplicate rows wins; unknown indicators and wrong types are skipped", () => {
    const h = buildHistories(plan, [
      obs("lvl", "2024", 1),
      obs("lvl", "2024", 2),
      obs("zzz", "2024", 3),
      obs("lvl", "2025", "done"),
      obs("ms", "2025", 4),
    ]);
    expect(h.get("lvl")?.county.map((p) => p.value)).toEqual([2]);
    expect(h.has("zzz")).toBe(false);
    expect(h.get("ms")?.county).toEqual([]);
  });

  it("latestOnOrBefore", () => {
    const h = buildHistories(plan, [obs("lvl", "2024", 1), obs("lvl", "2025", 2)]);
    const c = h.get("lvl")?.county ?? [];
    expect(latestOnOrBefore(c, "2025-06-30")?.value).toBe(1);
    expect(latestOnOrBefore(c, "2025-12-31")?.value).toBe(2);
    expect(latestOnOrBefore(c, "2024-12-30")).toBeUndefined();
  });
});

describe("rolled-up values in results", () => {
  it("a summed county figure carries a rolled-up note", () => {
    const t = makeTarget({ indicator: "lvl", value: 100 });
    const r = judge(
      t,
      [obs("lvl", "2023", 50), obs("lvl", "2024", 30, "a1"), obs("lvl", "2024", 40, "a2")],
      "2024-12-31",
    );
    expect(r.working?.value).toBe(70);
    expect(r.notes).toEqual([
      { code: "rolled-up", args: { which: "value", period: "2024", areas: 2, of: 3 } },
    ]);
  });

  it("a summed baseline is noted too", () => {
    const t = makeTarget({ indicator: "lvl", value: 100 });
    const r = judge(t, [obs("lvl", "2023", 50, "a1"), obs("lvl", "2024", 70)], "2024-12-31");
    expect(noteCodes(r)).toEqual(["rolled-up"]);
    expect(r.notes[0]?.args?.which).toBe("baseline");
  });
});
