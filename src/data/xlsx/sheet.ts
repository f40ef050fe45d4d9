/**
 * One worksheet's part, read straight from its XML (no workbook library):
 * its layout first (hidden columns before the cells, merged ranges after
 * them), then its rows one by one, as text (cells.ts), only the rows the
 * part holds (an empty row is never made). Excel's bounds hold or the
 * sheet is refused: rows up to 1,048,576, columns up to XFD (16,384), rows
 * and cells in order, each once; merged ranges cover at most a given
 * number of cells. A wall-clock budget is checked as rows are read.
 */
import type { FlaggedCell } from "../validator.js";
import type { Book } from "./book.js";
import { stringItem } from "./book.js";
import { cellText, type RawCell } from "./cells.js";
import { XlsxError, XmlReader } from "./xml.js";

export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

/** A range (1-based, inclusive). */
export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Over a limit: cells under merges, or the time allowed. */
export class SheetLimitError extends Error {
  constructor(
    readonly what: "merged" | "time",
    readonly limit: number,
  ) {
    super(what);
  }
}

export interface SheetRow {
  /** 1-based row number */
  n: number;
  hidden: boolean;
  /** text by 0-based column (holes are empty) */
  cells: string[];
  flagged: FlaggedCell[];
}

export interface SheetLayout {
  merges: Range[];
  /** hidden column ranges `[min, max]` */
  hiddenColumns: [number, number][];
  /** where the rows are in the part's text */
  rowsStart: number;
  rowsEnd: number;
}

/** `A1`-style reference: column and row, within Excel's bounds. */
export function parseRef(ref: string): { col: number; row: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) throw new XlsxError(`a bad cell reference ${ref.slice(0, 20)}`);
  let col = 0;
  for (const ch of (m[1] ?? "").toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  const row = Number(m[2]);
  if (col > MAX_COL) throw new XlsxError(`a column beyond XFD (${ref.slice(0, 20)})`);
  if (row < 1 || row > MAX_ROW)
    throw new XlsxError(`a row beyond ${MAX_ROW} (${ref.slice(0, 20)})`);
  return { col, row };
}

function parseRange(ref: string): Range {
  const [a, b = a] = ref.split(":");
  const p = parseRef(a ?? "");
  const q = parseRef(b ?? "");
  return {
    top: Math.min(p.row, q.row),
    bottom: Math.max(p.row, q.row),
    left: Math.min(p.col, q.col),
    right: Math.max(p.col, q.col),
  };
}

const SHEET_DATA_OPEN = /<(?:[\w.-]+:)?sheetData(\s[^>]*)?>/;

/** The hidden columns and merged ranges, and where the rows lie. */
export function sheetLayout(xml: string, maxMergedCells: number): SheetLayout {
  const open = SHEET_DATA_OPEN.exec(xml);
  let rowsStart = 0;
  let rowsEnd = 0;
  let tail = 0;
  const headEnd = open ? open.index : xml.length;
  if (open && !(open[0] ?? "").endsWith("/>")) {
    rowsStart = open.index + open[0].length;
    const close = xml.lastIndexOf("sheetData>");
    rowsEnd = xml.lastIndexOf("<", close);
    if (close < 0 || rowsEnd < rowsStart) throw new XlsxError("the sheet's rows are cut short");
    tail = close + "sheetData>".length;
  } else if (open) tail = open.index + open[0].length;
  const hiddenColumns: [number, number][] = [];
  const head = new XmlReader(xml, 0, headEnd);
  for (let ev = head.next(); ev !== "end"; ev = head.next()) {
    if (ev !== "open" || head.name !== "col") continue;
    const a = head.attrs();
    const min = Number(a.min);
    const max = Number(a.max);
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min || max > MAX_COL) {
      throw new XlsxError(`a column range beyond Excel's ${MAX_COL} columns (${a.min}:${a.max})`);
    }
    if (a.hidden === "1" || a.hidden === "true") hiddenColumns.push([min, max]);
  }
  const merges: Range[] = [];
  let covered = 0;
  if (open) {
    const rest = new XmlReader(xml, tail);
    for (let ev = rest.next(); ev !== "end"; ev = rest.next()) {
      if (ev !== "open" || rest.name !== "mergeCell") continue;
      const m = parseRange(rest.attrs().ref ?? "");
      covered += (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (covered > maxMergedCells) throw new SheetLimitError("merged", maxMergedCells);
      merges.push(m);
    }
  }
  return { merges, hiddenColumns, rowsStart, rowsEnd };
}

/** Reads one `<c>` just opened: its raw parts. */
function readCell(
  r: XmlReader,
  a: Record<string, string>,
  book: Book,
  shared: Map<string, string>,
): RawCell {
  const style = a.s === undefined ? 0 : Number(a.s);
  const cell: RawCell = {
    type: a.t ?? "n",
    v: undefined,
    formula: undefined,
    inline: undefined,
    fmt: book.formats[style],
  };
  if (r.selfClosing) return cell;
  for (;;) {
    const ev = r.next();
    if (ev === "end") throw new XlsxError("the XML is cut short");
    if (ev === "close" && r.name === "c") return cell;
    if (ev !== "open") continue;
    if (r.name === "v") cell.v = r.skip(true);
    else if (r.name === "is") cell.inline = stringItem(r);
    else if (r.name === "f") {
      const fa = r.attrs();
      const text = r.skip(true);
      if (fa.t === "shared" && fa.si !== undefined) {
        if (text !== "") shared.set(fa.si, text);
        cell.formula = text || (shared.get(fa.si) ?? "");
      } else cell.formula = text;
    } else r.skip();
  }
}

/**
 * The rows of a sheet, in order, each with its cells as text. `deadline`
 * is a time (ms since the epoch) past which reading stops with a
 * SheetLimitError; `counted` collects the number of `<c>` elements read.
 */
export function* sheetRows(
  xml: string,
  layout: SheetLayout,
  book: Book,
  deadline: { at: number; budget: number },
  counted: { cells: number },
): Generator<SheetRow> {
  const r = new XmlReader(xml, layout.rowsStart, layout.rowsEnd);
  const shared = new Map<string, string>();
  let lastRow = 0;
  let rows = 0;
  for (let ev = r.next(); ev !== "end"; ev = r.next()) {
    if (ev !== "open" || r.name !== "row") continue;
    const a = r.attrs();
    const n = a.r === undefined ? lastRow + 1 : Number(a.r);
    if (!Number.isInteger(n) || n < 1 || n > MAX_ROW) {
      throw new XlsxError(
        `a row number beyond Excel's ${MAX_ROW} rows (${String(a.r).slice(0, 20)})`,
      );
    }
    if (n <= lastRow) throw new XlsxError(`row ${n} is out of order or given twice`);
    lastRow = n;
    if ((++rows & 1023) === 0 && Date.now() > deadline.at) {
      throw new SheetLimitError("time", deadline.budget);
    }
    const row: SheetRow = {
      n,
      hidden: a.hidden === "1" || a.hidden === "true",
      cells: [],
      flagged: [],
    };
    if (!r.selfClosing) readRow(r, n, row, book, shared, counted);
    yield row;
  }
}

function readRow(
  r: XmlReader,
  n: number,
  row: SheetRow,
  book: Book,
  shared: Map<string, string>,
  counted: { cells: number },
): void {
  let lastCol = 0;
  for (;;) {
    const ev = r.next();
    if (ev === "end") throw new XlsxError("the XML is cut short");
    if (ev === "close" && r.name === "row") return;
    if (ev !== "open") continue;
    if (r.name !== "c") {
      r.skip();
      continue;
    }
    counted.cells++;
    const a = r.attrs();
    let col = lastCol + 1;
    if (a.r !== undefined) {
      const ref = parseRef(a.r);
      if (ref.row !== n) throw new XlsxError(`cell ${a.r} lies outside row ${n}`);
      col = ref.col;
    }
    if (col > MAX_COL) throw new XlsxError(`a column beyond XFD in row ${n}`);
    if (col <= lastCol) throw new XlsxError(`a cell in row ${n} is out of order or given twice`);
    lastCol = col;
    const t = cellText(readCell(r, a, book, shared), book.strings, book.date1904);
    if (t.ok) {
      if (t.text === "") continue;
      while (row.cells.length < col - 1) row.cells.push("");
      row.cells[col - 1] = t.text;
    } else row.flagged.push({ index: col - 1, code: t.code, value: t.value });
  }
}
