/**
 * The .xlsx template a department fills in, in Excel or WPS: the rows of
 * the CSV template (src/data/template.ts), with the indicator's name and
 * unit beside its id, drop-down lists (period, area, reporting unit,
 * milestone state) from a hidden sheet, number validation on the value,
 * the fixed columns locked (sheet protection without a password), the
 * header frozen, and a sheet of instructions. Pure apart from exceljs:
 * returns the workbook's bytes.
 */

import type { Workbook, Worksheet } from "exceljs";
import { monthPeriod, periodWindow, quarterPeriod, yearPeriod } from "../../calendar.js";
import { HEADER_WORDS, TEMPLATE_COLUMNS, type TemplateColumn } from "../../data/headers.js";
import { TEMPLATE_META } from "../../data/sender.js";
import { columnLetters } from "../../data/xlsx/cells.js";
import { loadExcel } from "../../data/xlsx/excel.js";
import type { Lang } from "../../i18n/lang.js";
import { TEMPLATE_WORDS } from "../../i18n/xlsx.js";
import type { Indicator, Plan } from "../../plan/types.js";
import { stateChoices, type TemplateRow, templateCells } from "../template-csv.js";
import { HEADER_FILL, LOCKED_FILL, solidFill } from "./fill.js";

export interface XlsxTemplateOptions {
  period: string;
  lang: Lang;
  /** the unit's name, for the title of the instructions */
  unitName?: string;
  /** the unit's id: kept in the workbook (`TEMPLATE_META`), so that a renamed file is still known */
  unit?: string;
}

type Column = TemplateColumn;

/** The columns, in order: the CSV template's (headers.ts), every one known to the reader. */
export const XLSX_COLUMNS: readonly Column[] = TEMPLATE_COLUMNS;

/** Columns the department fills in (unlocked); the others are fixed. */
const OPEN: ReadonlySet<Column> = new Set(["period", "value", "area", "reported_by", "note"]);

const WIDTHS: Record<Column, number> = {
  indicator: 28,
  indicator_name: 30,
  period: 12,
  value: 14,
  unit: 10,
  area: 14,
  reported_by: 24,
  note: 40,
};

export const LISTS_SHEET = TEMPLATE_META.sheet;

/** Periods a drop may name: the baseline year and the plan's window, by month, quarter and year. */
export function periodChoices(plan: Plan): string[] {
  const { baseline: first, last, latest } = periodWindow(plan.plan.window);
  const months: string[] = [];
  const quarters: string[] = [];
  const years: string[] = [];
  for (let y = first; y <= last; y++) {
    years.push(yearPeriod(y).period);
    for (let q = 1; q <= 4; q++) quarters.push(quarterPeriod(y, q)?.period ?? "");
    for (let m = 1; m <= 12; m++) {
      const p = monthPeriod(y, m);
      if (p && p.start <= latest) months.push(p.period);
    }
  }
  return [...months, ...quarters, ...years];
}

/** A run of rows whose value column takes the same validation. */
interface Run {
  from: number;
  to: number;
  key: string;
  indicator: Indicator;
}

function valueKey(ind: Indicator): string {
  return ind.kind === "milestone" ? "state" : `n:${ind.min ?? 0}:${ind.max ?? ""}`;
}

function runs(rows: TemplateRow[], firstRow: number): Run[] {
  const out: Run[] = [];
  rows.forEach((r, i) => {
    const n = firstRow + i;
    const key = valueKey(r.indicator);
    const last = out[out.length - 1];
    if (last && last.key === key && last.to === n - 1) last.to = n;
    else out.push({ from: n, to: n, key, indicator: r.indicator });
  });
  return out;
}

/** The template workbook's bytes. */
export async function renderXlsxTemplate(
  plan: Plan,
  rows: TemplateRow[],
  o: XlsxTemplateOptions,
): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const wb: Workbook = new ExcelJS.Workbook();
  wb.creator = "cwplan";
  const words = TEMPLATE_WORDS[o.lang];
  const ws = wb.addWorksheet(words.sheet, {
    views: [{ state: "frozen", xSplit: 2, ySplit: 1, topLeftCell: "C2", activeCell: "C2" }],
  });
  const help = wb.addWorksheet(words.helpSheet);
  const lists = wb.addWorksheet(LISTS_SHEET, { state: "hidden" });

  // the hidden lists: one a column (1-based), under its name; `listColumn` returns its range
  const listColumn = (c: number, name: string, values: readonly string[]): string => {
    const col = columnLetters(c);
    lists.getCell(`${col}1`).value = name;
    values.forEach((v, i) => {
      const cell = lists.getCell(`${col}${i + 2}`);
      cell.value = v;
      cell.numFmt = "@";
    });
    return `${LISTS_SHEET}!$${col}$2:$${col}$${values.length + 1}`;
  };
  const periodList = listColumn(1, "period", periodChoices(plan));
  const areaList = listColumn(
    2,
    "area",
    plan.areas.map((a) => a.name),
  );
  const unitList = listColumn(
    3,
    "reported_by",
    plan.units.map((u) => u.name),
  );
  const stateList = listColumn(4, "state", stateChoices(o.lang));
  // what the workbook was made for, read back by the data layer (src/data/sender.ts)
  const meta = (label: { cell: string; text: string }, cell: string, value: string): void => {
    lists.getCell(label.cell).value = label.text;
    const c = lists.getCell(cell);
    c.value = value;
    c.numFmt = "@";
  };
  if (o.unit !== undefined) meta(TEMPLATE_META.unitLabel, TEMPLATE_META.unit, o.unit);
  meta(TEMPLATE_META.periodLabel, TEMPLATE_META.period, o.period);

  // the sheet to fill in
  const letter = (c: Column): string => columnLetters(XLSX_COLUMNS.indexOf(c) + 1);
  ws.columns = XLSX_COLUMNS.map((c) => ({
    key: c,
    width: WIDTHS[c],
    ...(c === "period" || c === "area" || c === "reported_by" || c === "note"
      ? { style: { numFmt: "@" } }
      : {}),
  }));
  const header = ws.getRow(1);
  XLSX_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = HEADER_WORDS[o.lang][c];
    cell.font = { bold: true };
    cell.fill = solidFill(HEADER_FILL);
    cell.protection = { locked: true };
  });
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 2);
    // the note is left to the department (the CSV's note names the targets)
    const values: Record<Column, string> = { ...templateCells(r, o.period, o.lang), note: "" };
    XLSX_COLUMNS.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      if (values[c] !== "") cell.value = values[c];
      if (c === "period" || c === "area" || c === "reported_by" || c === "note") cell.numFmt = "@";
      cell.protection = { locked: !OPEN.has(c) };
      if (!OPEN.has(c)) {
        cell.fill = solidFill(LOCKED_FILL);
      }
    });
  });
  const last = rows.length + 1;
  if (rows.length > 0) {
    const dv = ws.dataValidations;
    const err = (title: string, text: string) => ({
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: title,
      error: text,
    });
    dv.add(`${letter("period")}2:${letter("period")}${last}`, {
      type: "list",
      allowBlank: false,
      formulae: [periodList],
      ...err(...words.period),
    });
    dv.add(`${letter("area")}2:${letter("area")}${last}`, {
      type: "list",
      allowBlank: true,
      formulae: [areaList],
      ...err(...words.area),
    });
    dv.add(`${letter("reported_by")}2:${letter("reported_by")}${last}`, {
      type: "list",
      allowBlank: true,
      formulae: [unitList],
      ...err(...words.reportedBy),
    });
    for (const run of runs(rows, 2)) {
      const range =
        run.from === run.to
          ? `${letter("value")}${run.from}`
          : `${letter("value")}${run.from}:${letter("value")}${run.to}`;
      if (run.key === "state") {
        dv.add(range, {
          type: "list",
          allowBlank: true,
          formulae: [stateList],
          ...err(...words.state),
        });
      } else {
        const min = run.indicator.min ?? 0;
        const max = run.indicator.max;
        dv.add(range, {
          type: "decimal",
          operator: max === undefined ? "greaterThanOrEqual" : "between",
          allowBlank: true,
          formulae: max === undefined ? [min] : [min, max],
          ...err(...words.value(min, max)),
        });
      }
    }
  }
  await ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: true,
    sort: true,
    autoFilter: true,
  });

  writeInstructions(help, plan, rows, o);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function writeInstructions(
  help: Worksheet,
  plan: Plan,
  rows: TemplateRow[],
  o: XlsxTemplateOptions,
): void {
  const words = TEMPLATE_WORDS[o.lang];
  help.columns = [{ width: 28 }, { width: 30 }, { width: 10 }, { width: 80 }];
  const lines = words.instructions(plan.plan.title[o.lang], o.unitName);
  for (const l of lines) help.addRow([l]);
  help.getRow(1).font = { bold: true, size: 14 };
  const head = help.addRow([...words.helpHead]);
  head.font = { bold: true };
  const seen = new Set<string>();
  for (const r of rows) {
    const ind = r.indicator;
    if (seen.has(ind.id)) continue;
    seen.add(ind.id);
    const row = help.addRow([ind.id, ind.name[o.lang], ind.unit, words.meaning[ind.kind]]);
    row.alignment = { wrapText: true, vertical: "top" };
  }
}
