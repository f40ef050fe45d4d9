/**
 * An Excel cell as the text a CSV drop would have held: what a department
 * sees in the cell, read from its stored value and number format. Pure (a
 * cell is given as its value and format, no workbook needed), so that the
 * same rules hold wherever cells come from.
 */

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
 * read as that date's month, with a warning). exceljs gives dates in UTC.
 */
export function dateText(d: Date, fmt: string | undefined): string {
  if (Number.isNaN(d.getTime())) return "";
  const ym = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  return showsDay(fmt) ? `${ym}-${pad(d.getUTCDate())}` : ym;
}

/**
 * The text of a cell, from its value (exceljs's `cell.value`: anything it
 * holds is read, nothing is assumed). A percent-formatted number is what the cell shows
 * (0.503 shown as 50.3% is `50.3%`); a formula is its cached result (a
 * formula without one cannot be read: nothing is ever calculated here); an
 * error value (#N/A, #DIV/0!) cannot be read either.
 */
export function cellText(value: unknown, fmt: string | undefined): CellText {
  if (value === null || value === undefined) return { ok: true, text: "" };
  if (typeof value === "number") {
    return {
      ok: true,
      text: isPercentFormat(fmt) ? `${numberText(value * 100)}%` : numberText(value),
    };
  }
  if (typeof value === "string") return { ok: true, text: value };
  if (typeof value === "boolean") return { ok: true, text: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) return { ok: true, text: dateText(value, fmt) };
  if (typeof value !== "object") return { ok: true, text: String(value) };
  if ("error" in value && typeof value.error === "string") {
    return { ok: false, code: "cell-error", value: value.error };
  }
  if ("richText" in value && Array.isArray(value.richText)) {
    return {
      ok: true,
      text: value.richText.map((r) => (typeof r?.text === "string" ? r.text : "")).join(""),
    };
  }
  if ("formula" in value || "sharedFormula" in value) {
    const formula = String(
      ("formula" in value ? value.formula : undefined) ??
        ("sharedFormula" in value ? value.sharedFormula : undefined) ??
        "",
    );
    const result = "result" in value ? value.result : undefined;
    if (result === undefined || result === null) {
      return { ok: false, code: "formula-no-value", value: `=${formula}` };
    }
    return cellText(result, fmt);
  }
  if ("text" in value) {
    const t = value.text;
    if (typeof t === "string") return { ok: true, text: t };
    return cellText(t, fmt);
  }
  return { ok: true, text: "" };
}

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}
