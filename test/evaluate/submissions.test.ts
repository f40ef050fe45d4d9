/**
 * Submissions (催报): who owes which figure for a month, and when a figure is
 * due (its cadence). The command itself: test/e2e/submissions.test.ts.
 */
import { describe, expect, it } from "vitest";
import { duePeriod, submissions } from "../../src/evaluate/submissions.js";
import { loadPlan } from "../../src/plan/load.js";
import type { Plan } from "../../src/plan/types.js";

const { plan } = await loadPlan();

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
