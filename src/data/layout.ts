/**
 * How a sheet is laid out around its data, as departments lay it out: title
 * lines above the header, blank lines, a total row (合计) and the header
 * repeated. Each is recognised here so that it is reported as what it is
 * and never read as data. Pure functions of a record's cells (and the header).
 *
 * The header decisions, in one place, for the CSV and the .xlsx readers:
 * - reading a file or the sheet chosen (src/data/validator.ts): up to
 *   `MAX_TITLE_LINES` titles (`isTitle`), then the first record that names a
 *   column (`namesAField`) is the header; without one, the first record is
 *   (and its problems are reported as the header's);
 * - choosing the sheets of a workbook (src/data/xlsx/open.ts): a sheet has a
 *   header when a row among its first `HEADER_SCAN_ROWS` is `isHeaderRow`,
 *   two of the required columns named, so that a notes sheet with a 备注 cell
 *   is never taken for a drop;
 * - after the header, a record is the header repeated when every filled cell
 *   names its own column (`skipReason`).
 */
import { type Header, mapHeader, REQUIRED_FIELDS } from "./headers.js";

/**
 * Why a record after the header is skipped rather than read as data: a
 * total row (合计, 小计, 总计 in its indicator or area cell, or as its first
 * text), or the header repeated (every filled cell names its own column).
 * Asked of every record, so the common case (a value that starts like a
 * number, cells that start like no total word) is decided on first characters.
 */
export function skipReason(
  header: Header | undefined,
  cells: string[],
): "total-row" | "repeated-header" | undefined {
  if (!header || header.fatal) return undefined;
  const { indicator, area, value } = header.index;
  if (
    isTotal(firstText(cells)) ||
    (indicator !== undefined && isTotal(cells[indicator] ?? "")) ||
    (area !== undefined && isTotal(cells[area] ?? ""))
  ) {
    return "total-row";
  }
  // a value that starts like a number names no column
  if (value !== undefined && startsLikeNumber(cells[value] ?? "")) return undefined;
  let named = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = (cells[i] ?? "").trim();
    if (c === "") continue;
    const f = mapHeader(c);
    if (f === undefined || f !== header.fields[i]) return undefined;
    named++;
  }
  return named >= 2 ? "repeated-header" : undefined;
}

/** At most this many single-cell lines above the header are taken for a title. */
export const MAX_TITLE_LINES = 3;

/**
 * A title line above the header (成武县2025年7月指标填报表): one filled cell
 * that names no column.
 */
export function isTitle(cells: string[]): boolean {
  let filled = 0;
  for (const c of cells) {
    if (c.trim() === "") continue;
    if (++filled > 1 || mapHeader(c) !== undefined) return false;
  }
  return filled === 1;
}

/** Rows looked at for a header when choosing a workbook's sheets. */
export const HEADER_SCAN_ROWS = 10;

/** A record that names at least two of the required columns (indicator, period, value). */
export function isHeaderRow(cells: readonly string[]): boolean {
  const named = new Set<string>();
  for (const c of cells) {
    const f = mapHeader(c);
    if (f && REQUIRED_FIELDS.includes(f)) named.add(f);
  }
  return named.size >= 2;
}

/** A record with at least one cell that names a column (a header, or part of one). */
export function namesAField(cells: string[]): boolean {
  for (const c of cells) if (c.trim() !== "" && mapHeader(c) !== undefined) return true;
  return false;
}

const TOTALS = new Set(["合计", "小计", "总计", "共计", "total", "subtotal", "grandtotal"]);

/** The first characters of the total words (lower case and upper), and the colons they may follow. */
const TOTAL_STARTS = new Set([..."合小总共tsgTSG:："].map((c) => c.charCodeAt(0)));

/**
 * 合计, 小计, 总计 (also `合 计`, `合计：`, Total). Asked of every row, so a
 * cell is turned down on its first character that is not white space.
 */
export function isTotal(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (TOTAL_STARTS.has(c)) return TOTALS.has(text.replace(/[\s:：]+/g, "").toLowerCase());
    if (!isSpace(c)) return false;
  }
  return false;
}

/** A cell starting with a digit, sign or point (no header name does). */
export function startsLikeNumber(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
}

/** White space as `\s` means it (ECMAScript's WhiteSpace and LineTerminator), by code unit. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The first filled cell, trimmed ("" for none). */
export function firstText(cells: string[]): string {
  for (const c of cells) if (c.trim() !== "") return c.trim();
  return "";
}

/** A record whose cells are all empty or white space (a blank row). */
export function isBlank(cells: string[]): boolean {
  for (const c of cells) if (c.trim() !== "") return false;
  return true;
}
