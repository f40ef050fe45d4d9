/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`.
 * Findings carry file and line; target results become notices, warnings or
 * errors by how far they fall short.
 */

import { capFindings } from "../../data/rank.js";
import { bookOf } from "../../data/source.js";
import type { FileResult } from "../../data/types.js";
import { checkWords } from "../../i18n/check.js";
import { findingMessage } from "../../i18n/findings.js";
import { statusLabel } from "../../i18n/status.js";
import { atOrAbove } from "../../vocabulary.js";
import type { CheckOutput, FormatOptions } from "../check-output.js";
import { columnLabel } from "./findings.js";
import { goalText, latestText, name, notesOf } from "./parts.js";

/** Escape a message or property value as the workflow-command syntax requires. */
function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function command(
  level: "error" | "warning" | "notice",
  props: Record<string, string | number | undefined>,
  message: string,
): string {
  const p = Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(",");
  return `::${level}${p ? ` ${p}` : ""}::${escapeData(message)}`;
}

export function githubFindings(
  files: FileResult[],
  o: FormatOptions,
  max = Number.POSITIVE_INFINITY,
): string {
  // ranked, every open error and figure-changing warning kept (capFindings);
  // the notes of what a cap left out always
  const all = files.flatMap((f) => f.findings);
  const notices = all.filter((f) => f.code === "findings-truncated");
  const { shown } = capFindings(
    all.filter((f) => f.code !== "findings-truncated"),
    max,
  );
  const lines = [...shown, ...notices].map((f) =>
    command(
      f.severity === "note" ? "notice" : f.severity,
      // the workbook itself, for a sheet read as its own submission (book.xlsx!Sheet)
      { file: bookOf(f.file, f.sheet), line: f.line, col: f.col, title: f.code },
      `${f.column ? `${columnLabel(f, o.lang)}: ` : ""}${findingMessage(f, o.lang)}`,
    ),
  );
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

export function formatGithub(report: CheckOutput, o: FormatOptions): string {
  const words = checkWords(o.lang);
  const out = [githubFindings(report.files, o).trimEnd()].filter(Boolean);
  for (const r of report.check.results) {
    if (r.status === "pass") continue;
    const level = atOrAbove(r.status, report.failOn)
      ? "error"
      : r.status === "no-data"
        ? "notice"
        : "warning";
    const text = [
      `${r.target.id} ${statusLabel(r.status, o.lang, r.detail)}: ${name(r.target.name, o.lang)}`,
      `${words.goal} ${goalText(r, o.lang, words.every)}, ${words.latest} ${latestText(r, o.lang)}`,
      ...notesOf(r, o.lang),
    ].join(" — ");
    out.push(command(level, { title: `${r.target.id} (${r.status})` }, text));
  }
  const s = report.check.summary;
  out.push(
    command(
      "notice",
      { title: "cwplan" },
      `${words.asOf} ${report.check.asOf}: ${Object.entries(s)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}`,
    ),
  );
  return `${out.join("\n")}\n`;
}
