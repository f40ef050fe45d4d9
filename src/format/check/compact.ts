import type { Status, TargetResult } from "../../evaluate/types.js";
import { checkWords } from "../../i18n/check.js";
import { PUNCT } from "../../i18n/labels.js";
import { detailLabel, statusLabel } from "../../i18n/status.js";
import { ownerOf } from "../../plan/owners.js";
import { ATTENTION_ORDER, DEFAULT_MAX_FINDINGS, STATUSES } from "../../vocabulary.js";
import type { CheckOutput, FormatOptions } from "../check-output.js";
import { pad, wrapText } from "../columns.js";
import { paintStatus } from "../status-look.js";
import { displayWidth } from "../width.js";

import { fileLine, findingLine, findingList, groupLines, omittedLine } from "./findings.js";
import {
  countsLine,
  goalText,
  latestText,
  name,
  ownerName,
  statusText,
  titleLines,
} from "./parts.js";

/** What needs attention, worst first. */
const ATTENTION = ATTENTION_ORDER;
const COUNTED: readonly Status[] = STATUSES;
/** findings listed before the rest are only counted */
const COMPACT_FINDINGS = 10;

export function formatCompact(report: CheckOutput, o: FormatOptions): string {
  const words = checkWords(o.lang);
  const { check, plan } = report;
  const width = Math.max(20, o.width);
  const out: string[] = [];
  const para = (s: string, indent = "") => out.push(...wrapText(s, width, indent));

  out.push(...titleLines(words, plan, check.asOf, { ...o, width }));

  // ranked, up to the screen's share one by one; the open errors and
  // figure-changing warnings beyond it grouped per file × code (every one
  // counted on screen); the rest counted in one line
  const asked = o.maxFindings ?? DEFAULT_MAX_FINDINGS;
  const max = Math.min(asked, COMPACT_FINDINGS);
  const list = findingList(
    report.files.flatMap((f) => f.findings),
    max,
    true,
  );
  for (const f of list.shown) para(findingLine(f, o), "  ");
  const [head, ...groups] = groupLines(list.groups, o);
  if (head !== undefined) para(head);
  for (const g of groups) para(`  ${g}`, "    ");
  if (asked <= COMPACT_FINDINGS) {
    const more = omittedLine(list.more, max, o);
    if (more) para(more);
  } else if (list.more > 0) para(words.moreFindings.replace("{n}", String(list.more)));
  if (report.files.length > 0 && report.files.length <= 3) {
    for (const f of report.files) para(fileLine(f, o), "  ");
  }
  out.push("");

  // the headline: every target's status, counted
  para(countsLine(check, o), "  ");
  for (const r of check.results.filter((x) => x.target.measure === null)) {
    para(
      `${words.headline}${PUNCT[o.lang].colon}${name(r.target.name, o.lang)} — ${latestText(r, o.lang)} — ${paintStatus(r.status, statusText(r, o.lang), o.style)}`,
      "  ",
    );
  }
  out.push("");

  // one line per unit that owns a target
  para(`${o.style.bold(words.units)} ${o.style.dim(`— ${words.details}`)}`);
  out.push(...unitLines(report, o, width));
  const sharing = check.byUnit.filter((u) => !u.targets.some((t) => t.owns)).length;
  if (sharing > 0) para(o.style.dim(words.onlyShare.replace("{n}", String(sharing))));
  out.push("");

  // the targets that need attention, worst first, each with its owner
  // no-data: the targets nothing was reported for, then those that need a baseline
  const attention = ATTENTION.flatMap((s) =>
    check.results
      .filter((r) => r.status === s)
      .sort(
        (a, b) => Number(a.detail === "needs-baseline") - Number(b.detail === "needs-baseline"),
      ),
  );
  para(o.style.bold(`${words.attention} (${attention.length}) — ${words.attentionHow}`));
  if (attention.length === 0) para(words.attentionNone);
  // 缺基期值 in the status column, apart from 未报送, where it fits the column; else after the figures
  const labelWidth = Math.max(...ATTENTION.map((s) => displayWidth(statusLabel(s, o.lang))));
  const baselineFits = displayWidth(detailLabel("needs-baseline", o.lang)) <= labelWidth;
  const labels = attention.map((r) =>
    r.detail === "needs-baseline" && baselineFits
      ? detailLabel(r.detail, o.lang)
      : statusLabel(r.status, o.lang, r.detail === "needs-baseline" ? undefined : r.detail),
  );
  const indent = " ".repeat(labelWidth + 2);
  for (const [i, r] of attention.entries()) {
    const label = paintStatus(r.status, pad(labels[i] ?? "", labelWidth), o.style);
    para(`${label}  ${name(r.target.name, o.lang)} ${o.style.dim(r.target.id)}`, indent);
    const why =
      r.detail === "needs-baseline" && !baselineFits ? ` · ${detailLabel(r.detail, o.lang)}` : "";
    para(`${indent}${attentionLine(report, r, o)}${why}`, indent);
  }
  return `${out.join("\n")}\n`;
}

function attentionLine(report: CheckOutput, r: TargetResult, o: FormatOptions): string {
  const words = checkWords(o.lang);
  const owner =
    ownerOf(report.plan, r.target) === undefined
      ? words.noOwner
      : ownerName(report.plan, r, o.lang);
  return `${latestText(r, o.lang)} → ${goalText(r, o.lang, words.every)} · ${owner}`;
}

/**
 * A line per owning unit: its name, the counts of the targets it owns by
 * status, and its worst owned target (when that is not a pass). A long name wraps within its column; the worst target
 * goes on the first line where it fits, else on the row's next line, under
 * the counts.
 */
function unitLines(report: CheckOutput, o: FormatOptions, width: number): string[] {
  const words = checkWords(o.lang);
  const heads = words.short.split("|");
  const owning = report.check.byUnit.filter((u) => u.targets.some((t) => t.owns));
  const rows = owning.map((u) => {
    const owned = u.targets.filter((t) => t.owns);
    const worst = u.worst === "pass" ? undefined : owned.find((t) => t.status === u.worst);
    return {
      name: name({ zh: u.unit.name, en: u.unit.en }, o.lang),
      counts: COUNTED.map((s) => (u.summary[s] === 0 ? "·" : String(u.summary[s]))),
      paint: COUNTED.map((s) => (u.summary[s] === 0 ? undefined : s)),
      worst: worst ? `${words.worstOwned} ${worst.id}` : "",
      worstStatus: u.worst,
    };
  });
  const cw = heads.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r.counts[i] ?? ""))),
  );
  const countsWidth = cw.reduce((a, b) => a + b + 2, 0);
  if (width < countsWidth + 8) {
    // too narrow for columns: the name, then its non-zero counts and worst target, wrapped
    return rows.flatMap((r) => {
      const counts = COUNTED.flatMap((s, i) =>
        r.paint[i] === undefined
          ? []
          : [paintStatus(s, `${heads[i] ?? s} ${r.counts[i] ?? ""}`, o.style)],
      );
      const worst = r.worst ? [paintStatus(r.worstStatus, r.worst, o.style)] : [];
      return [
        ...wrapText(r.name, width, "  "),
        ...wrapText(`  ${[...counts, ...worst].join(" · ")}`, width, "    "),
      ];
    });
  }
  const natural = Math.max(displayWidth(words.unit), ...rows.map((r) => displayWidth(r.name)));
  const nameWidth = Math.max(8, Math.min(natural, width - countsWidth, o.lang === "zh" ? 22 : 32));
  const countsText = (cells: string[], paint: (Status | undefined)[]) =>
    cells
      .map((c, i) => {
        const padded = pad(c, cw[i] ?? 0, true);
        const s = paint[i];
        return `  ${s ? paintStatus(s, padded, o.style) : c === "·" ? o.style.dim(padded) : padded}`;
      })
      .join("");
  const out = [o.style.dim(`${pad(words.unit, nameWidth)}${countsText(heads, [])}`)];
  const room = width - nameWidth - countsWidth - 2;
  for (const r of rows) {
    const names = wrapText(r.name, nameWidth);
    const worst = r.worst ? paintStatus(r.worstStatus, r.worst, o.style) : "";
    const first = `${pad(names[0] ?? "", nameWidth)}${countsText(r.counts, r.paint)}`;
    const fits = worst !== "" && displayWidth(r.worst) <= room;
    out.push(fits ? `${first}  ${worst}` : first);
    const rest = names.slice(1);
    if (!fits && worst !== "") {
      if (rest.length === 0) rest.push("");
      const under = Math.max(0, Math.min(nameWidth + 2, width - displayWidth(r.worst)));
      rest[0] = `${pad(rest[0] ?? "", under)}${worst}`;
    }
    out.push(...rest.map((l) => l.trimEnd()));
  }
  return out;
}
