/**
 * `--format markdown`: a report a person can paste into an issue, a wiki or
 * a chat — title, as-of date, summary counts, a table per responsible unit,
 * the roll-up by section and the data findings. GitHub-flavoured Markdown.
 */

import { rankFindings } from "../../data/rank.js";
import type { TargetResult } from "../../evaluate/types.js";
import { checkWords, failOnWords } from "../../i18n/check.js";
import { findingMessage } from "../../i18n/findings.js";
import { PUNCT } from "../../i18n/labels.js";
import { statusLabel } from "../../i18n/status.js";
import { STATUSES } from "../../vocabulary.js";
import type { CheckOutput, FormatOptions } from "../check-output.js";
import { pct } from "../numbers.js";
import { columnLabel, findingPlace } from "./findings.js";
import {
  daysText,
  expectedText,
  goalText,
  latestText,
  name,
  notesOf,
  ownerName,
  paceText,
  statusText,
  unitSections,
} from "./parts.js";

/**
 * Text for Markdown: every character that could start markup is
 * backslash-escaped (CommonMark allows it before any ASCII punctuation), so
 * a cell shows what the data says; line breaks become spaces.
 */
export function mdText(s: string): string {
  return s.replace(/[\\`*_[\]<>|#~]/g, "\\$&").replace(/\r\n?|\n/g, " ");
}

/**
 * An inline code span holding `s` as it is: fenced by more backticks than
 * the longest run in it (CommonMark), padded when it starts or ends with one.
 * Give it sanitised text (safe.ts): a line break would end the span.
 */
export function mdCode(s: string): string {
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = s.startsWith("`") || s.endsWith("`") ? " " : "";
  return `${fence}${pad}${s}${pad}${fence}`;
}

/** A table cell: escaped text, `|` included; line breaks become `<br>`. */
export function mdCell(s: string): string {
  return s
    .split(/\r\n?|\n/)
    .map((line) => mdText(line))
    .join("<br>");
}

/** A GFM table; cells are taken as they are (escape them with mdCell first). */
export function mdTable(head: string[], rows: string[][], align?: ("l" | "r")[]): string {
  const rule = head.map((_, i) => (align?.[i] === "r" ? "---:" : "---"));
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(rule), ...rows.map(line)].join("\n");
}

export function formatMarkdown(report: CheckOutput, o: FormatOptions): string {
  const words = checkWords(o.lang);
  const { check, plan } = report;
  const out: string[] = [];
  const statusHeads = STATUSES.map((s) => mdCell(statusLabel(s, o.lang)));
  const counts = (c: Record<string, number>) => STATUSES.map((s) => String(c[s] ?? 0));
  const right = (n: number): ("l" | "r")[] => ["l", ...Array<"r">(n).fill("r")];

  out.push(`# ${mdText(`${words.title} — ${name(plan.plan.title, o.lang)}`)}`, "");
  out.push(
    `**${mdText(words.asOf)}** ${check.asOf} · **${mdText(words.failOn)}** ${mdText(failOnWords(report.failOn, o.lang, (s) => statusLabel(s, o.lang)))} · ${check.results.length} ${mdText(words.targets)}`,
    "",
  );

  out.push(`## ${mdText(words.summary)}`, "");
  out.push(
    mdTable(
      [mdCell(words.overall), ...statusHeads],
      [[`${check.results.length} ${mdCell(words.targets)}`, ...counts(check.summary)]],
      right(5),
    ),
    "",
  );

  const headline = check.results.filter((r) => r.target.measure === null);
  if (headline.length > 0)
    out.push(`## ${mdText(words.planWide)}`, "", resultsTable(headline, o), "");

  for (const u of unitSections(check, o.lang)) {
    const roles = u.roles ? ` (${u.roles})` : "";
    const status = u.owned.length > 0 ? statusLabel(u.worst, o.lang) : words.ownsNone;
    out.push(`## ${mdText(`${u.name}${roles} — ${status}`)}`, "");
    if (u.owned.length > 0) out.push(resultsTable(u.owned, o), "");
    if (u.shared.length > 0) {
      out.push(`${mdText(words.shared)}:`, "");
      for (const r of u.shared) {
        out.push(
          `- \`${r.target.id}\` ${mdText(name(r.target.name, o.lang))} — ${mdText(statusText(r, o.lang))} (${mdText(words.owner)}: ${mdText(ownerName(plan, r, o.lang))})`,
        );
      }
      out.push("");
    }
  }

  if (check.bySection.length > 0) {
    out.push(`## ${mdText(words.bySection)}`, "");
    out.push(
      mdTable(
        [mdCell(words.section), ...statusHeads, mdCell(words.worst)],
        check.bySection.map((s) => [
          mdCell(`${s.numeral} ${name(s.title ?? { zh: "", en: "" }, o.lang)}`),
          ...counts(s.counts),
          mdCell(statusLabel(s.status, o.lang)),
        ]),
        [...right(5), "l"],
      ),
      "",
    );
  }

  // all of them, ranked: open errors, figure-changing warnings, the rest
  const findings = rankFindings(report.files.flatMap((f) => f.findings));
  out.push(`## ${mdText(words.findings)}`, "");
  if (findings.length === 0) out.push(mdText(words.noFindings), "");
  else {
    for (const f of findings) {
      const label = columnLabel(f, o.lang);
      const column = label ? ` (${label})` : "";
      out.push(
        `- ${mdCode(findingPlace(f))} **${f.severity}** \\[${mdText(f.code)}\\]${mdText(column)} ${mdText(findingMessage(f, o.lang))}`,
      );
    }
    out.push("");
  }
  if (report.files.length > 0) {
    out.push(
      mdTable(
        [
          mdCell(words.files),
          mdCell(words.rows),
          mdCell(words.valid),
          mdCell(words.invalid),
          mdCell(words.encoding),
        ],
        report.files.map((f) => [
          mdCell(f.path),
          String(f.rowsRead),
          String(f.rowsValid),
          String(f.rowsInvalid),
          mdCell(f.encoding),
        ]),
        ["l", "r", "r", "r", "l"],
      ),
      "",
    );
  }
  return `${out.join("\n").trimEnd()}\n`;
}

function resultsTable(results: TargetResult[], o: FormatOptions): string {
  const words = checkWords(o.lang);
  const rows = results.map((r) => {
    const notes = notesOf(r, o.lang).map((n) => `• ${n}`);
    const A = r.working?.A;
    const progress = [A === undefined ? "" : pct(A), paceText(r, o.lang)]
      .filter(Boolean)
      .join(PUNCT[o.lang].comma);
    const days = daysText(r, o.lang);
    const status = mdCell(statusText(r, o.lang));
    const strong = r.status === "at-risk" || r.status === "missed";
    return [
      `${mdCell([name(r.target.name, o.lang), ...notes].join("\n"))}<br>\`${r.target.id}\``,
      mdCell(goalText(r, o.lang, words.every)),
      mdCell(latestText(r, o.lang)),
      mdCell(expectedText(r, o.lang)),
      mdCell(progress || "—"),
      [strong ? `**${status}**` : status, days ? mdCell(days) : ""].filter(Boolean).join("<br>"),
    ];
  });
  return mdTable(
    [
      words.target,
      words.goal,
      words.latest,
      capital(words.expected),
      words.progress,
      words.status,
    ].map(mdCell),
    rows,
  );
}

/** "expected" → "Expected" for a column head (Chinese is unchanged). */
export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
