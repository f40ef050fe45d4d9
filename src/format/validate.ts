/** The outputs of `cwplan validate`: findings and row counts per file. */
import type { FileResult } from "../data/types.js";
import { findingMessage } from "../i18n/findings.js";
import { findingPlace, renderFindings } from "./check/findings.js";
import { githubFindings } from "./check/github.js";
import type { FormatOptions } from "./report.js";

export const VALIDATE_FORMATS = ["table", "json", "github"] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];
type ValidateFormatter = (files: FileResult[], o: FormatOptions, max: number) => string;

export function validateFormatter(name: ValidateFormat): ValidateFormatter {
  switch (name) {
    case "table":
      return validateText;
    case "json":
      return validateJson;
    case "github":
      return (files, o, max) => githubFindings(files, o, max);
  }
}

export function totals(files: FileResult[]) {
  const all = files.flatMap((f) => f.findings);
  return {
    files: files.length,
    rowsRead: files.reduce((n, f) => n + f.rowsRead, 0),
    rowsValid: files.reduce((n, f) => n + f.rowsValid, 0),
    rowsInvalid: files.reduce((n, f) => n + f.rowsInvalid, 0),
    errors: all.filter((f) => f.severity === "error").length,
    warnings: all.filter((f) => f.severity === "warning").length,
  };
}

function validateText(files: FileResult[], o: FormatOptions, max: number): string {
  const t = totals(files);
  const body = renderFindings(files, o, max, true);
  const verdict =
    t.errors > 0
      ? o.style.red(o.lang === "zh" ? "校验未通过" : "invalid")
      : o.style.green(o.lang === "zh" ? "校验通过" : "valid");
  const line =
    o.lang === "zh"
      ? `${verdict}：${t.files} 个文件，读取 ${t.rowsRead} 行，有效 ${t.rowsValid} 行，无效 ${t.rowsInvalid} 行；${t.errors} 个错误，${t.warnings} 个警告`
      : `${verdict}: ${t.files} file${t.files === 1 ? "" : "s"}, ${t.rowsRead} row${t.rowsRead === 1 ? "" : "s"} read, ${t.rowsValid} valid, ${t.rowsInvalid} invalid; ${t.errors} error${t.errors === 1 ? "" : "s"}, ${t.warnings} warning${t.warnings === 1 ? "" : "s"}`;
  return `${body}${line}\n`;
}

function validateJson(files: FileResult[], o: FormatOptions): string {
  const out = {
    schemaVersion: 1,
    valid: totals(files).errors === 0,
    totals: totals(files),
    files: files.map((f) => ({
      path: f.path,
      encoding: f.encoding,
      delimiter: f.delimiter,
      rowsRead: f.rowsRead,
      rowsValid: f.rowsValid,
      rowsInvalid: f.rowsInvalid,
      findings: f.findings.map((x) => ({
        ...x,
        place: findingPlace(x),
        message: findingMessage(x, o.lang),
      })),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
