/** The fill-in template: its shape, and that a filled-in template validates. */
import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { validateText } from "../../src/data/read.js";
import { csvCell, renderTemplate, TemplateError } from "../../src/format/template-csv.js";
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
    return [...r.slice(0, 3), v, ...r.slice(4)];
  });
  return out.map((r) => r.map(csvCell).join(",")).join("\r\n");
}

describe("renderTemplate", () => {
  test("one row per indicator, one per area for indicators reported by area", () => {
    const csv = renderTemplate(miniPlan, { period: "2024-06", lang: "en" });
    const rows = rowsOf(csv);
    expect(rows[0]).toEqual([
      "indicator",
      "indicator_name",
      "period",
      "value",
      "unit",
      "area",
      "reported_by",
      "note",
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[5], r[6]])).toEqual([
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
    expect(first[1]).toBe("Urbanization rate");
    expect(first[2]).toBe("2024-06");
    expect(first[3]).toBe("");
    expect(first[4]).toBe("%");
    // a milestone's unit cell lists the states it accepts
    expect(rows.find((r) => r[0] === "ring-road-built")?.[4]).toBe("not_started/in_progress/done");
    // several targets on one indicator: one row, their names in the note
    expect(first[7]).toBe("常住人口城镇化率达到55%；城镇化率提高到55%");
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.startsWith("\uFEFF")).toBe(false);
  });

  test("in Chinese: Chinese headers, the indicator's Chinese name and the states in Chinese", () => {
    const rows = rowsOf(renderTemplate(miniPlan, { period: "2024-06", lang: "zh" }));
    expect(rows[0]).toEqual([
      "指标代码",
      "指标名称",
      "报告期",
      "数值",
      "单位",
      "地区",
      "填报单位",
      "备注",
    ]);
    const road = rows.find((r) => r[0] === "ring-road-built") as string[];
    expect(road[1]).toBe(miniPlan.indicators.find((i) => i.id === "ring-road-built")?.name.zh);
    expect(road[4]).toBe("未开工/推进中/已完成");
  });

  test.each(["en", "zh"] as const)(
    "a filled-in template (%s) validates without any finding",
    (lang) => {
      const csv = renderTemplate(miniPlan, { period: "2024-06", bom: true, lang });
      expect(csv.startsWith(lang === "en" ? "\uFEFFindicator," : "\uFEFF指标代码,")).toBe(true);
      const r = validateText(fill(miniPlan, csv), "filled.csv", miniPlan);
      expect(r.findings).toEqual([]);
      expect(r.rowsValid).toBe(11);
      expect(r.rowsInvalid).toBe(0);
    },
  );

  test("one unit's template", () => {
    const rows = rowsOf(renderTemplate(miniPlan, { period: "2025-Q1", unit: "hrss", lang: "en" }));
    expect(rows.map((r) => r.filter((_, i) => i !== 1))).toEqual([
      ["indicator", "period", "value", "unit", "area", "reported_by", "note"],
      ["urban-jobs-new", "2025-Q1", "", "人", "", "县人力资源社会保障局", "每年城镇新增就业3000人"],
    ]);
    // devrc owns measure 1's target (its lead) and only shares measure 2's (housing leads it)
    const devrc = rowsOf(renderTemplate(miniPlan, { period: "2024-06", unit: "devrc" }));
    expect(devrc.slice(1).map((r) => [r[0], r[6]])).toEqual([
      ["urbanization-rate", "县发展改革局"],
    ]);
    // --shared adds the indicators it only shares, each under its owner's name
    const shared = rowsOf(
      renderTemplate(miniPlan, { period: "2024-06", unit: "devrc", shared: true }),
    );
    expect(shared.length).toBe(11);
    expect(shared.slice(2).every((r) => r[6] !== "县发展改革局" && r[6] !== "")).toBe(true);
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
    expect(rows.filter((r) => r[0] === "sewage-coverage").map((r) => r[5])).toEqual([
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
