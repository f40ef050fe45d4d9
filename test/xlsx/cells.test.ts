/** Cells as text (src/data/xlsx/cells.ts), and the reader on workbooks built in memory. */
import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import {
  cellText,
  columnLetters,
  dateText,
  isDateFormat,
  isPercentFormat,
  numberText,
  type RawCell,
  storedNumber,
} from "../../src/data/xlsx/cells.js";
import { validateWorkbook } from "../../src/data/xlsx/read.js";
import { findingPlace } from "../../src/format/check/findings.js";
import { miniPlan } from "../data/mini-plan.js";

describe("cell text", () => {
  const cell = (v: string | undefined, more: Partial<RawCell> = {}): RawCell => ({
    type: "n",
    v,
    formula: undefined,
    inline: undefined,
    fmt: undefined,
    ...more,
  });
  const text = (c: RawCell) => cellText(c, ["城关镇"], false);

  test("numbers without float noise, percent formats as shown", () => {
    expect(numberText(0.1 + 0.2)).toBe("0.3");
    expect(numberText(-0)).toBe("0");
    expect(text(cell("0.30000000000000004"))).toEqual({ ok: true, text: "0.3" });
    expect(text(cell("0.503", { fmt: "0.0%" }))).toEqual({ ok: true, text: "50.3%" });
    expect(text(cell("0.503", { fmt: "0.00" }))).toEqual({ ok: true, text: "0.503" });
    expect(isPercentFormat('0.0"%"')).toBe(false);
    expect(isPercentFormat("0\\%")).toBe(false);
    expect(isPercentFormat("#,##0.0%")).toBe(true);
  });

  test("a stored number is one only when its whole text is; else the text stays for the row rules", () => {
    for (const v of [
      "1,5",
      "1200abc",
      "1.2.3",
      "5%",
      "0x4B0",
      "1e-400",
      "1e400",
      " 12",
      "",
      "1200 (estimate)",
    ]) {
      expect(storedNumber(v), v).toBeUndefined();
      expect(text(cell(v)), v).toEqual({ ok: true, text: v });
      // a cached formula value obeys the same rule
      expect(text(cell(v, { formula: "A1*2" })), v).toEqual({ ok: true, text: v });
    }
    for (const [v, n] of [
      ["1200", 1200],
      ["-1.5e3", -1500],
      [".5", 0.5],
      ["0e5", 0],
      ["0.000", 0],
      ["1E-300", 1e-300],
    ] as const) {
      expect(storedNumber(v), v).toBe(n);
    }
  });

  test("dates: a month where the format shows no day; t=d cells are their date", () => {
    const d = new Date(Date.UTC(2025, 5, 1));
    expect(dateText(d, "yyyy年m月")).toBe("2025-06");
    expect(dateText(d, "mmm-yy")).toBe("2025-06");
    expect(dateText(d, "yyyy/m/d")).toBe("2025-06-01");
    expect(dateText(d, undefined)).toBe("2025-06-01");
    // 45809 is 2025-06-01 in the 1900 system
    expect(text(cell("45809", { fmt: "yyyy/m/d" }))).toEqual({ ok: true, text: "2025-06-01" });
    expect(text(cell("45809", { fmt: 'yyyy"年"m"月"' }))).toEqual({ ok: true, text: "2025-06" });
    expect(cellText(cell("44347", { fmt: "yyyy/m/d" }), [], true)).toEqual({
      ok: true,
      text: "2025-06-01",
    });
    for (const v of ["2025-06-01T00:00:00Z", "2025-06-01", "2025-06-01T00:00:00+08:00"]) {
      expect(text(cell(v, { type: "d" })), v).toEqual({ ok: true, text: "2025-06-01" });
    }
    expect(text(cell("2025-06-01", { type: "d", fmt: "yyyy-mm" }))).toEqual({
      ok: true,
      text: "2025-06",
    });
    expect(text(cell("2025-02-30", { type: "d" }))).toEqual({ ok: true, text: "2025-02-30" });
    expect(isDateFormat("General")).toBe(false);
    expect(isDateFormat('0.0"万"')).toBe(false);
    expect(isDateFormat("[Red]#,##0")).toBe(false);
  });

  test("formulas by their cached value, never calculated; errors, strings, booleans", () => {
    expect(text(cell("42", { formula: "A1*2" }))).toEqual({ ok: true, text: "42" });
    expect(text(cell("0.5", { formula: "", fmt: "0%" }))).toEqual({ ok: true, text: "50%" });
    expect(text(cell(undefined, { formula: "A1*2" }))).toEqual({
      ok: false,
      code: "formula-no-value",
      value: "=A1*2",
    });
    expect(text(cell("#N/A", { type: "e" }))).toMatchObject({ ok: false, code: "cell-error" });
    expect(text(cell("0", { type: "s" }))).toEqual({ ok: true, text: "城关镇" });
    expect(() => text(cell("1", { type: "s" }))).toThrow(/shared string 1/);
    expect(text(cell(undefined, { type: "inlineStr", inline: "县统计局" }))).toEqual({
      ok: true,
      text: "县统计局",
    });
    expect(text(cell("1", { type: "b" }))).toEqual({ ok: true, text: "TRUE" });
    expect(text(cell("1200abc", { type: "str", formula: "B2" }))).toEqual({
      ok: true,
      text: "1200abc",
    });
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

async function readWorkbook(wb: ExcelJS.Workbook, path: string, plan: typeof miniPlan) {
  return validateWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), "zip", path, plan);
}

const places = (r: Awaited<ReturnType<typeof readWorkbook>>) =>
  r.findings.map((f) => `${f.code}@${findingPlace(f).slice(f.file.length)}`);

describe("reading a sheet", () => {
  test("date cells in the period column, numbers as text, empty trailing rows and columns", async () => {
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
    const r = await readWorkbook(wb, "d.xlsx", miniPlan);
    expect(places(r)).toEqual(["period-from-date@!S!B3"]);
    expect(r.observations.map((o) => [o.period, o.value])).toEqual([
      ["2024-06", 53.1],
      ["2024-07", 53.2],
    ]);
    expect([r.rowsRead, r.rowsValid, r.rowsInvalid]).toEqual([2, 2, 0]);
  });

  test("a figure right of the header's columns is a ragged row; merged indicator cells apply downwards", async () => {
    const wb = book(
      [
        ["indicator", "area", "period", "value"],
        ["sewage-coverage", "城关镇", "2024-06", 80],
        [null, "东城", "2024-06", 90],
        ["urbanization-rate", "", "2024-06", 53, 99],
      ],
      (ws) => ws.mergeCells("A2:A3"),
    );
    const r = await readWorkbook(wb, "m.xlsx", miniPlan);
    expect(places(r)).toEqual(["ragged-row@!S!4:4"]);
    expect(r.observations.map((o) => [o.indicator, o.area])).toEqual([
      ["sewage-coverage", "chengguan"],
      ["sewage-coverage", "dongcheng"],
    ]);
  });

  test("a merged value cell is not copied: the rows below it lack a value", async () => {
    const wb = book(
      [
        ["indicator", "area", "period", "value"],
        ["sewage-coverage", "城关镇", "2024-06", 80],
        ["sewage-coverage", "东城", "2024-06", null],
      ],
      (ws) => ws.mergeCells("D2:D3"),
    );
    const r = await readWorkbook(wb, "v.xlsx", miniPlan);
    expect(places(r)).toEqual(["missing-value@!S!D3"]);
  });
});
