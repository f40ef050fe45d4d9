/**
 * The .xlsx template, unzipped: its data-validation ranges never overlap and
 * cover the rows to fill, the sheet is protected without a password, the
 * header is frozen, the lists sheet is hidden, the fixed columns are locked
 * and the others open. For the whole plan and for every unit.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import { unzip } from "../../src/data/xlsx/zip.js";
import { templateRows } from "../../src/format/template-csv.js";
import { renderXlsxTemplate } from "../../src/format/xlsx/template.js";
import { loadPlan } from "../../src/plan/load.js";
import type { Plan } from "../../src/plan/types.js";
import { runCli } from "./cli.js";

interface Rect {
  c1: number;
  r1: number;
  c2: number;
  r2: number;
  ref: string;
}

function col(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function rect(ref: string): Rect {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
  if (!m) throw new Error(`bad ref ${ref}`);
  const c1 = col(m[1] as string);
  const r1 = Number(m[2]);
  return { c1, r1, c2: m[3] ? col(m[3]) : c1, r2: m[4] ? Number(m[4]) : r1, ref };
}

const overlap = (a: Rect, b: Rect): boolean =>
  a.c1 <= b.c2 && b.c1 <= a.c2 && a.r1 <= b.r2 && b.r1 <= a.r2;

async function inspect(plan: Plan, unit?: string) {
  const rows = templateRows(plan, unit === undefined ? {} : { unit });
  const bytes = await renderXlsxTemplate(plan, rows, { period: "2025-06", lang: "zh" });
  const files = unzip(bytes);
  const sheet = files.get("xl/worksheets/sheet1.xml")?.toString("utf8") ?? "";
  const workbook = files.get("xl/workbook.xml")?.toString("utf8") ?? "";
  const rects = [...sheet.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].flatMap((m) =>
    (m[1] as string).split(" ").map(rect),
  );
  return { rows, bytes, sheet, workbook, rects, files };
}

describe("xlsx template", async () => {
  const { plan } = await loadPlan(undefined);
  const cases: [string, string | undefined][] = [
    ["the whole plan", undefined],
    ...plan.units.map((u): [string, string] => [u.id, u.id]),
  ];

  test.each(cases)("%s: validation ranges, protection, frozen header", async (_name, unit) => {
    const { rows, sheet, workbook, rects } = await inspect(plan, unit);
    const last = rows.length + 1;
    if (rows.length === 0) {
      expect(rects).toEqual([]);
    } else {
      // never overlapping
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) {
          const a = rects[i] as Rect;
          const b = rects[j] as Rect;
          expect(overlap(a, b), `${a.ref} and ${b.ref}`).toBe(false);
        }
      }
      // one range each for period (C), area (F), reporting unit (G), over every row
      for (const c of ["C", "F", "G"]) {
        expect(rects.filter((r) => r.c1 === col(c)).map((r) => r.ref)).toEqual([
          `${c}2:${c}${last}`,
        ]);
      }
      // the value column (D) covered row by row, by ranges of that column only
      const d = rects.filter((r) => r.c1 === col("D"));
      expect(d.every((r) => r.c2 === col("D"))).toBe(true);
      expect(d.reduce((n, r) => n + r.r2 - r.r1 + 1, 0)).toBe(rows.length);
      // no validation on the fixed columns
      expect(rects.some((r) => [1, 2, 5].includes(r.c1))).toBe(false);
    }
    // protected, without a password
    expect(sheet).toMatch(/<sheetProtection sheet="1"/);
    expect(sheet).not.toMatch(/hashValue|password=/);
    // the header frozen
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    // the lists on a hidden sheet
    expect(workbook).toMatch(/<sheet [^>]*name="lists"[^>]*state="hidden"/);
  });

  test("locked and open cells; lists and instructions", async () => {
    const { bytes } = await inspect(plan);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as never);
    const ws = wb.getWorksheet("填报") as ExcelJS.Worksheet;
    for (const c of ["A", "B", "E"]) {
      expect(ws.getCell(`${c}1`).protection?.locked, `${c}1`).not.toBe(false);
      expect(ws.getCell(`${c}2`).protection?.locked, `${c}2`).not.toBe(false);
    }
    for (const c of ["C", "D", "F", "G", "H"]) {
      expect(ws.getCell(`${c}2`).protection?.locked, `${c}2`).toBe(false);
    }
    const lists = wb.getWorksheet("lists") as ExcelJS.Worksheet;
    expect(lists.state).toBe("hidden");
    expect(lists.getColumn(4).values.slice(2)).toEqual(["未开工", "推进中", "已完成"]);
    expect(lists.getColumn(1).values).toContain("2025-06");
    const help = wb.getWorksheet("填报说明") as ExcelJS.Worksheet;
    const text = JSON.stringify(help.getSheetValues());
    expect(text).toContain("年内累计");
    expect(text).toContain("自方案实施起");
    expect(text).toContain("期末数");
  });

  test("the CLI: --unit, --lang en, and -o required", async () => {
    const unit = plan.units[0]?.id ?? "";
    const none = await runCli(["template", "--format", "xlsx", "--unit", unit]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe("");
    expect(none.stderr).toContain("needs -o FILE");
    expect(none.stderr).not.toMatch(/\n\s+at /);

    const file = join(mkdtempSync(join(tmpdir(), "cwplan-tpl-")), "en.xlsx");
    const en = await runCli(["template", "--format", "xlsx", "--unit", unit, "-o", file], "en");
    expect(en.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Figures", "Instructions", "lists"]);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      "indicator",
      "indicator_name",
      "period",
      "value",
      "unit",
      "area",
      "reported_by",
      "note",
    ]);
    // the unit's rows only, the unit named as reporter
    const rows = templateRows(plan, { unit });
    expect(ws.rowCount).toBe(rows.length + 1);
    const name = plan.units[0]?.name;
    for (let r = 2; r <= ws.rowCount; r++) expect(ws.getCell(`G${r}`).value).toBe(name);
  });
});
