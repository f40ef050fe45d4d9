/** The fill-in template: its shape, and that a filled-in template validates. */
import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { validateText } from "../../src/data/read.js";
import { csvCell, renderTemplate, TemplateError } from "../../src/data/template.js";
import type { Plan } from "../../src/plan/types.js";
import { miniPlan } from "./mini-plan.js";

const rowsOf = (csv: string): string[][] => parse(csv.replace(/^\uFEFF/, "")) as string[][];

/** Fills every empty value with something valid for its indicator. */
function fill(plan: Plan, csv: string): string {
  const rows = rowsOf(csv);
  const kinds = new Map(plan.indicators.map((i) => [i.id, i]));
  const out = rows.map((r, i) => {
    if (i === 0) return r;
    const ind = kinds.get(r[0] as string);
    const v = ind?.kind === "milestone" ? "推进中" : ind?.unit === "%" ? "50%" : "1,200";
    return [r[0] as string, r[1] as string, v, ...r.slice(3)];
  });
  return out.map((r) => r.map(csvCell).join(",")).join("\r\n");
}

describe("renderTemplate", () => {
  test("one row per indicator, one per area for indicators reported by area", () => {
    const csv = renderTemplate(miniPlan, { period: "2024-06" });
    const rows = rowsOf(csv);
    expect(rows[0]).toEqual([
      "indicator",
      "period",
      "value",
      "unit",
      "area",
      "reported_by",
      "note",
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[4], r[5]])).toEqual([
      ["urbanization-rate", "", "县发展改革局"],
      ["sewage-coverage", "城关镇", "县住房城乡建设局"],
      ["sewage-coverage", "东城街道", "县住房城乡建设局"],
      ["sewage-coverage", "西桥镇", "县住房城乡建设局"],
      ["pv-capacity-new", "城关镇", "县住房城乡建设局"],
      ["pv-capacity-new", "东城街道", "县住房城乡建设局"],
      ["pv-capacity-new", "西桥镇", "县住房城乡建设局"],
      ["old-community-renovated", "", "县住房城乡建设局"],
      ["urban-jobs-new", "", "县人力资源社会保障局"],
      ["dilapidated-houses", "", "县住房城乡建设局"],
      ["ring-road-built", "", "县住房城乡建设局"],
    ]);
    const first = rows[1] as string[];
    expect(first[1]).toBe("2024-06");
    expect(first[2]).toBe("");
    expect(first[3]).toBe("%");
    // several targets on one indicator: one row, their names in the note
    expect(first[6]).toBe("常住人口城镇化率达到55%；城镇化率提高到55%");
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.startsWith("\uFEFF")).toBe(false);
  });

  test("a filled-in template validates without any finding", () => {
    const csv = renderTemplate(miniPlan, { period: "2024-06", bom: true });
    expect(csv.startsWith("\uFEFFindicator,")).toBe(true);
    const r = validateText(fill(miniPlan, csv), "filled.csv", miniPlan);
    expect(r.findings).toEqual([]);
    expect(r.rowsValid).toBe(11);
    expect(r.rowsInvalid).toBe(0);
  });

  test("one unit's template", () => {
    const rows = rowsOf(renderTemplate(miniPlan, { period: "2025-Q1", unit: "hrss" }));
    expect(rows).toEqual([
      ["indicator", "period", "value", "unit", "area", "reported_by", "note"],
      ["urban-jobs-new", "2025-Q1", "", "人", "", "县人力资源社会保障局", "每年城镇新增就业3000人"],
    ]);
    // devrc owns measure 1's target (its lead) and only shares measure 2's (housing leads it)
    const devrc = rowsOf(renderTemplate(miniPlan, { period: "2024-06", unit: "devrc" }));
    expect(devrc.slice(1).map((r) => [r[0], r[5]])).toEqual([
      ["urbanization-rate", "县发展改革局"],
    ]);
    // --shared adds the indicators it only shares, each under its owner's name
    const shared = rowsOf(
      renderTemplate(miniPlan, { period: "2024-06", unit: "devrc", shared: true }),
    );
    expect(shared.length).toBe(11);
    expect(shared.slice(2).every((r) => r[5] !== "县发展改革局" && r[5] !== "")).toBe(true);
    expect(() => renderTemplate(miniPlan, { period: "2024-06", unit: "nobody" })).toThrow(
      TemplateError,
    );
  });

  test("the county row of an area indicator that does not sum", () => {
    const plan: Plan = {
      ...miniPlan,
      targets: miniPlan.targets.map((t) =>
        t.id === "t-sewage" ? { ...t, perArea: undefined, value: 90, unit: "%" } : t,
      ),
    };
    const rows = rowsOf(renderTemplate(plan, { period: "2024-06" }));
    expect(rows.filter((r) => r[0] === "sewage-coverage").map((r) => r[4])).toEqual([
      "",
      "城关镇",
      "东城街道",
      "西桥镇",
    ]);
  });

  test("CSV quoting", () => {
    expect(csvCell("a")).toBe("a");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(" edge")).toBe('" edge"');
    // formula injection through plan strings: defused, numbers untouched
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("@x")).toBe("'@x");
    expect(csvCell("-5")).toBe("-5");
  });
});
