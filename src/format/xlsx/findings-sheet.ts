/**
 * The results workbook's 问题清单 (Findings) sheet: one row per finding of
 * the files read, with the unit that sent the row or file, so that the
 * analyst can filter it per unit (autoFilter) and send each its part.
 */
import { basename } from "node:path";
import type { Worksheet } from "exceljs";
import { bookOf } from "../../data/source.js";
import type { FileResult, Finding } from "../../data/types.js";
import { columnLetters } from "../../data/xlsx/cells.js";
import { findingMessage } from "../../i18n/findings.js";
import type { Lang } from "../../i18n/lang.js";
import { RESULT_WORDS } from "../../i18n/xlsx.js";
import type { Plan } from "../../plan/types.js";
import { safeFinding } from "../safe.js";

type Words = (typeof RESULT_WORDS)[Lang];

/** The sheet's header. */
export function findingsHeader(words: Words): string[] {
  return [
    words.unit,
    words.file,
    words.sheet,
    words.cell,
    words.code,
    words.severity,
    words.value,
    words.message,
  ];
}

/** Column widths, in the header's order. */
export const FINDINGS_WIDTHS = [24, 32, 12, 12, 20, 8, 16, 80];

/** Where in the file: the cell (C5) in a workbook, else the line (and column). */
function cellOf(f: Finding): string {
  if (f.line === undefined) return "";
  if (f.sheet !== undefined && f.col !== undefined) return `${columnLetters(f.col)}${f.line}`;
  return f.col === undefined ? `${f.line}` : `${f.line}:${f.col}`;
}

/** Fills the sheet: every finding of every file, the unit that sent it first. */
export function writeFindings(
  ws: Worksheet,
  plan: Plan,
  files: readonly FileResult[],
  lang: Lang,
): void {
  const words = RESULT_WORDS[lang];
  const unitName = new Map(plan.units.map((u) => [u.id, lang === "zh" ? u.name : u.en]));
  for (const file of files) {
    const byLine = new Map((file.refused ?? []).map((r) => [r.line, r.sender]));
    for (const raw of file.findings) {
      const f = safeFinding(raw);
      const sender =
        (f.line === undefined ? undefined : byLine.get(f.line)) ?? file.sender?.unit ?? null;
      ws.addRow([
        sender === null ? words.senderUnknown : (unitName.get(sender) ?? sender),
        basename(bookOf(f.file, f.sheet)),
        f.sheet ?? "",
        cellOf(f),
        f.code,
        words[f.severity],
        f.value ?? "",
        findingMessage(f, lang),
      ]);
    }
  }
}
