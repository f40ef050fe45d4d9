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
import { DIGEST_WIDTH, wrapLine } from "./report/text.js";
import { safeFinding } from "./safe.js";
import { unitName } from "./submissions/render.js";

export interface Notice {
  unit: Unit;
  /** what it says: returned rows or files, figures owed */
  returned: number;
  owed: number;
  text: string;
}

/** Where a finding is in the file named above it: the sheet and cell, or the line; and the column. */
function place(f: Finding, lang: Lang): string {
  const words = noticeWords(lang);
  const line = f.line ?? 0;
  const where =
    f.sheet !== undefined && f.col !== undefined
      ? words.atCell(f.sheet, `${columnLetters(f.col)}${line}`)
      : words.atLine(line);
  const column = columnLabel(f, lang);
  const submissionText = submissionWords(lang);
  return column === undefined
    ? where
    : `${where}${submissionText.open}${column}${submissionText.close}`;
}

/** What a submission has that is the unit's to fix: lines of text, and how many problems. */
interface Problems {
  lines: string[];
  count: number;
}

/** The problems of one submission that are the unit's to fix. */
function problems(s: Submission, file: FileResult | undefined, unit: string, lang: Lang): Problems {
  const words = noticeWords(lang);
  const none: Problems = { lines: [], count: 0 };
  if (s.outcome === "unreadable") {
    if (s.sender !== unit) return none;
    const whole = file?.findings.find((f) => f.severity === "error" && f.line === undefined);
    const message = whole ? findingMessage(safeFinding(whole), lang) : "";
    const format = String(whole?.args?.format ?? "");
    return {
      lines: [words.unreadableFile(basename(s.file), whole?.code ?? "", format, message)],
      count: 1,
    };
  }
  if (s.outcome !== "returned") return none;
  const lines = new Set(
    s.returned
      .filter((r) => r.sender === unit || (r.sender === null && s.sender === unit))
      .map((r) => r.line),
  );
  const errors = (file?.findings ?? []).filter(
    (f) => f.severity === "error" && f.line !== undefined && lines.has(f.line),
  );
  if (errors.length === 0) return none;
  return {
    lines: [
      words.returnedFile(basename(s.file)),
      ...errors.map((f, i) => {
        const safe = safeFinding(f);
        const message = words.bare(findingMessage(safe, lang));
        // the value as sent, where the message does not already say it
        const value =
          safe.value !== undefined && !message.includes(safe.value) ? safe.value : undefined;
        return `${i + 1}. ${words.problem(place(safe, lang), value, message)}`;
      }),
    ],
    count: errors.length,
  };
}

/** The notices of a month: one per unit with something returned or owed, in the plan's unit order. */
export function renderNotices(s: Submissions, files: readonly FileResult[], lang: Lang): Notice[] {
  const words = noticeWords(lang);
  const byPath = new Map(files.map((f) => [f.path, f]));
  const period = periodWords(s.period, lang);
  const out: Notice[] = [];
  // a line never breaks inside a file's name
  const names = s.received.flatMap((r) => [basename(r.file), basename(bookOf(r.file, r.sheet))]);
  const wrap = (text: string, indent = 0) => wrapLine(text, indent, DIGEST_WIDTH, names);
  for (const unit of s.units) {
    const found = s.received.map((r) => problems(r, byPath.get(r.file), unit.id, lang));
    const returned = found.flatMap((p) => p.lines);
    const owner = s.owners.find((o) => o.unit.id === unit.id);
    const owed = owner?.missing ?? [];
    if (returned.length === 0 && owed.length === 0) continue;
    const submissionText = submissionWords(lang);
    const lines: string[] = [
      ...wrap(words.title(period)),
      "",
      ...wrap(words.salutation(lang === "zh" ? unit.name : unit.en)),
    ];
    let section = 0;
    if (returned.length > 0) {
      lines.push("", `${words.section(++section)}${words.returnedHead}`);
      for (const l of returned) lines.push(...wrap(l, /^\d+\. /.test(l) ? 3 : 0));
    }
    if (owed.length > 0) {
      lines.push("", `${words.section(++section)}${words.owedHead(period)}`);
      owed.forEach((m, i) => {
        const name = lang === "zh" ? m.indicator.name.zh : m.indicator.name.en;
        const since = m.lastPeriod === null ? words.never : words.upTo(m.lastPeriod);
        const others = [
          ...(m.by ?? []).map((u) => unitName(s, u, lang)),
          ...(m.files ?? []).map((f) => basename(f)),
        ];
        const item = words.owed(name, m.duePeriod, submissionText.status[m.status], others, since);
        lines.push(...wrap(`${i + 1}. ${item}`, 3));
      });
    }
    lines.push("", ...wrap(words.closing(returned.length > 0, owed.length > 0)));
    out.push({
      unit,
      returned: found.reduce((n, p) => n + p.count, 0),
      owed: owed.length,
      text: `${lines.join("\n")}\n`,
    });
  }
  return out;
}
