/** Cells as text (src/data/xlsx/cells.ts), and the reader on workbooks built in memory. */
import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import {
  cellText,
  columnLetters,
  dateText,
  isPercentFormat,
  numberText,
} from "../../src/data/xlsx/cells.js";
import { readWorkbook } from "../../src/data/xlsx/read.js";
import { findingPlace } from "../../src/format/check/findings.js";
import { miniPlan } from "../data/mini-plan.js";

describe("cell text", () => {
  test("numbers without float noise, percent formats as shown", () => {
    expect(numberText(0.1 + 0.2)).toBe("0.3");
    expect(numberText(-0)).toBe("0");
    expect(cellText(0.503, "0.0%")).toEqual({ ok: true, text: "50.3%" });
    expect(cellText(0.503, "0.00")).toEqual({ ok: true, text: "0.503" });
    expect(isPercentFormat('0.0"%"')).toBe(false);
    expect(isPercentFormat("0\\%")).toBe(false);
    expect(isPercentFormat("#,##0.0%")).toBe(true);
  });

  test("dates: a month where the format shows no day", () => {
    const d = new Date(Date.UTC(2025, 5, 1));
    expect(dateText(d, "yyyy年m月")).toBe("2025-06");
    expect(dateText(d, "mmm-yy")).toBe("2025-06");
    expect(dateText(d, "yyyy/m/d")).toBe("2025-06-01");
    expect(dateText(d, undefined)).toBe("2025-06-01");
  });

  test("formulas by their cached value, never calculated; errors and rich text", () => {
    expect(cellText({ formula: "A1*2", result: 42 }, undefined)).toEqual({ ok: true, text: "42" });
    expect(cellText({ sharedFormula: "C2", result: 0.5 }, "0%")).toEqual({ ok: true, text: "50%" });
    expect(cellText({ formula: "A1*2" }, undefined)).toEqual({
      ok: false,
      code: "formula-no-value",
      value: "=A1*2",
    });
    expect(cellText({ error: "#N/A" }, undefined)).toMatchObject({ ok: false, code: "cell-error" });
    expect(cellText({ richText: [{ text: "城关" }, { text: "镇" }] }, undefined)).toEqual({
      ok: true,
      text: "城关镇",
    });
    expect(cellText({ text: "县统计局", hyperlink: "http://x" }, undefined)).toEqual({
      ok: true,
      text: "县统计局",
    });
    expect(cellText(true, undefined)).toEqual({ ok: true, text: "TRUE" });
  });

  test("column letters", () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
  });
});

function book(rows: unknown[][], build?: (ws: ExcelJS.Worksheet) => void): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  for (const r of rows) ws.addRow(r);
  build?.(ws);
  return wb;
}

const places = (r: ReturnType<typeof readWorkbook>) =>
  r.findings.map((f) => `${f.code}@${findingPlace(f).slice(f.file.length)}`);

describe("reading a sheet", () => {
  test("date cells in the period column, numbers as text, empty trailing rows and columns", () => {
    const wb = book(
      [
        ["indicator", "period", "value", "", ""],
        ["urbanization-rate", new Date(Date.UTC(2024, 5, 1)), "53.1"],
        ["urbanization-rate", new Date(Date.UTC(2024, 6, 31)), 53.2],
        [],
        [],
      ],
      (ws) => {
        ws.getCell("B2").numFmt = "yyyy年m月";
        ws.getCell("B3").numFmt = "yyyy/m/d";
        // styled but empty cells right of and below the data
        ws.getCell("H9").fill = {
          type: "pattern",
          pattern: "solid",
          fgColor: { argb: "FFFF0000" },
        };
        ws.getCell("F2").value = "  ";
      },
    );
    const r = readWorkbook(wb, "d.xlsx", miniPlan);
    expect(places(r)).toEqual(["period-from-date@!S!B3"]);
    expect(r.observations.map((o) => [o.period, o.value])).toEqual([
      ["2024-06", 53.1],
      ["2024-07", 53.2],
    ]);
    expect([r.rowsRead, r.rowsValid, r.rowsInvalid]).toEqual([2, 2, 0]);
  });

  test("a figure right of the header's columns is a ragged row; merged indicator cells apply downwards", () => {
    const wb = book(
      [
        ["indicator", "area", "period", "value"],
        ["sewage-coverage", "城关镇", "2024-06", 80],
        [null, "东城", "2024-06", 90],
        ["urbanization-rate", "", "2024-06", 53, 99],
      ],
      (ws) => ws.mergeCells("A2:A3"),
    );
    const r = readWorkbook(wb, "m.xlsx", miniPlan);
    expect(places(r)).toEqual(["ragged-row@!S!4:4"]);
    expect(r.observations.map((o) => [o.indicator, o.area])).toEqual([
      ["sewage-coverage", "chengguan"],
      ["sewage-coverage", "dongcheng"],
    ]);
  });

  test("a merged value cell is not copied: the rows below it lack a value", () => {
    const wb = book(
      [
        ["indicator", "area", "period", "value"],
        ["sewage-coverage", "城关镇", "2024-06", 80],
        ["sewage-coverage", "东城", "2024-06", null],
      ],
      (ws) => ws.mergeCells("D2:D3"),
    );
    const r = readWorkbook(wb, "v.xlsx", miniPlan);
    expect(places(r)).toEqual(["missing-value@!S!D3"]);
  });
});
