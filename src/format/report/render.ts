/**
 * `cwplan report` as Markdown (default; text and html are ./text.ts and ../html/). The Meeting is laid
 * out once as blocks (headings, paragraphs, tables, lists); each output
 * renders the blocks its own way.
 */
import { findingMessage } from "../../i18n/findings.js";
import { labels } from "../../i18n/labels.js";
import type { Lang } from "../../i18n/lang.js";
import { reportWords } from "../../i18n/report.js";
import { statusLabel } from "../../i18n/vocabulary.js";
import type { Plan } from "../../plan/types.js";
import { STATUSES } from "../../vocabulary.js";
import { findingPlace, omittedLine } from "../check/findings.js";
import { expectedText, goalText, latestText, name, statusText } from "../check/parts.js";
import { safeFiles, safeFinding } from "../safe.js";
import type { Style } from "../style.js";
import { type Block, renderMarkdown } from "./blocks.js";
import type { Meeting } from "./build.js";

export interface ReportRenderOptions {
  lang: Lang;
  style: Style;
  width: number;
  /** findings listed at most; the rest are counted */
  maxFindings?: number;
}

/** The report's content as blocks, in the reader's language. */
export function reportBlocks(plan: Plan, m: Meeting, o: ReportRenderOptions): Block[] {
  const W = reportWords(o.lang);
  const L = labels(o.lang);
  const status = (s: Parameters<typeof statusLabel>[0]) => statusLabel(s, o.lang);
  const b: Block[] = [];

  b.push({ h: 1, text: `${W.title} — ${name(plan.plan.title, o.lang)}` });
  b.push({
    p: [
      `${W.asOf} ${m.asOf}`,
      m.previousAsOf ? `${W.previous} ${m.previousAsOf}` : W.noPrevious,
      `${m.total} ${W.targets}`,
    ].join(" · "),
  });

  if (m.headline.length > 0) {
    b.push({ h: 2, text: W.headline });
    b.push({
      table: {
        head: [W.target, W.goal, W.latest, W.before, W.expected, W.status],
        rows: m.headline.map(({ result: r, previous: p }) => [
          name(r.target.name, o.lang),
          goalText(r, o.lang, W.every),
          latestText(r, o.lang),
          p ? `${latestText(p, o.lang)} — ${statusText(p, o.lang)}` : "—",
          expectedText(r, o.lang),
          statusText(r, o.lang),
        ]),
      },
    });
  }

  b.push({ h: 2, text: W.counts });
  const prev = m.previousCounts;
  const signed = (n: number) => (n > 0 ? `+${n}` : n === 0 ? "0" : String(n));
  b.push({
    table: {
      head: prev ? [W.status, W.now, W.before, W.change] : [W.status, W.now],
      rows: [
        ...STATUSES.map((s) =>
          prev
            ? [status(s), String(m.counts[s]), String(prev[s]), signed(m.counts[s] - prev[s])]
            : [status(s), String(m.counts[s])],
        ),
        prev ? [W.total, String(m.total), String(sum(prev)), ""] : [W.total, String(m.total)],
      ],
      right: [1, 2, 3],
    },
  });

  if (m.previousAsOf) {
    b.push({ h: 2, text: `${W.changed} ${m.previousAsOf}` });
    if (m.changes.length === 0) b.push({ p: W.changedNone });
    for (const dir of ["worse", "better"] as const) {
      const list = m.changes.filter((c) => c.direction === dir);
      if (list.length === 0) continue;
      b.push({ h: 3, text: `${dir === "worse" ? W.worse : W.better} (${list.length})` });
      b.push({
        list: list.map(
          (c) =>
            `${c.result.target.id} ${name(c.result.target.name, o.lang)}: ${statusLabel(c.from, o.lang, c.fromDetail)} → ${statusText(c.result, o.lang)}`,
        ),
      });
    }
  }

  b.push({ h: 2, text: `${W.concerns} (${m.concerns.length})` });
  if (m.concerns.length === 0) b.push({ p: W.concernsNone });
  else
    b.push({
      table: {
        head: [W.target, W.status, W.latest, W.goal, W.units],
        rows: m.concerns.map(({ result: r, units }) => [
          `${name(r.target.name, o.lang)}\n${r.target.id}`,
          statusText(r, o.lang),
          latestText(r, o.lang),
          goalText(r, o.lang, W.every),
          units.length === 0
            ? "—"
            : units
                .map((u) => `${name({ zh: u.unit.name, en: u.unit.en }, o.lang)} (${L[u.role]})`)
                .join("\n"),
        ]),
      },
    });

  b.push({ h: 2, text: `${W.silent} ${m.silentPeriod} (${m.silent.length})` });
  if (m.silent.length === 0) b.push({ p: W.silentNone });
  else {
    b.push({ p: `${W.silentHint}:` });
    b.push({
      list: m.silent.map(
        (s) =>
          `${name({ zh: s.unit.name, en: s.unit.en }, o.lang)}: ${s.missing
            .map(
              (x) =>
                `${name(x.indicator.name, o.lang)} (${x.duePeriod}; ${x.lastPeriod === null ? W.never : `${W.lastReported} ${x.lastPeriod}`})`,
            )
            .join(W.sep)}`,
      ),
    });
  }

  b.push({ h: 2, text: W.quality });
  b.push({
    p: `${m.files.length} ${W.files} · ${m.errors} ${W.errors} · ${m.warnings} ${W.warnings}`,
  });
  if (m.findings.length === 0) b.push({ p: W.qualityNone });
  else {
    const max = o.maxFindings ?? 50;
    // the notes of what a cap left out are summed up in one line at the end
    const listed = m.findings.filter((f) => f.code !== "findings-truncated");
    const items = listed
      .slice(0, max)
      .map(
        (f) =>
          `${findingPlace(f)}: ${f.severity} [${f.code}]${f.column ? ` (${f.column})` : ""} ${findingMessage(f, o.lang)}`,
      );
    const more = omittedLine(m.files, listed.length - max, max, o);
    if (more) items.push(more);
    b.push({ list: items });
  }
  return b;
}

function sum(c: Record<string, number>): number {
  return Object.values(c).reduce((a, n) => a + n, 0);
}

/**
 * The report as Markdown; text and html are ./text.ts and ../html/. Read by
 * people: text from the drops is made safe first (safe.ts).
 */
export function renderReport(plan: Plan, m: Meeting, o: ReportRenderOptions): string {
  return renderMarkdown(reportBlocks(plan, safeMeeting(m), o));
}

/** The meeting with the text that comes from the drops made safe to show (safe.ts). */
export function safeMeeting(m: Meeting): Meeting {
  return { ...m, files: safeFiles(m.files), findings: m.findings.map(safeFinding) };
}
