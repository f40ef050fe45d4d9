/**
 * An .xlsx drop, read cell by cell into the same row validation as a CSV
 * (src/data/validator.ts): each worksheet row becomes a record whose cells
 * are the text the department sees (cells.ts), numbered by its sheet row,
 * so that findings name `file.xlsx!Sheet1!C5`.
 *
 * The container is checked first (zip.ts: an encrypted or old binary
 * workbook, a damaged zip, a zip bomb), and only then is exceljs loaded,
 * here and nowhere on the CSV path. No formula is ever calculated.
 */
import type { Cell, Row, Workbook, Worksheet } from "exceljs";
import type { Plan } from "../../plan/types.js";
import { type FindingCode, severityOf } from "../codes.js";
import { mapHeader, REQUIRED_FIELDS } from "../headers.js";
import type { FileReport } from "../read.js";
import { fileSender, TEMPLATE_META, type TemplateMeta } from "../sender.js";
import type { Finding } from "../types.js";
import {
  FileValidator,
  type FlaggedCell,
  sortFindings,
  type ValidatorOptions,
} from "../validator.js";
import { cellText } from "./cells.js";
import { loadExcel } from "./excel.js";
import {
  type Container,
  DEFAULT_LIMITS,
  oleIsEncryptedWorkbook,
  verifyZip,
  type ZipLimits,
} from "./zip.js";

export interface WorkbookOptions extends ValidatorOptions {
  /** read this sheet (by name) instead of the first one with a header */
  sheet?: string;
  limits?: ZipLimits;
}

/** Rows looked at for a header when choosing a sheet. */
const HEADER_SCAN_ROWS = 10;

function fileOnly(
  path: string,
  code: FindingCode,
  args?: Record<string, string | number>,
): FileReport {
  const f: Finding = { code, severity: severityOf(code), file: path };
  if (args) f.args = args;
  return {
    path,
    encoding: "xlsx",
    delimiter: "",
    rowsRead: 0,
    rowsValid: 0,
    rowsInvalid: 0,
    findings: [f],
    observations: [],
  };
}

function mb(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MiB` : `${n}`;
}

/**
 * Reads and validates a workbook's bytes. `container` is what the first
 * bytes said (zip or OLE). Never throws for a bad workbook.
 */
export async function validateWorkbook(
  bytes: Uint8Array,
  container: Container,
  path: string,
  plan: Plan,
  opts: WorkbookOptions = {},
): Promise<FileReport> {
  if (container === "ole") {
    return fileOnly(path, oleIsEncryptedWorkbook(bytes) ? "xlsx-encrypted" : "xls-format");
  }
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const verdict = verifyZip(bytes, limits);
  if (!verdict.ok) {
    if (verdict.problem === "encrypted") return fileOnly(path, "xlsx-encrypted");
    if (verdict.problem === "corrupt")
      return fileOnly(path, "xlsx-corrupt", { reason: verdict.reason });
    const what = { bytes: "size", cells: "cells", entries: "entries", declared: "entry size" }[
      verdict.what
    ];
    const limit =
      verdict.what === "bytes"
        ? mb(verdict.limit)
        : verdict.what === "declared"
          ? `${verdict.limit} bytes (declared)`
          : verdict.limit;
    return fileOnly(path, "xlsx-too-large", { what, limit });
  }
  const ExcelJS = await loadExcel();
  const wb: Workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings take an ArrayBuffer (JSZip reads either): the bytes' own copy
    await wb.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (e) {
    const reason = e instanceof Error ? e.message.split("\n")[0]?.slice(0, 120) : String(e);
    return fileOnly(path, "xlsx-corrupt", { reason: reason || "unreadable" });
  }
  return readWorkbook(wb, path, plan, opts);
}

/**
 * What a workbook made by `cwplan template` says about itself: the unit and
 * period in its hidden lists sheet (`TEMPLATE_META`), each under its label.
 */
export function templateMeta(wb: Workbook): TemplateMeta | undefined {
  const M = TEMPLATE_META;
  const lists = wb.getWorksheet(M.sheet);
  if (!lists) return undefined;
  const read = (label: { cell: string; text: string }, cell: string): string | undefined => {
    const l = cellText(lists.getCell(label.cell).value, undefined);
    const v = cellText(lists.getCell(cell).value, undefined);
    return l.ok && l.text === label.text && v.ok && v.text.trim() !== ""
      ? v.text.trim()
      : undefined;
  };
  const unit = read(M.unitLabel, M.unit);
  const period = read(M.periodLabel, M.period);
  if (unit === undefined && period === undefined) return undefined;
  return { ...(unit ? { unit } : {}), ...(period ? { period } : {}) };
}

/** Sheet rows as text: trailing empty cells dropped, flagged cells kept aside. */
interface SheetRow {
  cells: string[];
  flagged: FlaggedCell[];
  hidden: boolean;
}

/** Every cell's text, for the rows that hold anything; and the last such row. */
function sheetRows(ws: Worksheet): Map<number, { row: Row; hidden: boolean }> {
  const rows = new Map<number, { row: Row; hidden: boolean }>();
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    rows.set(n, { row, hidden: Boolean(row.hidden) });
  });
  return rows;
}

/** exceljs's type of a cell covered by a merge (it answers with the master's value) */
const MERGED = 1;

function textOf(cell: Cell): ReturnType<typeof cellText> {
  if (cell.type === MERGED) return { ok: true, text: "" };
  return cellText(cell.value, cell.numFmt);
}

/** Whether a sheet has a row, near its top, that names at least two required columns. */
function hasHeader(ws: Worksheet): boolean {
  for (let r = 1; r <= Math.min(ws.rowCount, HEADER_SCAN_ROWS); r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    const fields = new Set<string>();
    row.eachCell({ includeEmpty: false }, (cell) => {
      const t = textOf(cell);
      const f = t.ok ? mapHeader(t.text) : undefined;
      if (f && REQUIRED_FIELDS.includes(f)) fields.add(f);
    });
    if (fields.size >= 2) return true;
  }
  return false;
}

function isEmpty(ws: Worksheet): boolean {
  let empty = true;
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const t = textOf(cell);
      if (!t.ok || t.text.trim() !== "") empty = false;
    });
  });
  return empty;
}

/** Reads a loaded workbook (exported for tests that build one in memory). */
export function readWorkbook(
  wb: Workbook,
  path: string,
  plan: Plan,
  opts: WorkbookOptions = {},
): FileReport {
  const sheets = wb.worksheets;
  let ws: Worksheet | undefined;
  if (opts.sheet !== undefined) {
    ws =
      sheets.find((s) => s.name === opts.sheet) ??
      sheets.find((s) => s.name.trim() === opts.sheet?.trim());
    if (!ws) {
      return fileOnly(path, "sheet-not-found", {
        sheet: opts.sheet,
        sheets: sheets.map((s) => s.name).join(", "),
      });
    }
  } else {
    const withHeader = sheets.filter(hasHeader);
    ws = withHeader[0] ?? sheets.find((s) => s.state === "visible" && !isEmpty(s)) ?? sheets[0];
  }
  const sheetName = ws?.name ?? "Sheet1";
  const sender = fileSender(plan, path, templateMeta(wb));
  const v = new FileValidator(path, plan, "", { ...opts, sheet: sheetName, sender });
  if (ws) feedSheet(ws, v);
  if (opts.sheet === undefined) {
    for (const other of sheets) {
      if (other !== ws && hasHeader(other)) {
        v.add("sheet-not-read", { args: { sheet: other.name, read: sheetName } });
      }
    }
  }
  v.finish();
  sortFindings(v.findings);
  return {
    path,
    encoding: "xlsx",
    delimiter: "",
    rowsRead: v.rowsRead,
    rowsValid: v.rowsValid,
    rowsInvalid: v.rowsInvalid,
    sheet: sheetName,
    findings: v.findings,
    observations: v.observations,
    sender: v.sender,
    refused: v.refused,
  };
}

/** The sheet's rows, in order, into the validator (blank rows between as blank records). */
function feedSheet(ws: Worksheet, v: FileValidator): void {
  const rows = sheetRows(ws);
  const read = new Map<number, SheetRow>();
  let last = 0;
  for (const [n, { row, hidden }] of rows) {
    const cells: string[] = [];
    const flagged: FlaggedCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const t = textOf(cell);
      while (cells.length < col) cells.push("");
      if (t.ok) cells[col - 1] = t.text;
      else flagged.push({ index: col - 1, code: t.code, value: t.value });
    });
    let end = cells.length;
    while (end > 0 && (cells[end - 1] ?? "").trim() === "") end--;
    cells.length = end;
    read.set(n, { cells, flagged, hidden });
    if (end > 0 || flagged.length > 0) last = n;
  }
  // merged cells: the master's text, in every column but value and note
  const merges = mergedSlaves(ws);

  let hiddenRun: { start: number; end: number } | undefined;
  const flushHidden = (): void => {
    if (!hiddenRun) return;
    v.add("hidden-rows", {
      line: hiddenRun.start,
      ...(hiddenRun.end > hiddenRun.start ? { args: { endLine: hiddenRun.end } } : {}),
    });
    hiddenRun = undefined;
  };
  for (let n = 1; n <= last; n++) {
    const r = read.get(n) ?? { cells: [], flagged: [], hidden: false };
    const cells = [...r.cells];
    for (const [col, master] of merges.get(n) ?? []) {
      const field = v.fieldOf(col - 1);
      if (field === "value" || field === "note") continue;
      const t = read.get(master.row)?.cells[master.col - 1] ?? "";
      while (cells.length < col) cells.push("");
      if ((cells[col - 1] ?? "") === "") cells[col - 1] = t;
    }
    const filled = cells.some((c) => c.trim() !== "") || r.flagged.length > 0;
    if (r.hidden && filled) {
      if (hiddenRun && hiddenRun.end === n - 1) hiddenRun.end = n;
      else {
        flushHidden();
        hiddenRun = { start: n, end: n };
      }
    }
    v.record(cells, n, "", v.headerRead ? r.flagged : undefined);
  }
  flushHidden();
  // hidden columns among those with a header
  const names = v.headerNames();
  for (let c = 1; c <= names.length; c++) {
    if (ws.getColumn(c).hidden) {
      v.add("hidden-columns", { col: c, args: { position: c }, value: names[c - 1] ?? "" });
    }
  }
}

/**
 * Merged-cell ranges: for each row, the cells (by column) that take a
 * master's text: the first column of a merge, in the rows below its top
 * (a period or unit merged down the rows it applies to). A merge across a
 * row (a title over the columns) gives its text once.
 */
function mergedSlaves(ws: Worksheet): Map<number, [number, { row: number; col: number }][]> {
  const out = new Map<number, [number, { row: number; col: number }][]>();
  // exceljs keeps the merges by their master's address (declared in excel.ts)
  const merges = ws._merges ?? {};
  for (const range of Object.values(merges)) {
    const c1 = range.left;
    const r1 = range.top;
    const r2 = range.bottom;
    if (![c1, r1, r2].every(Number.isInteger)) continue;
    // a bounded span: a merge over a whole column is not a drop's habit
    if (r2 - r1 > 100_000) continue;
    for (let r = r1 + 1; r <= r2; r++) {
      const list = out.get(r) ?? [];
      list.push([c1, { row: r1, col: c1 }]);
      out.set(r, list);
    }
  }
  return out;
}
