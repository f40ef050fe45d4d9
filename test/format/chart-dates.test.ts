/**
 * A chart point sits at its observation date: a figure stands at its
 * period's last day, and the axis tick there is labelled with that month (a
 * June figure on the tick labelled 2025.6, never past the next month's label).
 */
import { describe, expect, it } from "vitest";
import { chartRenderer } from "../../src/format/html/chart.js";
import { loadPlan } from "../../src/plan/load.js";

/** the x of each axis label, by its text */
function labels(svg: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of svg.matchAll(/transform="translate\(([\d.]+) [\d.]+\)"[^>]*>([^<]+)<\/text>/g)) {
    out.set(m[2] as string, Number(m[1]));
  }
  return out;
}

/** the x of each point of the reported series (its circles) */
function points(svg: string): number[] {
  return [
    ...svg.matchAll(
      /<path d="M1 0A[^"]*" transform="matrix\([\d.]+,0,0,[\d.]+,([\d.]+),[\d.]+\)"[^>]*data-series="0"/g,
    ),
  ].map((m) => Number(m[1]));
}

describe("chart dates", () => {
  it("draws a June figure on the 2025.6 tick and a September one on 2025.9, in any time zone of the machine", async () => {
    const { plan } = await loadPlan();
    const target = plan.targets.find((t) => t.unit === "%");
    expect(target).toBeDefined();
    if (!target) return;
    const draw = await chartRenderer({
      lang: "zh",
      width: 340,
      height: 200,
      planStart: "2024-01-01",
    });
    const svg = draw({
      target,
      points: [
        { date: "2025-01-31", period: "2025-01", value: 40 },
        { date: "2025-06-30", period: "2025-06", value: 50 },
        { date: "2025-09-30", period: "2025-09", value: 60 },
      ],
      goal: 80,
      deadline: "2025-12-31",
      expectedEnd: 80,
    });
    const at = labels(svg);
    const xs = points(svg);
    expect(xs.length).toBe(3);
    const june = at.get("2025.6");
    const september = at.get("2025.9");
    expect(june, [...at.keys()].join(" ")).toBeDefined();
    expect(september, [...at.keys()].join(" ")).toBeDefined();
    // one day is under a pixel here; a month is about 26
    expect(Math.abs((xs[1] as number) - (june as number))).toBeLessThan(2);
    expect(Math.abs((xs[2] as number) - (september as number))).toBeLessThan(2);
  });
});
