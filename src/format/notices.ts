/**
 * `cwplan notices`: one plain-text notice per unit, ready to paste into
 * WeChat or the OA system: 退回通知 (each refused row or unreadable file:
 * the file, sheet and cell, the value as sent, what to write instead) and
 * 催报通知 (each figure still owed, its state and since when). The text
 * digest's rules (src/format/report/text.ts): no box drawing, at most 72
 * display columns, Chinese punctuation in Chinese. Pure: the submissions
 * (src/evaluate/submissions.ts) and the files' findings in, text out.
 */
import { basename } from "node:path";
import { bookOf } from "../data/source.js";
import type { FileResult, Finding } from "../data/types.js";
import { columnLetters } from "../data/xlsx/cells.js";
import type { Submission } from "../evaluate/intake.js";
import type { Submissions } from "../evaluate/submissions.js";
import { findingMessage } from "../i18n/findings.js";
import type { Lang } from "../i18n/lang.js";
import { noticeWords } from "../i18n/notices.js";
import { submissionWords } from "../i18n/submissions.js";
import type { Unit } from "../plan/types.js";
import { columnLabel } from "./check/findings.js";
import { periodWords } from "./html/plain.js";
import { wrapLine } from "./report/text.js";
import { safeFinding } from "./safe.js";
import { unitName } from "./submissions/render.js";

export interface Notice {
  unit: Unit;
  /** what it says: returned rows or files, figures owed */
  returned: number;
  owed: number;
  text: string;
}

/** Where a finding is, for the unit that sent the file: the file, the sheet and cell or the line, and the column. */
function place(f: Finding, lang: Lang): string {
  const words = noticeWords(lang);
  const file = basename(bookOf(f.file, f.sheet));
  const line = f.line ?? 0;
  const where =
    f.sheet !== undefined && f.col !== undefined
      ? words.atCell(file, f.sheet, `${columnLetters(f.col)}${line}`)
      : words.atLine(file, line);
  const column = columnLabel(f, lang);
  const submissionText = submissionWords(lang);
  return column === undefined
    ? where
    : `${where}${submissionText.open}${column}${submissionText.close}`;
}

/** The problems of one submission that are the unit's to fix, as lines of text. */
function problems(s: Submission, file: FileResult | undefined, unit: string, lang: Lang): string[] {
  const words = noticeWords(lang);
  if (s.outcome === "unreadable") {
    if (s.sender !== unit) return [];
    const whole = file?.findings.find((f) => f.severity === "error" && f.line === undefined);
    return [
      words.unreadableFile(basename(s.file)),
      ...(whole ? [`1. ${findingMessage(safeFinding(whole), lang)}`] : []),
    ];
  }
  if (s.outcome !== "returned") return [];
  const lines = new Set(
    s.returned
      .filter((r) => r.sender === unit || (r.sender === null && s.sender === unit))
      .map((r) => r.line),
  );
  const errors = (file?.findings ?? []).filter(
    (f) => f.severity === "error" && f.line !== undefined && lines.has(f.line),
  );
  if (errors.length === 0) return [];
  return [
    words.returnedFile(basename(s.file)),
    ...errors.map((f, i) => {
      const safe = safeFinding(f);
      return `${i + 1}. ${words.problem(place(safe, lang), safe.value, findingMessage(safe, lang))}`;
    }),
  ];
}

/** The notices of a month: one per unit with something returned or owed, in the plan's unit order. */
export function renderNotices(s: Submissions, files: readonly FileResult[], lang: Lang): Notice[] {
  const words = noticeWords(lang);
  const byPath = new Map(files.map((f) => [f.path, f]));
  const period = periodWords(s.period, lang);
  const out: Notice[] = [];
  for (const unit of s.units) {
    const returned = s.received.flatMap((r) => problems(r, byPath.get(r.file), unit.id, lang));
    const owner = s.owners.find((o) => o.unit.id === unit.id);
    const owed = owner?.missing ?? [];
    if (returned.length === 0 && owed.length === 0) continue;
    const submissionText = submissionWords(lang);
    const lines: string[] = [
      ...wrapLine(words.title(period)),
      "",
      ...wrapLine(words.salutation(lang === "zh" ? unit.name : unit.en)),
    ];
    let section = 0;
    if (returned.length > 0) {
      lines.push("", `${words.section(++section)}${words.returnedHead}`);
      for (const l of returned) lines.push(...wrapLine(l, /^\d+\. /.test(l) ? 3 : 0));
    }
    if (owed.length > 0) {
      lines.push("", `${words.section(++section)}${words.owedHead(period)}`);
      owed.forEach((m, i) => {
        const name = lang === "zh" ? m.indicator.name.zh : m.indicator.name.en;
        const since =
          m.lastPeriod === null ? submissionText.never : `${submissionText.last} ${m.lastPeriod}`;
        const others = [
          ...(m.by ?? []).map((u) => unitName(s, u, lang)),
          ...(m.files ?? []).map((f) => basename(f)),
        ];
        const item = words.owed(name, m.duePeriod, submissionText.status[m.status], others, since);
        lines.push(...wrapLine(`${i + 1}. ${item}`, 3));
      });
    }
    lines.push("", ...wrapLine(words.closing));
    out.push({
      unit,
      returned: returned.filter((l) => /^\d+\. /.test(l)).length,
      owed: owed.length,
      text: `${lines.join("\n")}\n`,
    });
  }
  return out;
}
