/** Data findings and per-file counts, as `validate` and `check` print them. */
import { countFindings } from "../../data/count.js";
import { HEADER_WORDS, mapHeader } from "../../data/headers.js";
import { capFindings } from "../../data/rank.js";
import { bookOf } from "../../data/source.js";
import type { FileResult, Finding } from "../../data/types.js";
import { columnLetters } from "../../data/xlsx/cells.js";
import { FINDING_WORDS, findingMessage } from "../../i18n/findings.js";
import type { Lang } from "../../vocabulary.js";
import type { FormatOptions } from "../check-output.js";

/**
 * `file:line:col` (or as much of it as the finding has); in a workbook
 * `file.xlsx!Sheet1!C5` (a row `5:5`, a column `C:C`), as Excel writes it.
 */
export function findingPlace(f: Finding): string {
  if (f.sheet !== undefined) {
    const col = f.col === undefined ? "" : columnLetters(f.col);
    const ref =
      f.line !== undefined && col !== ""
        ? `!${col}${f.line}`
        : f.line !== undefined
          ? `!${f.line}:${f.line}`
          : col !== ""
            ? `!${col}:${col}`
            : "";
    return `${bookOf(f.file, f.sheet)}!${f.sheet}${ref}`;
  }
  let s = f.file;
  if (f.line !== undefined) s += `:${f.line}`;
  if (f.line !== undefined && f.col !== undefined) s += `:${f.col}`;
  return s;
}

/**
 * The column a finding is about, as a reader of the language names it: in
 * English the file's own header; in Chinese the column's Chinese word
 * (报告期), with the file's header after it where that differs
 * (报告期/period); an unknown column as the file writes it.
 */
export function columnLabel(f: Finding, lang: Lang): string | undefined {
  if (!f.column) return undefined;
  if (lang !== "zh") return f.column;
  const field = mapHeader(f.column);
  if (!field) return f.column;
  const word = HEADER_WORDS.zh[field];
  // a missing column is named by its field: the file has no header to show
  return word === f.column || f.code === "missing-header" ? word : `${word}/${f.column}`;
}

/** One line a finding: `file:line:col: error [code] (column) message`. */
export function findingLine(f: Finding, o: FormatOptions): string {
  const word = FINDING_WORDS[o.lang].severity[f.severity];
  const sev =
    f.severity === "error"
      ? o.style.red(word)
      : f.severity === "note"
        ? word
        : o.style.yellow(word);
  const label = columnLabel(f, o.lang);
  const column = label ? ` (${label})` : "";
  return `${findingPlace(f)}: ${sev} [${f.code}]${column} ${findingMessage(f, o.lang)}`;
}

/** The findings a person's list shows, and how many it does not. */
export interface FindingList {
  /** ranked (src/data/rank.ts): open errors, warnings that change a figure's meaning, the rest */
  shown: Finding[];
  /** left out: by `max` here, and by the data layer's caps (`findings-truncated`) */
  more: number;
}

/**
 * At most `max` findings, ranked; open errors and the warnings that change
 * what a figure means are listed whatever `max` (capFindings). The notes of
 * what a data cap left out are not listed: they are counted in `more`.
 */
export function findingList(findings: readonly Finding[], max: number): FindingList {
  const listed = findings.filter((x) => x.code !== "findings-truncated");
  const { shown, cut } = capFindings(listed, max);
  return { shown, more: cut + countFindings([{ findings }]).omitted };
}

/**
 * Findings (ranked, at most `max` but every open error and figure-changing
 * warning, saying when it cut), then a line a file with its row counts.
 * Empty when no file has a finding and `always` is false.
 */
export function renderFindings(
  files: FileResult[],
  o: FormatOptions,
  max = 1000,
  always = false,
): string {
  const list = findingList(
    files.flatMap((f) => f.findings),
    max,
  );
  if (list.shown.length === 0 && list.more === 0 && !always) return "";
  const lines = list.shown.map((f) => findingLine(f, o));
  const more = omittedLine(list.more, max, o);
  if (more) lines.push(more);
  for (const f of files) {
    lines.push(fileLine(f, o));
  }
  return `${lines.join("\n")}\n`;
}

/** `file: 8 rows read, 3 valid, 5 invalid (utf-8)` — nothing lost: read = valid + invalid. */
export function fileLine(f: FileResult, o: FormatOptions): string {
  const enc = f.encoding ? ` (${f.encoding}${f.sheet === undefined ? "" : `, ${f.sheet}`})` : "";
  return FINDING_WORDS[o.lang].fileCounts(f.path, f, enc);
}

/**
 * How many findings were left out (FindingList's `more`: by the data layer's
 * caps, see `findings-truncated`, and by `max`): `… 1,234 more not shown`.
 */
export function omittedLine(
  more: number,
  max: number,
  o: Pick<FormatOptions, "lang">,
): string | undefined {
  if (more <= 0) return undefined;
  return FINDING_WORDS[o.lang].moreNotShown(more, max);
}
