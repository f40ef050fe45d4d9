/**
 * A workbook's sheets, opened once: which have a header (a drop), which
 * are empty, and what a workbook made by `cwplan template` says about
 * itself (src/data/sender.ts, `TEMPLATE_META`).
 */
import { HEADER_SCAN_ROWS, isHeaderRow } from "../layout.js";
import { TEMPLATE_META, type TemplateMeta } from "../sender.js";
import { type Book, readBook, type SheetInfo } from "./book.js";
import { columnLetters } from "./cells.js";
import { type SheetLayout, sheetLayout, sheetRows } from "./sheet.js";
import { XlsxError } from "./xml.js";
import { DEFAULT_LIMITS, openZip, type ZipLimits } from "./zip.js";

export interface Reading {
  clock: { at: number; budget: number };
  counted: { cells: number };
  limits: ZipLimits;
}

/** A sheet's text and layout, read once. */
export interface OpenSheet {
  info: SheetInfo;
  xml: string;
  layout: SheetLayout;
}

export function openSheet(book: Book, info: SheetInfo, reading: Reading): OpenSheet {
  const xml = book.parts.text(info.part);
  if (xml === undefined) throw new XlsxError(`the part of sheet ${info.name} is missing`);
  return { info, xml, layout: sheetLayout(xml, reading.limits.maxMergedCells) };
}

/** Whether a sheet has a row, near its top, that names at least two required columns (`isHeaderRow`). */
export function hasHeader(s: OpenSheet, book: Book, reading: Reading): boolean {
  return headerRow(s, book, reading) !== undefined;
}

/** The row, near a sheet's top, that names at least two required columns. */
function headerRow(s: OpenSheet, book: Book, reading: Reading): number | undefined {
  const counted = { cells: 0 };
  for (const row of sheetRows(s.xml, s.layout, book, reading.clock, counted)) {
    if (row.n > HEADER_SCAN_ROWS) break;
    if (isHeaderRow(row.cells)) return row.n;
  }
  return undefined;
}

/** Whether a sheet with a header has anything below it (a drop, not an empty form). */
export function hasRows(s: OpenSheet, book: Book, reading: Reading): boolean {
  const top = headerRow(s, book, reading);
  if (top === undefined) return false;
  const counted = { cells: 0 };
  for (const row of sheetRows(s.xml, s.layout, book, reading.clock, counted)) {
    if (row.n > top && (row.flagged.length > 0 || row.cells.some((c) => c.trim() !== ""))) {
      return true;
    }
  }
  return false;
}

export function isEmpty(s: OpenSheet, book: Book, reading: Reading): boolean {
  const counted = { cells: 0 };
  for (const row of sheetRows(s.xml, s.layout, book, reading.clock, counted)) {
    if (row.flagged.length > 0 || row.cells.some((c) => c.trim() !== "")) return false;
  }
  return true;
}

/**
 * What a workbook made by `cwplan template` says about itself: the unit and
 * period in its hidden lists sheet (`TEMPLATE_META`), each under its label.
 */
export function sheetMeta(
  book: Book,
  all: OpenSheet[],
  reading: Reading,
): TemplateMeta | undefined {
  const lists = all.find((s) => s.info.name === TEMPLATE_META.sheet);
  if (!lists) return undefined;
  const cells = new Map<string, string>();
  for (const row of sheetRows(lists.xml, lists.layout, book, reading.clock, { cells: 0 })) {
    if (row.n > 2) break;
    row.cells.forEach((text, i) => {
      cells.set(`${columnLetters(i + 1)}${row.n}`, text);
    });
  }
  const read = (label: { cell: string; text: string }, cell: string): string | undefined => {
    const v = cells.get(cell)?.trim();
    return cells.get(label.cell) === label.text && v ? v : undefined;
  };
  const unit = read(TEMPLATE_META.unitLabel, TEMPLATE_META.unit);
  const period = read(TEMPLATE_META.periodLabel, TEMPLATE_META.period);
  if (unit === undefined && period === undefined) return undefined;
  return { ...(unit ? { unit } : {}), ...(period ? { period } : {}) };
}

/** The template metadata of a workbook's bytes (undefined when it has none or cannot be read). */
export function templateMeta(bytes: Uint8Array): TemplateMeta | undefined {
  const zip = openZip(bytes);
  if (!zip.ok) return undefined;
  try {
    const book = readBook(zip.parts);
    const reading: Reading = {
      clock: { at: Date.now() + DEFAULT_LIMITS.maxMillis, budget: DEFAULT_LIMITS.maxMillis },
      counted: { cells: 0 },
      limits: DEFAULT_LIMITS,
    };
    return sheetMeta(
      book,
      book.sheets.map((info) => openSheet(book, info, reading)),
      reading,
    );
  } catch {
    return undefined;
  }
}
