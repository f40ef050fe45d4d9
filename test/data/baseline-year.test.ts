/**
 * The accepted-year window (calendar.ts periodWindow, one answer): for a
 * 2024–2025 plan a row may be for 2014 to 2025. The 2023 baseline row and a
 * census year that says so in its note are read quietly; an older period
 * with nothing said (2015: a typo for 2025?) is read but warned about;
 * 2013 and 2205 are refused.
 */
import { describe, expect, it } from "vitest";
import { validateBytes } from "../../src/data/read.js";
import { miniPlan } from "./mini-plan.js";

function read(rows: string[]) {
  const csv = ["indicator,period,value,note", ...rows].join("\n");
  const r = validateBytes(new TextEncoder().encode(csv), "drop.csv", miniPlan);
  return {
    findings: r.findings.map((f) => `${f.code}@${f.line}`),
    periods: r.observations.map((o) => o.period),
    args: r.findings.find((f) => f.code === "period-before-baseline")?.args,
  };
}

describe("the years a row may be for (a 2024–2025 plan)", () => {
  it("the baseline year and the window are read without a word", () => {
    const r = read(["urbanization-rate,2023,48,", "urbanization-rate,2025-06,51,"]);
    expect(r.findings).toEqual([]);
    expect(r.periods).toEqual(["2023", "2025-06"]);
  });

  it("a census year that says what it is in its note is read without a word", () => {
    const r = read(["urbanization-rate,2020,47.47,第七次全国人口普查"]);
    expect(r.findings).toEqual([]);
    expect(r.periods).toEqual(["2020"]);
  });

  it("an older year with nothing said is read, with a warning naming the baseline year", () => {
    const r = read(["urbanization-rate,2015,50,", "urbanization-rate,2015-06,50,"]);
    expect(r.findings).toEqual(["period-before-baseline@2", "period-before-baseline@3"]);
    expect(r.args).toEqual({ period: "2015", baseline: 2023 });
    expect(r.periods).toEqual(["2015", "2015-06"]);
  });

  it("more than ten years before the start, or after the end, is refused", () => {
    const r = read([
      "urbanization-rate,2013,50,",
      "urbanization-rate,2205,50,",
      "urbanization-rate,2026-01,50,",
    ]);
    expect(r.findings).toEqual([
      "period-outside-window@2",
      "period-outside-window@3",
      "period-outside-window@4",
    ]);
    expect(r.periods).toEqual([]);
  });
});
