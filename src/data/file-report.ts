/**
 * A file's report when the file as a whole is refused (unreadable, not text,
 * a damaged workbook, skipped): no rows, one finding about the file. The one
 * place such a report is made, for the CSV and the .xlsx readers alike.
 */
import { errorCode } from "../errors.js";
import { type FindingCode, severityOf } from "./codes.js";
import type { FileReport, Finding } from "./types.js";

export function fileOnly(
  path: string,
  encoding: string,
  delimiter: string,
  code: FindingCode,
  args?: Record<string, string | number>,
): FileReport {
  const f: Finding = { code, severity: severityOf(code), file: path };
  if (args) f.args = args;
  return {
    path,
    encoding,
    delimiter,
    rowsRead: 0,
    rowsValid: 0,
    rowsInvalid: 0,
    findings: [f],
    observations: [],
  };
}

/**
 * Why the operating system refused a file, as a finding keeps it: its errno
 * code (ENOENT …; the words are chosen in src/i18n/findings.ts), else its message.
 */
export function osReason(e: unknown): string {
  const code = errorCode(e);
  if (code !== undefined) return code;
  if (e && typeof e === "object" && "message" in e && typeof e.message === "string") {
    return e.message;
  }
  return String(e);
}
