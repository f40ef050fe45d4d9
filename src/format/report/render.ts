/**
 * `cwplan report` as Markdown (default; text and html are ./text.ts and ../html/). The Meeting is laid
 * out once as blocks (headings, paragraphs, tables, lists); each output
 * renders the blocks its own way.
 */
import { findingMessage } from "../../i18n/findings.js";
import { labelWords } from "../../i18n/labels.js";
import type { Lang } from "../../i18n/lang.js";
import { reportWords } from "../../i18n/report.js";
import { statusLabel } from "../../i18n/status.js";
import type { Plan } from "../../plan/types.js";
import { STATUSES } from "../../vocabulary.js";
import { findingList, findingPlace, omittedLine } from "../check/findings.js";
import { expectedText, goalText, latestText, name, statusText } from "../check/parts.js";
import { signed } from "../numbers.js";
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
  const words = reportWords(o.lang);
  const labels = labelWords(o.lang);
  const status = (s: Parameters<typeof statusLabel>[0]) => statusLabel(s, o.lang);
  const b: Block[] = [];

  b.push({ h: 1, text: `${words.title} — ${name(plan.plan.title, o.lang)}` });
  b.push({
    p: [
      `${words.asOf} ${m.asOf}`,
      m.previousAsOf ? `${words.previous} ${m.previousAsOf}` : words.noPrevious,
      `${m.total} ${words.targets}`,
    ].join(" · "),
  });

  if (m.headline.length > 0) {
    b.push({ h: 2, text: words.headline });
    b.push({
      table: {
        head: [words.target, words.goal, words.latest, words.before, words.expected, words.status],
        rows: m.headline.map(({ result: r, previous: p }) => [
          name(r.target.name, o.lang),
          goalText(r, o.lang, words.every),
          latestText(r, o.lang),
          p ? `${latestText(p, o.lang)} — ${statusText(p, o.lang)}` : "—",
          expectedText(r, o.lang),
          statusText(r, o.lang),
        ]),
      },
    });
  }

  b.push({ h: 2, text: words.counts });
  const prev = m.previousCounts;
  b.push({
    table: {
      head: prev
        ? [words.status, words.now, words.before, words.change]
        : [words.status, words.now],
      rows: [
        ...STATUSES.map((s) =>
          prev
            ? [
                status(s),
                String(m.counts[s]),
                String(prev[s]),
                signed(m.counts[s] - prev[s], { zero: "0" }),
              ]
            : [status(s), String(m.counts[s])],
        ),
        prev
          ? [words.total, String(m.total), String(sum(prev)), ""]
          : [words.total, String(m.total)],
      ],
      right: [1, 2, 3],
    },
  });

  if (m.previousAsOf) {
    b.push({ h: 2, text: `${words.changed} ${m.previousAsOf}` });
    if (m.changes.length === 0) b.push({ p: words.changedNone });
    for (const dir of ["worse", "better"] as const) {
      const list = m.changes.filter((c) => c.direction === dir);
      if (list.length === 0) continue;
      b.push({ h: 3, text: `${dir === "worse" ? words.worse : words.better} (${list.length})` });
      b.push({
        list: list.map(
          (c) =>
            `${c.result.target.id} ${name(c.result.target.name, o.lang)}: ${statusLabel(c.from, o.lang, c.fromDetail)} → ${statusText(c.result, o.lang)}`,
        ),
      });
    }
  }

  b.push({ h: 2, text: `${words.concerns} (${m.concerns.length})` });
  if (m.concerns.length === 0) b.push({ p: words.concernsNone });
  else
    b.push({
      table: {
        head: [words.target, words.status, words.latest, words.goal, words.units],
        rows: m.concerns.map(({ result: r, units }) => [
          `${name(r.target.name, o.lang)}\n${r.target.id}`,
          statusText(r, o.lang),
          latestText(r, o.lang),
          goalText(r, o.lang, words.every),
          units.length === 0
            ? "—"
            : units
                .map(
                  (u) => `${name({ zh: u.unit.name, en: u.unit.en }, o.lang)} (${labels[u.role]})`,
                )
                .join("\n"),
        ]),
      },
    });

  b.push({ h: 2, text: `${words.silent} ${m.silentPeriod} (${m.silent.length})` });
  if (m.silent.length === 0) b.push({ p: words.silentNone });
  else {
    b.push({ p: `${words.silentHint}:` });
    b.push({
      list: m.silent.map(
        (s) =>
          `${name({ zh: s.unit.name, en: s.unit.en }, o.lang)}: ${s.missing
            .map(
              (x) =>
                `${name(x.indicator.name, o.lang)} (${x.duePeriod}; ${x.lastPeriod === null ? words.never : `${words.lastReported} ${x.lastPeriod}`})`,
            )
            .join(words.sep)}`,
      ),
    });
  }

  b.push({ h: 2, text: words.quality });
  b.push({
    p: `${m.files.length} ${words.files} · ${m.errors} ${words.errors} · ${m.warnings} ${words.warnings}`,
  });
  if (m.findings.length === 0) b.push({ p: words.qualityNone });
  else {
    const max = o.maxFindings ?? 50;
    // ranked; every open error and figure-changing warning listed (findingList)
    const list = findingList(m.findings, max);
    const items = list.shown.map(
      (f) =>
        `${findingPlace(f)}: ${f.severity} [${f.code}]${f.column ? ` (${f.column})` : ""} ${findingMessage(f, o.lang)}`,
    );
    const more = omittedLine(list.more, max, o);
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
