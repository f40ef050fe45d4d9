/** Data findings and per-file counts, as `validate` and `check` print them. */
import type { FileResult, Finding } from "../../data/types.js";
import { findingMessage } from "../../i18n/findings.js";
import type { FormatOptions } from "../report.js";

/** `file:line:col` (or as much of it as the finding has). */
export function findingPlace(f: Finding): string {
  let s = f.file;
  if (f.line !== undefined) s += `:${f.line}`;
  if (f.line !== undefined && f.col !== undefined) s += `:${f.col}`;
  return s;
}

/** One line a finding: `file:line:col: error [code] message`. */
export function findingLine(f: Finding, o: FormatOptions): string {
  const zh = o.lang === "zh";
  const sev =
    f.severity === "error"
      ? o.style.red(zh ? "错误" : "error")
      : o.style.yellow(zh ? "警告" : "warning");
  const column = f.column ? ` (${f.column})` : "";
  return `${findingPlace(f)}: ${sev} [${f.code}]${column} ${findingMessage(f, o.lang)}`;
}

/**
 * Findings (at most `max`, saying when it cut), then a line a file with its
 * row counts. Empty when no file has a finding and `always` is false.
 */
export function renderFindings(
  files: FileResult[],
  o: FormatOptions,
  max = 1000,
  always = false,
): string {
  const all = files.flatMap((f) => f.findings);
  if (all.length === 0 && !always) return "";
  const lines = all.slice(0, max).map((f) => findingLine(f, o));
  if (all.length > max)
    lines.push(
      o.lang === "zh"
        ? `…… 另有 ${all.length - max} 条未显示（--max-errors ${max}）`
        : `… ${all.length - max} more not shown (--max-errors ${max})`,
    );
  for (const f of files) {
    lines.push(fileLine(f, o));
  }
  return `${lines.join("\n")}\n`;
}

/** `file: 8 rows read, 3 valid, 5 invalid (utf-8)` — nothing lost: read = valid + invalid. */
export function fileLine(f: FileResult, o: FormatOptions): string {
  const enc = f.encoding ? ` (${f.encoding})` : "";
  return o.lang === "zh"
    ? `${f.path}：读取 ${f.rowsRead} 行，有效 ${f.rowsValid} 行，无效 ${f.rowsInvalid} 行${enc}`
    : `${f.path}: ${f.rowsRead} row${f.rowsRead === 1 ? "" : "s"} read, ${f.rowsValid} valid, ${f.rowsInvalid} invalid${enc}`;
}
