import { describe, expect, it } from "vitest";
import { evaluate, fails, resolveAsOf } from "../../src/evaluate/check.js";
import type { FailOn, Status } from "../../src/evaluate/types.js";
import { atOrAbove, worst } from "../../src/vocabulary.js";
import { check, makePlan, makeTarget, obs } from "./helpers.js";

describe("worst", () => {
  it("worst wins; no-data stands apart", () => {
    expect(worst(["pass", "behind", "at-risk"])).toBe("at-risk");
    expect(worst(["missed", "pass"])).toBe("missed");
    expect(worst(["pass", "no-data"])).toBe("pass");
    expect(worst(["no-data", "no-data"])).toBe("no-data");
    expect(worst([])).toBe("pass");
  });
});

describe("atOrAbove / fails", () => {
  const all: Status[] = ["pass", "behind", "at-risk", "missed", "no-data"];
  const failing = (failOn: FailOn) => all.filter((s) => atOrAbove(s, failOn));

  it("behind / at-risk / missed: that severe or worse; no-data does not fail", () => {
    expect(failing("behind")).toEqual(["behind", "at-risk", "missed"]);
    expect(failing("at-risk")).toEqual(["at-risk", "missed"]);
    expect(failing("missed")).toEqual(["missed"]);
  });

  it("no-data is the strictest: everything but pass fails", () => {
    expect(failing("no-data")).toEqual(["behind", "at-risk", "missed", "no-data"]);
  });

  it("never: nothing fails", () => {
    expect(failing("never")).toEqual([]);
    expect(fails([{ status: "missed" }], "never")).toBe(false);
    expect(fails([{ status: "pass" }, { status: "no-data" }], "missed")).toBe(false);
    expect(fails([{ status: "pass" }, { status: "no-data" }], "no-data")).toBe(true);
  });
});

describe("as-of date", () => {
  const plan = makePlan();

  it("defaults to the latest observation date", () => {
    expect(resolveAsOf(plan, [obs("lvl", "2024", 1), obs("inc", "2025-Q1", 2)])).toEqual({
      asOf: "2025-03-31",
      source: "data",
    });
  });

  it("takes the option, a period meaning its last day", () => {
    expect(resolveAsOf(plan, [], "2025-06")).toEqual({ asOf: "2025-06-30", source: "option" });
    expect(resolveAsOf(plan, [], "2025-05-20").asOf).toBe("2025-05-20");
  });

  it("with no data at all, the plan's start", () => {
    const r = evaluate(makePlan({ targets: [makeTarget({ indicator: "lvl" })] }), []);
    expect(r.asOf).toBe("2024-01-01");
    expect(r.asOfSource).toBe("plan-start");
    expect(r.results[0]?.status).toBe("no-data");
    expect(r.results[0]?.daysLeft).toBe(730);
  });
});

describe("evaluate: roll-ups", () => {
  const targets = [
    makeTarget({ id: "m1-pass", indicator: "inc", value: 100, measure: 1, section: "一" }),
    makeTarget({ id: "m1-nodata", indicator: "lvl", value: 100, measure: 1, section: "一" }),
    makeTarget({
      id: "m2-missed",
      indicator: "elim",
      comparator: "<=",
      value: 0,
      measure: 2,
      section: "二",
    }),
    makeTarget({ id: "m2-nodata", indicator: "cov", value: 100, measure: 2, section: "二" }),
    makeTarget({
      id: "head",
      indicator: "ann",
      value: 10,
      measure: null,
      section: "一",
      cadence: "annual",
    }),
  ];
  const data = [obs("inc", "2025", 150), obs("elim", "2025", 3), obs("ann", "2025", 8)];
  const r = check(targets, data);

  it("one result per target, in the plan's order, as of the latest data", () => {
    expect(r.asOf).toBe("2025-12-31");
    expect(r.results.map((x) => [x.target.id, x.status])).toEqual([
      ["m1-pass", "pass"],
      ["m1-nodata", "no-data"],
      ["m2-missed", "missed"],
      ["m2-nodata", "no-data"],
      ["head", "missed"],
    ]);
    expect(r.summary).toEqual({ pass: 1, behind: 0, "at-risk": 0, missed: 2, "no-data": 2 });
    expect(r.worst).toBe("missed");
  });

  it("by measure: worst wins, no-data apart; headline targets have no measure", () => {
    expect(
      r.byMeasure.map((m) => [m.number, m.status, m.counts.pass, m.counts["no-data"]]),
    ).toEqual([
      [1, "pass", 1, 1],
      [2, "missed", 0, 1],
    ]);
    const onlyNoData = check([targets[1] as (typeof targets)[number]], data);
    expect(onlyNoData.byMeasure[0]?.status).toBe("no-data");
  });

  it("by unit: owned targets first, then those it only shares, with roles", () => {
    expect(r.byUnit.map((u) => u.unit.id)).toEqual(["u1", "u2"]);
    const u2 = r.byUnit[1];
    // measure 1's lead (u1) owns its targets; u2 only shares them; u2 is measure 2's sole unit
    expect(u2?.targets.map((t) => [t.id, t.role, t.owns])).toEqual([
      ["m2-missed", "sole", true],
      ["m2-nodata", "sole", true],
      ["m1-pass", "shared", false],
      ["m1-nodata", "shared", false],
    ]);
    expect(u2?.summary).toEqual({ pass: 0, behind: 0, "at-risk": 0, missed: 1, "no-data": 1 });
    expect(u2?.worst).toBe("missed");
    expect(r.byUnit[0]?.worst).toBe("pass");
    expect(r.byUnit[0]?.summary["no-data"]).toBe(1);
    expect(r.byUnit.flatMap((u) => u.targets.map((t) => t.id))).not.toContain("head");
  });

  it("by section: headline targets included", () => {
    expect(r.bySection.map((s) => [s.numeral, s.targets, s.status])).toEqual([
      ["一", ["m1-pass", "m1-nodata", "head"], "missed"],
      ["二", ["m2-missed", "m2-nodata"], "missed"],
    ]);
    expect(r.bySection[0]?.title?.en).toBe("One");
  });

  it("is pure: the same inputs give the same result", () => {
    expect(check(targets, data)).toEqual(r);
  });
});
