/** The template's period list: the baseline year and the window (calendar.ts periodWindow), month, quarter, year. */
import { describe, expect, it } from "vitest";
import { periodChoices } from "../../src/format/xlsx/template.js";
import { loadPlan } from "../../src/plan/load.js";
import type { Plan } from "../../src/plan/types.js";

describe("periodChoices", () => {
  it("2023 (the baseline year) to 2025 for the 2024–2025 plan: 36 months, 12 quarters, 3 years", async () => {
    const { plan } = await loadPlan();
    const list = periodChoices(plan);
    expect(list).toHaveLength(51);
    expect(list.slice(0, 2)).toEqual(["2023-01", "2023-02"]);
    expect(list.slice(35, 38)).toEqual(["2025-12", "2023-Q1", "2023-Q2"]);
    expect(list.slice(-4)).toEqual(["2025-Q4", "2023", "2024", "2025"]);
  });

  it("a window ending mid-year lists its months up to the end, and every quarter of its years", async () => {
    const { plan } = await loadPlan();
    const mid: Plan = {
      ...plan,
      plan: { ...plan.plan, window: { start: "2024-01-01", end: "2025-06-30" } },
    };
    const list = periodChoices(mid);
    expect(list.filter((p) => /^\d{4}-\d{2}$/.test(p)).at(-1)).toBe("2025-06");
    expect(list).toContain("2025-Q4");
    expect(list).toHaveLength(30 + 12 + 3);
  });
});
