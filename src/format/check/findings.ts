/** Data findings and per-file counts, as `validate` and `check` print them. */
import type { FileResult, Finding } from "../../data/types.js";
import { findingMessage } from "../../i18n/findings.js";
import type { FormatOptions } from "../report.js";
import { words } from "./words.js";

/** `file:line:col` (or as much of it as the finding has). */
export function findingPlace(f: Finding): string {
  let s = f.file;
  if (f.line !== undefined) s += `:${f.line}`;
  if (f.line !== undefined && f.col !== undefined) s += `:${f.col}`;
  return s;
}

/** One line a finding: `file:line:col: error [code] message`. */
export function findingLine(f: Finding, o: FormatOptions): string {
  const sev = f.severity === "error" ? o.style.red("error") : o.style.yellow("warning");
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
  const W = words(o.lang);
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
    lines.push(
      `${f.path}: ${f.rowsRead} ${W.rows}, ${f.rowsValid} ${W.valid}, ${f.rowsInvalid} ${W.invalid} (${f.encoding})`,
    );
  }
  return `${lines.join("\n")}\n`;
}
