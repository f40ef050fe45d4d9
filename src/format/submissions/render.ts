/** `cwplan submissions` as a terminal list, JSON, Markdown or CSV. Pure functions of the result. */
import { basename } from "node:path";
import { bookOf } from "../../data/source.js";
import type { Submission } from "../../evaluate/intake.js";
import type { Owed, OwnerSubmissions, Submissions } from "../../evaluate/submissions.js";
import { submissionWords } from "../../i18n/submissions.js";
import type { Lang, SubmissionFormat } from "../../vocabulary.js";
import { BOM, csvRecord } from "../check/csv.js";
import { mdCell, mdTable, mdText } from "../check/markdown.js";
import { wrapText } from "../columns.js";
import { pctOf } from "../numbers.js";
import type { Style } from "../style.js";

export interface SubmissionRenderOptions {
  lang: Lang;
  style: Style;
  width: number;
  bom?: boolean;
}

const nameOf = (u: { name: string; en: string }, lang: Lang) => (lang === "zh" ? u.name : u.en);
const text = (t: { zh: string; en: string }, lang: Lang) => (lang === "zh" ? t.zh : t.en);

/** Owners with something missing, and how many figures are missing in all. */
export function missingCounts(s: Submissions): { owners: number; figures: number } {
  const late = s.owners.filter((o) => o.missing.length > 0);
  return { owners: late.length, figures: late.reduce((n, o) => n + o.missing.length, 0) };
}

export function renderSubmissions(
  s: Submissions,
  format: SubmissionFormat,
  o: SubmissionRenderOptions,
): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(submissionsToJson(s), null, 2)}\n`;
    case "markdown":
      return submissionsMarkdown(s, o);
    case "csv":
      return submissionsCsv(s, o);
    default:
      return submissionsTable(s, o);
  }
}

export function submissionsToJson(s: Submissions): unknown {
  const owed = (x: Owed) => ({
    indicator: x.indicator.id,
    name: x.indicator.name,
    reporting: x.reporting,
    duePeriod: x.duePeriod,
    status: x.status,
    lastPeriod: x.lastPeriod,
    targets: x.targets,
    ...(x.by ? { by: x.by } : {}),
    ...(x.files ? { files: x.files } : {}),
  });
  return {
    period: s.period,
    periodSource: s.periodSource,
    summary: missingCounts(s),
    owners: s.owners.map((o) => ({
      id: o.unit.id,
      name: o.unit.name,
      complete: o.missing.length === 0,
      rate: o.rate,
      missing: o.missing.map(owed),
      reported: o.reported.map(owed),
    })),
    nothingDue: s.nothingDue.map((u) => ({ id: u.id, name: u.name })),
    received: s.received.map((r) => ({
      file: r.file,
      ...(r.sheet === undefined ? {} : { sheet: r.sheet }),
      sender: r.sender,
      senderSource: r.senderSource,
      senders: r.senders,
      periods: r.periods,
      outcome: r.outcome,
      accepted: r.accepted,
      returned: r.returned.map((x) => ({
        line: x.line,
        indicator: x.indicator,
        period: x.period,
        area: x.area,
      })),
      errors: r.errors,
      warnings: r.warnings,
      ...(r.unreadable ? { unreadable: r.unreadable } : {}),
      ...(r.supersededBy ? { supersededBy: r.supersededBy } : {}),
    })),
  };
}

function headline(s: Submissions, lang: Lang): string {
  const words = submissionWords(lang);
  const { owners, figures } = missingCounts(s);
  const src = s.periodSource === "data" ? ` (${words.fromData})` : "";
  const counts =
    owners === 0
      ? words.allIn
      : `${owners} ${words.owe}${words.clauseSep}${figures} ${words.figures}`;
  return `${words.period} ${s.period}${src} — ${counts}`;
}

/** The share reported, as 12/14 (86%), or "" when nothing was owed. */
export function rateText(rate: OwnerSubmissions["rate"]): string {
  if (rate.owed === 0) return "";
  return `${rate.reported}/${rate.owed} (${pctOf(rate.reported, rate.owed)})`;
}

/** A figure's status, with the other units or the files it concerns. */
export function statusText(m: Owed, s: Submissions, lang: Lang): string {
  const words = submissionWords(lang);
  const { open, close, listSep: sep } = words;
  const names = (m.by ?? []).map((u) => unitName(s, u, lang));
  const files = (m.files ?? []).map((f) => basename(f));
  const more = [...names, ...files];
  return `${words.status[m.status]}${more.length > 0 ? `${open}${more.join(sep)}${close}` : ""}`;
}

/** A unit's name by its id, in the language (the id itself for one the plan does not know). */
export function unitName(s: Submissions, id: string, lang: Lang): string {
  const u = s.units.find((x) => x.id === id);
  return u ? nameOf(u, lang) : id;
}

/** One received file as a line: name — sender · periods · outcome (rows returned). */
export function receivedText(r: Submission, s: Submissions, lang: Lang): string {
  const words = submissionWords(lang);
  const { open, close } = words;
  const how = words.source[r.senderSource];
  const sender =
    r.sender === null
      ? words.senderUnknown
      : r.senders.length > 1
        ? r.senders.map((u) => unitName(s, u, lang)).join(words.listSep)
        : `${unitName(s, r.sender, lang)}${how === "" ? "" : `${open}${how}${close}`}`;
  const file =
    r.sheet === undefined ? basename(r.file) : `${basename(bookOf(r.file, r.sheet))}!${r.sheet}`;
  const lines = r.returned.map((x) => x.line);
  const returned =
    r.outcome === "returned" && lines.length > 0
      ? words.returnedRows.replace("{lines}", lines.join(words.listSep))
      : "";
  const by = r.supersededBy
    ? `${open}${words.supersededBy} ${basename(r.supersededBy)}${close}`
    : "";
  const parts = [sender, ...(r.periods.length > 0 ? [r.periods.join(" ")] : [])];
  return `${file} — ${parts.join(" · ")} · ${words.outcome[r.outcome]}${returned}${by}`;
}

/**
 * "last reported 2025-06"; with nothing accepted, "never reported" — but not
 * to a unit whose figure was returned or whose file cannot be read: it did
 * send something ("nothing accepted before").
 */
function lastText(m: Owed, lang: Lang): string {
  const words = submissionWords(lang);
  if (m.lastPeriod !== null) return `${words.last} ${m.lastPeriod}`;
  return m.status === "returned" || m.status === "unreadable" ? words.noneAccepted : words.never;
}

export function submissionsTable(s: Submissions, o: SubmissionRenderOptions): string {
  const words = submissionWords(o.lang);
  const out: string[] = [];
  const para = (t: string, indent = "") => out.push(...wrapText(t, o.width, indent));
  para(o.style.bold(`${words.title} — ${s.period}`));
  para(headline(s, o.lang));
  out.push("");
  for (const owner of s.owners) {
    if (owner.missing.length === 0) continue;
    const rate = rateText(owner.rate);
    para(
      `${o.style.bold(`${nameOf(owner.unit, o.lang)} (${owner.missing.length})`)}${rate === "" ? "" : ` · ${words.rate} ${rate}`}`,
    );
    for (const m of owner.missing) {
      const last = lastText(m, o.lang);
      para(
        `  ${text(m.indicator.name, o.lang)} ${o.style.dim(m.indicator.id)} — ${words.due} ${m.duePeriod} · ${statusText(m, s, o.lang)} · ${m.lastPeriod === null ? o.style.red(last) : last}`,
        "      ",
      );
    }
    out.push("");
  }
  const complete = s.owners
    .filter((x) => x.missing.length === 0)
    .map((x) => nameOf(x.unit, o.lang));
  para(`${words.complete}${words.colon}${complete.join(words.listSep) || words.none}`, "  ");
  if (s.nothingDue.length > 0) {
    const names = s.nothingDue.map((u) => nameOf(u, o.lang));
    para(`${words.nothingDue}${words.colon}${names.join(words.listSep)}`, "  ");
  }
  if (s.received.length > 0) {
    out.push("");
    para(o.style.bold(`${words.received} (${s.received.length})`));
    for (const r of s.received) para(`  ${receivedText(r, s, o.lang)}`, "      ");
  }
  return `${out.join("\n")}\n`;
}

export function submissionsMarkdown(s: Submissions, o: SubmissionRenderOptions): string {
  const words = submissionWords(o.lang);
  const rows = s.owners.flatMap((owner) =>
    owner.missing.map((m) => [
      mdCell(nameOf(owner.unit, o.lang)),
      `${mdCell(text(m.indicator.name, o.lang))}<br>\`${m.indicator.id}\``,
      m.duePeriod,
      mdCell(statusText(m, s, o.lang)),
      mdCell(m.lastPeriod ?? lastText(m, o.lang)),
    ]),
  );
  const out = [`# ${mdText(`${words.title} — ${s.period}`)}`, "", mdText(headline(s, o.lang)), ""];
  if (rows.length > 0) {
    out.push(
      mdTable(
        [words.owner, words.indicator, words.due, words.colStatus, words.last].map(mdCell),
        rows,
      ),
      "",
    );
  }
  const complete = s.owners
    .filter((x) => x.missing.length === 0)
    .map((x) => nameOf(x.unit, o.lang));
  out.push(
    `**${mdText(words.complete)}**${words.colon}${mdText(complete.join(words.listSep) || words.none)}`,
    "",
  );
  if (s.nothingDue.length > 0) {
    out.push(
      `**${mdText(words.nothingDue)}**${words.colon}${mdText(s.nothingDue.map((u) => nameOf(u, o.lang)).join(words.listSep))}`,
      "",
    );
  }
  return `${out.join("\n").trimEnd()}\n`;
}

export function submissionsCsv(s: Submissions, o: SubmissionRenderOptions): string {
  const words = submissionWords(o.lang);
  let out =
    (o.bom ? BOM : "") +
    csvRecord([
      words.colUnitId,
      words.colUnitName,
      words.colIndicator,
      words.colIndicatorName,
      words.colReporting,
      words.colDue,
      words.colStatus,
      words.colLast,
      words.colTargets,
    ]);
  for (const owner of s.owners) {
    for (const m of owner.missing) {
      out += csvRecord([
        owner.unit.id,
        nameOf(owner.unit, o.lang),
        m.indicator.id,
        text(m.indicator.name, o.lang),
        words[m.reporting],
        m.duePeriod,
        statusText(m, s, o.lang),
        m.lastPeriod ?? "",
        m.targets.join(" "),
      ]);
    }
  }
  return out;
}
