/**
 * An .xlsx drop, read cell by cell into the same row validation as a CSV
 * (src/data/validator.ts): each worksheet row becomes a record whose cells
 * are the text the department sees (cells.ts), numbered by its sheet row,
 * so that findings name `file.xlsx!Sheet1!C5`.
 *
 * The container is read once and checked as it is read (zip.ts: an
 * encrypted or old binary workbook, a damaged or ambiguous zip, a zip
 * bomb); the sheets are then read from the very bytes checked, by cwplan's
 * own XML reading (book.ts, sheet.ts), within Excel's bounds and a time
 * budget. No workbook library is involved; no formula is ever calculated.
 */
import type { Plan } from "../../plan/types.js";
import type { FindingCode } from "../codes.js";
import { fileOnly } from "../file-report.js";
import { fileSender, sheetSender, type TemplateMeta } from "../sender.js";
import { sheetSource } from "../source.js";
import type { FileReport } from "../types.js";
import { FileValidator, sortFindings, type ValidatorOptions } from "../validator.js";
import { type Book, readBook } from "./book.js";
import {
  hasHeader,
  hasRows,
  isEmpty,
  type OpenSheet,
  openSheet,
  type Reading,
  sheetMeta,
} from "./open.js";
import { type Range, SheetLimitError, type SheetRow, sheetRows } from "./sheet.js";
import { XlsxError } from "./xml.js";
import {
  type Container,
  DEFAULT_LIMITS,
  oleIsEncryptedWorkbook,
  openZip,
  type TooLarge,
  type ZipLimits,
} from "./zip.js";

export { templateMeta } from "./open.js";

export interface WorkbookOptions extends ValidatorOptions {
  /** read this sheet (by name) instead of the first one with a header */
  sheet?: string;
  limits?: ZipLimits;
}

/** A workbook refused as a whole (one finding, no rows). */
function refused(
  path: string,
  code: FindingCode,
  args?: Record<string, string | number>,
): FileReport {
  return fileOnly(path, "xlsx", "", code, args);
}

function mb(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MiB` : `${n}`;
}

function tooLarge(path: string, v: TooLarge): FileReport {
  const what = {
    bytes: "size",
    cells: "cells",
    entries: "entries",
    declared: "entry size",
    merged: "merged cells",
    time: "time",
  }[v.what];
  const limit =
    v.what === "bytes"
      ? mb(v.limit)
      : v.what === "declared"
        ? `${v.limit} bytes (declared)`
        : v.what === "time"
          ? `${v.limit / 1000} s`
          : v.limit;
  return refused(path, "xlsx-too-large", { what, limit });
}

/** What a reading saw, for the differential test: the zip's entries and the parts and cells read. */
export interface WorkbookTrace {
  entries: { name: string; size: number }[];
  cellsCounted: number;
  partsRead: Map<string, number>;
  cellsRead: number;
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
  trace?: (t: WorkbookTrace) => void,
): Promise<FileReport> {
  if (container === "ole") {
    // an encrypted .xlsx is still a workbook; an .xls is not (no format to name)
    if (oleIsEncryptedWorkbook(bytes)) return refused(path, "xlsx-encrypted");
    return fileOnly(path, "", "", "xls-format");
  }
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const clock = { at: Date.now() + limits.maxMillis, budget: limits.maxMillis };
  const zip = openZip(bytes, limits);
  if (!zip.ok) {
    trace?.({ entries: [], cellsCounted: 0, partsRead: new Map(), cellsRead: 0 });
    if (zip.problem === "encrypted") return refused(path, "xlsx-encrypted");
    if (zip.problem === "corrupt") return refused(path, "xlsx-corrupt", { reason: zip.reason });
    return tooLarge(path, zip);
  }
  const counted = { cells: 0 };
  let book: Book | undefined;
  try {
    book = readBook(zip.parts);
    return readSheets(book, path, plan, opts, { clock, counted, limits });
  } catch (e) {
    if (e instanceof XlsxError) return refused(path, "xlsx-corrupt", { reason: e.message });
    if (e instanceof SheetLimitError) {
      return tooLarge(path, { ok: false, problem: "too-large", what: e.what, limit: e.limit });
    }
    throw e;
  } finally {
    trace?.({
      entries: zip.entries,
      cellsCounted: zip.cells,
      partsRead: book?.parts.read ?? new Map(),
      cellsRead: counted.cells,
    });
  }
}

/**
 * Chooses the sheet (the one named, else the first visible one with a
 * header, else a hidden one with a header, said so, else the first visible
 * one with anything in it) and reads it. Other sheets with a header, and
 * very hidden sheets with anything in them, are named in warnings.
 *
 * A workbook with several visible sheets that are drops (a header and rows
 * below it: a department's book of its sub-units' forms, several units'
 * templates pasted into one) is read sheet by sheet, each sheet its own
 * submission named `book.xlsx!Sheet` (`readEach`).
 */
function readSheets(
  book: Book,
  path: string,
  plan: Plan,
  opts: WorkbookOptions,
  reading: Reading,
): FileReport {
  const all = book.sheets.map((info) => openSheet(book, info, reading));
  const meta = sheetMeta(book, all, reading);
  let chosen: OpenSheet | undefined;
  const notes: Note[] = [];
  const visible = (s: OpenSheet): boolean => s.info.state === "visible";
  if (opts.sheet !== undefined) {
    chosen =
      all.find((s) => s.info.name === opts.sheet) ??
      all.find((s) => s.info.name.trim() === opts.sheet?.trim());
    if (!chosen) {
      return refused(path, "sheet-not-found", {
        sheet: opts.sheet,
        sheets: all.map((s) => s.info.name).join(", "),
      });
    }
  } else {
    const header = all.filter((s) => hasHeader(s, book, reading));
    const drops = header.filter((s) => visible(s) && hasRows(s, book, reading));
    if (drops.length >= 2) return readEach({ book, plan, opts, reading }, path, drops, all, meta);
    // a sheet with rows before an empty form
    chosen = drops[0] ?? header.find(visible);
    if (!chosen) {
      chosen = header[0];
      if (chosen) notes.push(["sheet-hidden-read", { sheet: chosen.info.name }]);
    }
    chosen ??=
      all.find((s) => visible(s) && !isEmpty(s, book, reading)) ?? all.find(visible) ?? all[0];
    const read = chosen?.info.name ?? "";
    for (const other of header) {
      if (other !== chosen && visible(other))
        notes.push(["sheet-not-read", { sheet: other.info.name, read }]);
    }
    notes.push(...veryHidden(all, chosen ? [chosen] : [], book, reading));
  }
  const sheetName = chosen?.info.name ?? "Sheet1";
  const sender = fileSender(plan, path, meta);
  return readSheet(
    { book, plan, opts: { ...opts, sender }, reading },
    chosen,
    sheetName,
    path,
    notes,
  );
}

/** A finding about a workbook's sheets, with its arguments. */
type Note = [FindingCode, Record<string, string>];

/** The very hidden sheets with anything in them, not among those read. */
function veryHidden(all: OpenSheet[], read: OpenSheet[], book: Book, reading: Reading): Note[] {
  const names = read.map((s) => s.info.name).join(", ");
  return all
    .filter((s) => !read.includes(s) && s.info.state === "veryHidden")
    .filter((s) => !isEmpty(s, book, reading))
    .map((s) => ["sheet-very-hidden", { sheet: s.info.name, read: names }]);
}

/**
 * Each drop sheet as its own submission (`book.xlsx!Sheet`, src/data/source.ts),
 * with its own sender where its rows do not say (src/data/sender.ts,
 * `sheetSender`: the workbook's template metadata for its first sheet, the
 * sheet's name, else the file's). Sheets that are no drop (notes, an empty
 * form: a unit that filled nothing is chased as any unit that sent
 * nothing) are not submissions; very hidden ones with data are named on
 * the first.
 */
function readEach(
  ctx: SheetContext,
  path: string,
  drops: OpenSheet[],
  all: OpenSheet[],
  meta: TemplateMeta | undefined,
): FileReport {
  const notes = veryHidden(all, drops, ctx.book, ctx.reading);
  const reports = drops.map((s, i) => {
    const name = s.info.name;
    const sender = sheetSender(ctx.plan, path, name, i === 0 ? meta : undefined);
    const own = { ...ctx, opts: { ...ctx.opts, sender } };
    return readSheet(own, s, name, sheetSource(path, name), i === 0 ? notes : []);
  });
  const [first, ...rest] = reports;
  return first ? { ...first, otherSheets: rest } : refused(path, "empty-file");
}

/** What reading a sheet needs besides the sheet. */
interface SheetContext {
  book: Book;
  plan: Plan;
  opts: WorkbookOptions;
  reading: Reading;
}

/** One sheet through the row validation, as the report of `path` (the file, or `book.xlsx!Sheet`). */
function readSheet(
  ctx: SheetContext,
  s: OpenSheet | undefined,
  sheetName: string,
  path: string,
  notes: Note[],
): FileReport {
  const v = new FileValidator(path, ctx.plan, "", { ...ctx.opts, sheet: sheetName });
  if (s) feedSheet(s, ctx.book, ctx.reading, v);
  for (const [code, args] of notes) v.add(code, { args });
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

/** Per row, the merged ranges that cover it (bounded: the ranges cover few cells, sheet.ts). */
function mergesByRow(merges: Range[]): Map<number, Range[]> {
  const out = new Map<number, Range[]>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const list = out.get(r);
      if (list) list.push(m);
      else out.set(r, [m]);
    }
  }
  return out;
}

/**
 * The sheet's rows, in order, into the validator: a gap between rows is
 * one blank run (never a row at a time); trailing blank rows are not
 * records. Merged cells: a range's first cell holds the text; in the rows
 * below its top, its first column takes that text (a period or unit merged
 * down the rows it applies to) except in the value and note columns; every
 * other cell of a range is empty.
 */
function feedSheet(s: OpenSheet, book: Book, reading: Reading, v: FileValidator): void {
  const byRow = mergesByRow(s.layout.merges);
  const master = new Map<Range, string>();
  // rows a merge fills that the part may not hold
  const bodyRows = [...byRow.keys()]
    .filter((r) => byRow.get(r)?.some((m) => m.top < r))
    .sort((a, b) => a - b);
  let nextBody = 0;
  let fed = 0;
  let hiddenRun: { start: number; end: number } | undefined;
  const flushHidden = (): void => {
    if (!hiddenRun) return;
    v.add("hidden-rows", {
      line: hiddenRun.start,
      ...(hiddenRun.end > hiddenRun.start ? { args: { endLine: hiddenRun.end } } : {}),
    });
    hiddenRun = undefined;
  };
  const feed = (row: SheetRow): void => {
    const cells = row.cells;
    let flagged = row.flagged;
    for (const m of byRow.get(row.n) ?? []) {
      const first = m.top === row.n ? m.left + 1 : m.left;
      if (m.top === row.n) master.set(m, cells[m.left - 1] ?? "");
      for (let c = first; c <= m.right && c <= cells.length; c++) cells[c - 1] = "";
      flagged = flagged.filter((f) => f.index + 1 < first || f.index + 1 > m.right);
      if (m.top < row.n) {
        const field = v.fieldOf(m.left - 1);
        const t = master.get(m) ?? "";
        if (field !== "value" && field !== "note" && t !== "") {
          while (cells.length < m.left) cells.push("");
          cells[m.left - 1] = t;
        }
      }
    }
    let end = cells.length;
    while (end > 0 && (cells[end - 1] ?? "").trim() === "") end--;
    cells.length = end;
    if (end === 0 && flagged.length === 0) return;
    if (fed + 1 < row.n) v.blankLines(fed + 1, row.n - 1);
    if (row.hidden) {
      if (hiddenRun && hiddenRun.end === row.n - 1) hiddenRun.end = row.n;
      else {
        flushHidden();
        hiddenRun = { start: row.n, end: row.n };
      }
    }
    v.record(cells, row.n, "", v.headerRead ? flagged : undefined);
    fed = row.n;
  };
  const bodyBefore = (n: number): void => {
    for (; nextBody < bodyRows.length && (bodyRows[nextBody] ?? n) < n; nextBody++) {
      feed({ n: bodyRows[nextBody] ?? n, hidden: false, cells: [], flagged: [] });
    }
  };
  for (const row of sheetRows(s.xml, s.layout, book, reading.clock, reading.counted)) {
    bodyBefore(row.n);
    if (bodyRows[nextBody] === row.n) nextBody++;
    feed(row);
  }
  bodyBefore(Number.POSITIVE_INFINITY);
  flushHidden();
  // hidden columns among those with a header
  const names = v.headerNames();
  for (let c = 1; c <= names.length; c++) {
    if (s.layout.hiddenColumns.some(([min, max]) => min <= c && c <= max)) {
      v.add("hidden-columns", { col: c, args: { position: c }, value: names[c - 1] ?? "" });
    }
  }
}
