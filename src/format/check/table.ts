/**
 * The terminal view of `cwplan check`: the compact screen by default
 * (./compact.ts); with `--details`, a table per unit (the targets it owns,
 * then those it only shares), then the summary.
 */
import type { Status, StatusCounts, TargetResult } from "../../evaluate/types.js";
import { checkWords } from "../../i18n/check.js";
import { statusLabel } from "../../i18n/status.js";
import { STATUSES } from "../../vocabulary.js";
import type { CheckOutput, FormatOptions } from "../check-output.js";
import { wrapText } from "../columns.js";
import { bar, digitsFor, sparkline, valueText } from "../numbers.js";
import { paintStatus } from "../status-look.js";
import { type Cell, renderTable } from "../table.js";
import { formatCompact } from "./compact.js";
import { renderFindings } from "./findings.js";
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
  titleLines,
  unitSections,
} from "./parts.js";

export function formatTable(report: CheckOutput, o: FormatOptions): string {
  // the township tables (--by-area) exist only in the full view
  const details = o.details || report.check.areas !== undefined;
  return details ? formatDetails(report, o) : formatCompact(report, o);
}

export function formatDetails(report: CheckOutput, o: FormatOptions): string {
  const words = checkWords(o.lang);
  const { check, plan } = report;
  const out: string[] = [];

  const findings = renderFindings(report.files, o, o.maxFindings);
  if (findings) out.push(findings);
  out.push(...titleLines(words, plan, check.asOf, o), "");

  const headline = check.results.filter((r) => r.target.measure === null);
  if (headline.length > 0) out.push(o.style.bold(words.planWide), resultsTable(headline, o), "");

  for (const u of unitSections(check, o.lang)) {
    const roles = u.roles ? ` (${u.roles})` : "";
    const status =
      u.owned.length > 0
        ? paintStatus(u.worst, statusLabel(u.worst, o.lang), o.style)
        : words.ownsNone;
    out.push(...wrapText(o.style.bold(`${u.name}${roles} — ${status}`), o.width));
    if (u.owned.length > 0) out.push(resultsTable(u.owned, o));
    if (u.shared.length > 0) {
      out.push(...wrapText(o.style.dim(`${words.shared}:`), o.width));
      for (const r of u.shared) {
        const line = `${paintStatus(r.status, statusText(r, o.lang), o.style)}  ${name(r.target.name, o.lang)} ${o.style.dim(r.target.id)} — ${words.owner} ${ownerName(plan, r, o.lang)}`;
        out.push(...wrapText(`  ${line}`, o.width, "    "));
      }
    }
    out.push("");
  }
  if (check.areas && check.areas.length > 0) out.push(areaTables(report, o), "");
  out.push(summary(report, o));
  return `${out.join("\n")}\n`;
}

function resultsTable(results: TargetResult[], o: FormatOptions): string {
  const words = checkWords(o.lang);
  const rows: Cell[][] = results.map((r) => {
    const notes = notesOf(r, o.lang).map((n) => `* ${n}`);
    const expected =
      r.working?.expected === undefined ? [] : [`${words.expected} ${expectedText(r, o.lang)}`];
    const days = [daysText(r, o.lang)].filter(Boolean);
    return [
      [name(r.target.name, o.lang), o.style.dim(r.target.id), ...notes].join("\n"),
      goalText(r, o.lang, words.every),
      [latestText(r, o.lang), ...expected].join("\n"),
      [bar(r.working?.A, 8), paceText(r, o.lang), sparkline(r.trend ?? [])]
        .filter(Boolean)
        .join("\n") || "—",
      [paintStatus(r.status, statusText(r, o.lang), o.style), ...days].join("\n"),
    ];
  });
  return renderTable(
    {
      head: [words.target, words.goal, words.latest, words.progress, words.status],
      rows,
      keep: [3],
      flex: [0],
    },
    o.width,
    o.style,
  );
}

function countsRow(counts: Record<string, number>): string[] {
  return STATUSES.map((s) => String(counts[s] ?? 0));
}

function summary(report: CheckOutput, o: FormatOptions): string {
  const words = checkWords(o.lang);
  const { check, plan } = report;
  const heads = STATUSES.map((s) => paintStatus(s, statusLabel(s, o.lang), o.style));
  const rollup = (
    head: string,
    rows: { label: string; counts: StatusCounts; status: Status; none?: boolean }[],
  ) =>
    renderTable(
      {
        head: [head, ...heads, words.worst],
        rows: rows.map((r) => [
          r.label,
          ...countsRow(r.counts),
          r.none ? words.ownsNone : paintStatus(r.status, statusLabel(r.status, o.lang), o.style),
        ]),
      },
      o.width,
      o.style,
    );
  const titleOf = (n: number) =>
    plan.measures.find((x) => x.number === n)?.title ?? { zh: "", en: "" };
  return [
    o.style.bold(words.summary),
    renderTable(
      {
        head: [words.overall, ...heads],
        rows: [[`${check.results.length} ${words.targets}`, ...countsRow(check.summary)]],
      },
      o.width,
      o.style,
    ),
    rollup(
      words.section,
      check.bySection.map((s) => ({
        label: `${s.numeral} ${name(s.title ?? { zh: "", en: "" }, o.lang)}`,
        counts: s.counts,
        status: s.status,
      })),
    ),
    rollup(
      words.unit,
      check.byUnit.map((u) => ({
        label: name({ zh: u.unit.name, en: u.unit.en }, o.lang),
        counts: u.summary,
        status: u.worst,
        none: !u.targets.some((t) => t.owns),
      })),
    ),
    rollup(
      words.measure,
      check.byMeasure.map((m) => ({
        label: `${m.number}. ${name(m.title ?? titleOf(m.number), o.lang)}`,
        counts: m.counts,
        status: m.status,
      })),
    ),
  ].join("\n");
}

/** `--by-area`: each township's latest figures, one table a township. */
function areaTables(report: CheckOutput, o: FormatOptions): string {
  const words = checkWords(o.lang);
  const indicators = new Map(report.plan.indicators.map((i) => [i.id, i]));
  const areas = new Map(report.plan.areas.map((a) => [a.id, a]));
  const parts = [o.style.bold(words.byArea)];
  for (const t of report.check.areas ?? []) {
    const a = areas.get(t.area);
    const rows = t.rows.map((r) => {
      const ind = indicators.get(r.indicator);
      return [
        `${ind ? name(ind.name, o.lang) : r.indicator}\n${o.style.dim(r.indicator)}`,
        valueText(r.value, ind?.unit ?? "", o.lang, digitsFor(ind?.unit ?? "")),
        r.period,
      ];
    });
    parts.push(a ? name({ zh: a.name, en: a.en }, o.lang) : t.area);
    parts.push(
      renderTable(
        { head: [words.indicator, words.latest, words.period], rows, flex: [0] },
        o.width,
        o.style,
      ),
    );
  }
  return parts.join("\n");
}
