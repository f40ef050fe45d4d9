import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { BOM, csvField, csvRecord, formatCsv } from "../../src/format/check/csv.js";
import { options, scenario } from "./helpers.js";

describe("csv fields (RFC 4180)", () => {
  it("quotes a field with a comma, a quote or a line break, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\r")).toBe('"cr\r"');
    expect(csvField(3.5)).toBe("3.5");
    expect(csvField(null)).toBe("");
    expect(csvRecord(["a", "b,c"])).toBe('a,"b,c"\r\n');
  });
});

describe("formatCsv", () => {
  it("one row per target and responsible unit; the headline has one row with no unit", async () => {
    const report = await scenario({ asOf: "2025-06-30" });
    const text = formatCsv(report, options());
    expect(text.startsWith(BOM)).toBe(false);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/); // CRLF only: no field spans lines here
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const measures = new Map(report.plan.measures.map((m) => [m.number, m.units.length]));
    const expected = report.check.results.reduce(
      (n, r) => n + (r.target.measure === null ? 1 : (measures.get(r.target.measure) ?? 1)),
      0,
    );
    expect(rows).toHaveLength(expected);
    const head = Object.keys(rows[0] ?? {});
    expect(head).toEqual([
      "target id",
      "measure",
      "section",
      "unit id",
      "unit name",
      "role",
      "owner id",
      "status",
      "detail",
      "value",
      "period",
      "target",
      "unit",
      "expected",
      "f",
      "A",
      "P",
      "days left",
      "notes",
    ]);
    const headline = rows.filter((r) => r["target id"] === "urbanization-rate-2025");
    expect(headline).toHaveLength(1);
    expect(headline[0]?.["unit id"]).toBe("");
    expect(headline[0]?.measure).toBe("");
    expect(headline[0]?.["owner id"]).toBe("statistics");
    // every row of a target names the same owner
    for (const r of rows) {
      const t = report.plan.targets.find((x) => x.id === r["target id"]);
      expect(r["owner id"], r["target id"]).toBe(t?.owner);
    }
    // status counts over distinct targets match the summary
    const byTarget = new Map(rows.map((r) => [r["target id"], r.status]));
    const counts: Record<string, number> = {};
    for (const s of byTarget.values()) counts[s as string] = (counts[s as string] ?? 0) + 1;
    for (const [k, v] of Object.entries(report.check.summary)) expect(counts[k] ?? 0).toBe(v);
  });

  it("--bom starts with the byte-order mark; --lang zh gives Chinese headers and words", async () => {
    const report = await scenario({ asOf: "2025-06-30", unit: "housing-construction" });
    const text = formatCsv(report, options("zh", { bom: true }));
    expect(text.startsWith(BOM)).toBe(true);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})[0]).toBe("目标编号");
    // --unit: only that unit's rows
    expect(new Set(rows.map((r) => r.单位编号))).toEqual(new Set(["housing-construction"]));
    expect(rows.map((r) => r.状态)).toContain("存在风险");
  });

  it("quotes notes that hold a comma", async () => {
    const report = await scenario({ asOf: "2025-06-30" });
    const text = formatCsv(report, options());
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const stale = rows.find((r) => r.notes?.startsWith("stale"));
    expect(stale?.notes).toContain(", ");
    expect(text).toContain(`"${stale?.notes}"`);
  });
});
