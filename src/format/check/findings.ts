/** Data findings and per-file counts, as `validate` and `check` print them. */
import { countFindings } from "../../data/count.js";
import { HEADER_WORDS, mapHeader } from "../../data/headers.js";
import { alwaysListed, capFindings, rankFindings, rankOf } from "../../data/rank.js";
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
  /**
   * Grouped lists only (`group`): the open errors and figure-changing
   * warnings beyond `max`, one group per file (sheet) × code, in rank order
   */
  groups: FindingGroup[];
  /** left out: by `max` here, and by the data layer's caps (`findings-truncated`) */
  more: number;
}

/** Findings of one code in one file (sheet), counted, with their lines. */
export interface FindingGroup {
  /** the file (the workbook, for a sheet) */
  file: string;
  /** the sheet, in a workbook */
  sheet?: string;
  code: string;
  severity: Finding["severity"];
  count: number;
  /** the lines (rows) the findings are on, ascending, each once */
  lines: number[];
}

/**
 * At most `max` findings, ranked; open errors and the warnings that change
 * what a figure means are listed whatever `max` (capFindings), or, with
 * `group` (a screen that must stay short), those beyond `max` are grouped per
 * file × code (every one still counted on screen). The notes of what a data
 * cap left out are not listed: they are counted in `more`.
 */
export function findingList(findings: readonly Finding[], max: number, group = false): FindingList {
  const listed = findings.filter((x) => x.code !== "findings-truncated");
  const omitted = countFindings([{ findings }]).omitted;
  if (!group) {
    const { shown, cut } = capFindings(listed, max);
    return { shown, groups: [], more: cut + omitted };
  }
  const ranked = rankFindings(listed);
  const beyond = ranked.slice(Math.max(0, max));
  const kept = beyond.filter((f) => alwaysListed(rankOf(f)));
  return {
    shown: ranked.slice(0, Math.max(0, max)),
    groups: groupFindings(kept),
    more: beyond.length - kept.length + omitted,
  };
}

/** Findings grouped per file (sheet) × code, in the order first met. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const file = bookOf(f.file, f.sheet);
    const key = JSON.stringify([file, f.sheet, f.code, f.severity]);
    const g: FindingGroup = groups.get(key) ?? {
      file,
      ...(f.sheet === undefined ? {} : { sheet: f.sheet }),
      code: f.code,
      severity: f.severity,
      count: 0,
      lines: [],
    };
    g.count++;
    if (f.line !== undefined && !g.lines.includes(f.line)) g.lines.push(f.line);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({ ...g, lines: g.lines.sort((a, b) => a - b) }));
}

/** `3–14`, `20`: ascending lines as runs of consecutive ones. */
export function lineRuns(lines: readonly number[]): string[] {
  const runs: string[] = [];
  let start: number | undefined;
  let last = 0;
  for (const n of [...lines, Number.NaN]) {
    if (start !== undefined && n === last + 1) {
      last = n;
      continue;
    }
    if (start !== undefined) runs.push(start === last ? String(start) : `${start}–${last}`);
    start = n;
    last = n;
  }
  return runs;
}

/** how many runs of lines a group's line names before 等/… */
const GROUP_RUNS = 3;

/**
 * The lines of the groups: a heading with their total and the folder they
 * share (left out of each line so that a line fits a screen), then a line a
 * group, `file: error [code] ×12 (lines 3–14, 20, …)`; `o.style` paints the
 * severity where the output has colour. None when there is no group.
 */
export function groupLines(
  groups: readonly FindingGroup[],
  o: Pick<FormatOptions, "lang"> & { style?: FormatOptions["style"] },
): string[] {
  if (groups.length === 0) return [];
  const words = FINDING_WORDS[o.lang];
  const folder = sharedFolder(groups.map((g) => g.file));
  const total = groups.reduce((n, g) => n + g.count, 0);
  return [
    words.groupedHead(total, folder),
    ...groups.map((g) => {
      const word = words.severity[g.severity];
      const sev = !o.style
        ? word
        : g.severity === "error"
          ? o.style.red(word)
          : o.style.yellow(word);
      const runs = lineRuns(g.lines);
      return words.grouped(
        `${g.file.slice(folder.length)}${g.sheet === undefined ? "" : `!${g.sheet}`}`,
        sev,
        g.code,
        g.count,
        runs.slice(0, GROUP_RUNS),
        runs.length > GROUP_RUNS,
      );
    }),
  ];
}

/** The folder (ending in `/`) every path is in; "" when they share none. */
export function sharedFolder(paths: readonly string[]): string {
  const [first = "", ...rest] = paths;
  let folder = first.slice(0, first.lastIndexOf("/") + 1);
  for (const p of rest) {
    while (folder !== "" && !p.startsWith(folder)) {
      folder = folder.slice(0, folder.lastIndexOf("/", folder.length - 2) + 1);
    }
  }
  return folder;
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
