/** The outputs of `cwplan validate`: findings and row counts per file. */
import { countFindings } from "../data/count.js";
import type { FileResult } from "../data/types.js";
import { FINDING_WORDS, findingMessage } from "../i18n/findings.js";
import type { ValidateFormat } from "../vocabulary.js";
import { findingPlace, renderFindings } from "./check/findings.js";
import { githubFindings } from "./check/github.js";
import type { FormatOptions } from "./check-output.js";
import { safeFiles } from "./safe.js";

type ValidateFormatter = (files: FileResult[], o: FormatOptions, max: number) => string;

export function validateFormatter(name: ValidateFormat): ValidateFormatter {
  switch (name) {
    // the formats a person reads pass the sanitising step first (safe.ts)
    case "table":
      return (files, o, max) => validateText(safeFiles(files), o, max);
    case "json":
      return validateJson;
    case "github":
      return (files, o, max) => githubFindings(safeFiles(files), o, max);
  }
}

export function totals(files: FileResult[]) {
  const counts = countFindings(files);
  return {
    files: files.length,
    rowsRead: files.reduce((n, f) => n + f.rowsRead, 0),
    rowsValid: files.reduce((n, f) => n + f.rowsValid, 0),
    rowsInvalid: files.reduce((n, f) => n + f.rowsInvalid, 0),
    // those a cap left unlisted included
    errors: counts.errors,
    warnings: counts.warnings,
    /** findings counted but not listed (--max-errors) */
    omitted: counts.omitted,
  };
}

function validateText(files: FileResult[], o: FormatOptions, max: number): string {
  const t = totals(files);
  const body = renderFindings(files, o, max, true);
  const words = FINDING_WORDS[o.lang];
  const valid = t.errors === 0;
  const verdict = valid ? o.style.green(words.verdict(true)) : o.style.red(words.verdict(false));
  const line = words.totals(verdict, t);
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
