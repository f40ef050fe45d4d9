/**
 * An Excel cell as the text a CSV drop would have held: what a department
 * sees in the cell, read from its stored value and number format. Pure (a
 * cell is given as its value and format, no workbook needed), so that the
 * same rules hold wherever cells come from.
 */
import { XlsxError } from "./xml.js";

export type CellText =
  | { ok: true; text: string }
  | { ok: false; code: "formula-no-value" | "cell-error"; value: string };

/** A number as Excel shows it at most (15 significant digits), without float noise. */
export function numberText(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const n = Number(v.toPrecision(15));
  return String(Object.is(n, -0) ? 0 : n);
}

/** True when a number format shows a percentage (a `%` outside quotes and escapes). */
export function isPercentFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /%/.test(fmt.replace(/"[^"]*"|\\./g, ""));
}

/** True when a date format shows the day (`d`, outside quotes and escapes). */
function showsDay(fmt: string | undefined): boolean {
  if (!fmt) return true;
  return /d/i.test(fmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, ""));
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * A date cell as text: `YYYY-MM` when its format shows no day (a month the
 * department picked, 2025年6月), else `YYYY-MM-DD` (which the period rules
 * read as that date's month, with a warning). dates are in UTC.
 */
export function dateText(d: Date, fmt: string | undefined): string {
  if (Number.isNaN(d.getTime())) return "";
  const ym = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  return showsDay(fmt) ? `${ym}-${pad(d.getUTCDate())}` : ym;
}

/** A cell as its part holds it: type (`t`), cached value (`<v>`), formula, inline text, format. */
export interface RawCell {
  /** the `t` attribute: n (or absent), s, str, inlineStr, b, e, d */
  type: string;
  /** the text of `<v>`, if any */
  v: string | undefined;
  /** the formula's text when the cell has a `<f>` (empty for a shared one without text) */
  formula: string | undefined;
  /** the text of `<is>` for an inline string */
  inline: string | undefined;
  /** the number format of the cell's style */
  fmt: string | undefined;
}

const XSD_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A stored number: only when the whole text is one (as a CSV cell would be
 * read), finite, and not a non-zero figure that underflows to 0 (`1e-400`).
 * Anything else stays text, for the row rules to judge as written.
 */
export function storedNumber(v: string): number | undefined {
  if (!XSD_NUMBER.test(v)) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) return undefined;
  if (n === 0 && /[1-9]/.test(v.split(/[eE]/)[0] ?? "")) return undefined;
  return n;
}

/** True when a number format shows a date or time (letters outside quotes and brackets). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhsb]/i.test(fmt.replace(/\[[^\]]*\]|"[^"]*"|\\./g, "").replace(/General/gi, ""));
}

/** A date serial as a date (exceljs's reading: 1900 system unless the workbook says 1904). */
export function serialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** A `t="d"` cell's text (ISO 8601): the calendar date as written, whatever its offset. */
function isoDate(v: string): Date | undefined {
  const m = ISO_DATE.exec(v.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}

/**
 * The text of a cell as its part stores it. A number is one only when its
 * whole stored text is (`storedNumber`), and is then shown as the cell
 * shows it: a percent format as `50.3%`, a date format as a date; a
 * `t="d"` cell is its date. A formula is its cached result, read by the
 * same rules (nothing is ever calculated here); a formula without one, or
 * an error value (#N/A, #DIV/0!), cannot be read.
 */
export function cellText(c: RawCell, strings: readonly string[], date1904: boolean): CellText {
  const { type, v } = c;
  if (type === "e") return { ok: false, code: "cell-error", value: v ?? "" };
  if (type === "inlineStr" && c.formula === undefined) return { ok: true, text: c.inline ?? "" };
  if (v === undefined) {
    if (c.formula !== undefined)
      return { ok: false, code: "formula-no-value", value: `=${c.formula}` };
    return { ok: true, text: c.inline ?? "" };
  }
  switch (type) {
    case "s": {
      const s = /^\d+$/.test(v) ? strings[Number(v)] : undefined;
      if (s === undefined)
        throw new XlsxError(`a cell names shared string ${v.slice(0, 20)}, which is missing`);
      return { ok: true, text: s };
    }
    case "str":
    case "inlineStr":
      return { ok: true, text: v };
    case "b":
      return { ok: true, text: v === "1" ? "TRUE" : v === "0" ? "FALSE" : v };
    case "d": {
      const d = isoDate(v);
      return { ok: true, text: d ? dateText(d, c.fmt) : v };
    }
    default: {
      const n = storedNumber(v);
      if (n === undefined) return { ok: true, text: v };
      if (isDateFormat(c.fmt)) return { ok: true, text: dateText(serialDate(n, date1904), c.fmt) };
      return { ok: true, text: isPercentFormat(c.fmt) ? `${numberText(n * 100)}%` : numberText(n) };
    }
  }
}

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}
