/**
 * The meeting's page as one self-contained HTML file: no script, no
 * external font, image or style sheet; charts inlined as SVG; printable to
 * A4. Every text that comes from data (names, values, file names, messages)
 * goes through esc(). Pure: the charts arrive already drawn.
 */

import { basename } from "node:path";
import type { Status, TargetResult } from "../../evaluate/types.js";
import { FINDING_WORDS, findingMessage } from "../../i18n/findings.js";
import type { Lang } from "../../i18n/lang.js";
import { noteMessage } from "../../i18n/notes.js";
import { PAGE_PHRASES, type PageWords, pageWords } from "../../i18n/page.js";
import { sourceAfter } from "../../i18n/source.js";
import { colourHint, statusWords } from "../../i18n/status.js";
import {
  type Detail,
  GLANCE,
  GLANCE_COLOURS,
  type GlanceColour,
  STATUSES,
} from "../../vocabulary.js";
import { findingList, findingPlace } from "../check/findings.js";
import { amount, signed } from "../numbers.js";
import { esc, htmlDocument } from "../report/blocks.js";
import { glanceCss, STATUS_LOOK, statusCss } from "../status-look.js";
import { FONT } from "./chart.js";
import type { PageModel, ScoreRow } from "./model.js";
import { dateWords, expectedWords, goalWords, latestWords, targetName } from "./plain.js";

export { esc };

export interface PageOptions {
  lang: Lang;
  /** findings listed at most; the rest are counted */
  maxFindings?: number;
  /** draws a target's chart (SVG), with a label in its bottom corner */
  chart: (id: string, corner?: string) => string;
}

const CSS = `
@page { size: A4; margin: 12mm 12mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${FONT}; font-size: 10.5pt; line-height: 1.5; color: #1d1d1d; background: #fff; }
main { max-width: 186mm; margin: 0 auto; padding: 0; }
@media screen { main { padding: 16px 12px 32px; } }
h1 { font-size: 18pt; margin: 0 0 2px; line-height: 1.3; }
h2 { font-size: 13pt; margin: 16px 0 6px; padding-bottom: 2px; border-bottom: 2px solid #1f4e79; color: #1f4e79; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 0 0 2px; }
p { margin: 4px 0; }
.sub { color: #555; }
.plan { font-size: 11pt; color: #333; margin: 0; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 4px 0; }
th, td { border: 1px solid #c8c8c8; padding: 2px 4px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #eef2f7; font-weight: bold; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.score th.n { padding: 2px 1px; text-align: center; }
.score th .st { padding: 0 1px; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.st { display: inline-block; padding: 0 5px; border-radius: 3px; font-weight: bold; white-space: nowrap; }
${statusCss("badge")}
.headline { display: flex; flex-wrap: wrap; gap: 10px; align-items: stretch; break-inside: avoid; }
.big { margin: 0; flex: 1 1 200px; min-width: 0; border: 1px solid #c8c8c8; border-radius: 6px; padding: 8px 10px; }
.big .fig { font-size: 24pt; font-weight: bold; line-height: 1.2; }
.big .fig small { font-size: 11pt; font-weight: normal; color: #555; }
.glance { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; break-inside: avoid; }
.box { flex: 1 1 100px; min-width: 0; border-radius: 6px; padding: 6px 8px; }
.box b { display: block; font-size: 20pt; line-height: 1.2; }
${glanceCss()}
.cards { display: flex; flex-wrap: wrap; gap: 8px; }
.card { margin: 0; flex: 1 1 80mm; max-width: 100%; min-width: 0; border: 1px solid #c8c8c8; border-left-width: 5px; border-radius: 4px; padding: 5px 7px; break-inside: avoid; page-break-inside: avoid; }
${statusCss("card")}
.card p { font-size: 9.5pt; }
.card svg { display: block; width: 100%; height: auto; }
.num { color: #555; font-weight: normal; }
ul { margin: 4px 0; padding-left: 20px; }
li { margin: 1px 0; overflow-wrap: anywhere; }
.measure { break-inside: avoid; margin: 8px 0; }
.measure h3 { color: #1f4e79; }
.note { font-size: 9pt; color: #555; border-top: 1px solid #c8c8c8; margin-top: 16px; padding-top: 4px; }
.find { font-size: 9pt; overflow-wrap: anywhere; }
@media print { .cards { gap: 6px; } .card { flex: 1 1 56mm; padding: 3px 5px; } .card p { font-size: 8.5pt; line-height: 1.35; margin: 2px 0; } .card h3 { font-size: 9.5pt; } }
`;

function badge(status: Status, lang: Lang, detail?: Detail): string {
  return `<span class="st st-${status}">${STATUS_LOOK[status].symbol} ${esc(statusWords(status, lang, detail))}</span>`;
}

/** one sentence a target: latest, expected by now, target */
export function figuresSentence(r: TargetResult, lang: Lang, words: PageWords): string {
  const parts: string[] = [];
  const latest = latestWords(r, lang);
  parts.push(`${words.latest}${words.sep}${latest ?? words.noFigure}`);
  const expected = expectedWords(r, lang);
  if (expected !== undefined) parts.push(`${words.expected}${words.sep}${expected}`);
  parts.push(`${words.goal}${words.sep}${goalWords(r.target, lang)}`);
  return parts.join(words.semi);
}

function header(m: PageModel, lang: Lang, words: PageWords): string {
  const plan = lang === "zh" ? m.plan.plan.title.zh : m.plan.plan.title.en;
  const title = m.kind === "report" ? words.title : words.checkTitle;
  const when = [`${words.asOf}${words.sep}${dateWords(m.meeting.asOf, lang)}`];
  if (m.kind === "report") {
    when.push(
      m.meeting.previousAsOf
        ? `${words.previous}${words.sep}${dateWords(m.meeting.previousAsOf, lang)}`
        : words.noPrevious,
    );
  }
  return `<header>
<p class="plan">${esc(plan)}</p>
<h1>${esc(title)}</h1>
<p class="sub">${when.map(esc).join(" · ")}</p>
</header>`;
}

function headline(m: PageModel, lang: Lang, words: PageWords, o: PageOptions): string {
  const out: string[] = [];
  for (const [i, { result: r, previous: p }] of m.meeting.headline.entries()) {
    const w = r.working;
    const value = w ? amount(w.value, r.target.unit, lang) : words.noFigure;
    const prev = p?.working ? amount(p.working.value, p.target.unit, lang) : undefined;
    out.push(`<div class="big">
<h3>${esc(targetName(r.target, lang))}</h3>
<div class="fig">${esc(value)}</div>
${w?.source ? `<p class="source">${esc(sourceAfter(w.source, lang).trim())}</p>\n` : ""}<p>${badge(r.status, lang, r.detail)}</p>
<p>${esc(figuresSentence(r, lang, words))}${prev !== undefined && m.kind === "report" ? esc(`${words.semi}${words.before}${words.sep}${prev}`) : ""}</p>
${refusedLines(r, lang)}</div>
<figure class="big card card-${r.status}" id="fig-${i + 1}" data-target="${esc(r.target.id)}" data-points="${pointsOf(m, r)}">
<h3><span class="num">${esc(figureLabel(i + 1, lang))}</span> ${esc(words.trend)}</h3>
${o.chart(r.target.id, figureLabel(i + 1, lang))}
</figure>`);
  }
  return out.join("\n");
}

/** The headline's notes that a newer figure was refused (a likely fraction): the figure shown is the last accepted. */
function refusedLines(r: TargetResult, lang: Lang): string {
  return r.notes
    .filter((n) => n.code === "newer-refused")
    .map((n) => {
      // the card names the file, not where it lies (the path stays in JSON)
      const args = { ...n.args, file: basename(String(n.args?.file ?? "")) };
      return `<p class="refused">${esc(noteMessage(n.code, args, lang))}</p>\n`;
    })
    .join("");
}

/** 未报送, or which grey is which where some targets need a baseline (STATUS-RULES v3 rule 5). */
function greyHint(m: PageModel, lang: Lang): string {
  const g = m.grey;
  return g["needs-baseline"] > 0
    ? PAGE_PHRASES[lang].greySplit(g["not-reported"], g["needs-baseline"])
    : colourHint("grey", lang);
}

/** The at-a-glance boxes of the page and the digest: each colour with its word and hint. */
export function glanceBoxes(
  m: PageModel,
  lang: Lang,
  words: PageWords,
): { colour: GlanceColour; word: string; hint: string }[] {
  return GLANCE_COLOURS.map((colour) => ({
    colour,
    word: words[colour],
    hint: colour === "grey" ? greyHint(m, lang) : colourHint(colour, lang),
  }));
}

function glance(m: PageModel, lang: Lang, words: PageWords): string {
  const c = m.colours;
  const p = m.previousColours;
  return `<div class="glance">${glanceBoxes(m, lang, words)
    .map(
      ({ colour: k, word, hint }) =>
        `<div class="box box-${k}"><b>${STATUS_LOOK[GLANCE[k][0]].symbol} ${c[k]}</b>${esc(word)} · ${esc(hint)}${p ? ` <span>${esc(`${words.open}${words.sinceLast} ${signed(c[k] - p[k], { minus: "−" })}${words.close}`)}</span>` : ""}</div>`,
    )
    .join("")}</div>`;
}

function counts(m: PageModel, lang: Lang, words: PageWords): string {
  const prev = m.meeting.previousCounts;
  const head = prev
    ? `<tr><th>${esc(words.status)}</th><th class="n">${esc(words.now)}</th><th class="n">${esc(words.before)}</th><th class="n">${esc(words.change)}</th></tr>`
    : `<tr><th>${esc(words.status)}</th><th class="n">${esc(words.now)}</th></tr>`;
  const rows = STATUSES.map((s) => {
    const now = m.meeting.counts[s];
    const cells = prev
      ? `<td class="n">${now}</td><td class="n">${prev[s]}</td><td class="n">${signed(now - prev[s], { minus: "−" })}</td>`
      : `<td class="n">${now}</td>`;
    return `<tr><td>${badge(s, lang)}</td>${cells}</tr>`;
  });
  const total = prev
    ? `<tr><th>${esc(words.total)}</th><th class="n">${m.meeting.total}</th><th class="n">${Object.values(prev).reduce((a, n) => a + n, 0)}</th><th></th></tr>`
    : `<tr><th>${esc(words.total)}</th><th class="n">${m.meeting.total}</th></tr>`;
  const cols = prev
    ? '<colgroup><col style="width:40%"><col><col><col></colgroup>'
    : '<colgroup><col style="width:60%"><col></colgroup>';
  return `<table class="counts">${cols}<thead>${head}</thead><tbody>${rows.join("")}${total}</tbody></table>`;
}

function changes(m: PageModel, lang: Lang, words: PageWords): string {
  if (m.meeting.previousAsOf === null) return "";
  const out = [`<h2>${esc(words.changes)}</h2>`];
  if (m.meeting.changes.length === 0) out.push(`<p>${esc(words.noChanges)}</p>`);
  for (const dir of ["worse", "better"] as const) {
    const list = m.meeting.changes.filter((c) => c.direction === dir);
    if (list.length === 0) continue;
    out.push(
      `<h3>${esc(`${dir === "worse" ? words.worse : words.better}${words.open}${list.length}${words.close}`)}</h3><ul>`,
    );
    for (const c of list) {
      out.push(
        `<li>${esc(targetName(c.result.target, lang))}${esc(words.sep)}${badge(c.from, lang, c.fromDetail)} → ${badge(c.to, lang, c.result.detail)}</li>`,
      );
    }
    out.push("</ul>");
  }
  return out.join("\n");
}

function scorecard(m: PageModel, lang: Lang, words: PageWords): string {
  const known = m.scorecard.some((s) => s.reported !== undefined);
  const heads = STATUSES.map(
    (s) =>
      `<th class="n" title="${esc(statusWords(s, lang))}"><span class="st st-${s}">${STATUS_LOOK[s].symbol}</span></th>`,
  ).join("");
  const cols = `<colgroup><col style="width:24%">${STATUSES.map(() => '<col style="width:6%">').join("")}<col>${known ? '<col style="width:11%">' : ""}</colgroup>`;
  const row = (s: ScoreRow) => {
    const name = lang === "zh" ? s.unit.name : s.unit.en;
    const worst = s.worstTarget
      ? `${badge(s.worstTarget.status, lang)} ${esc(targetName(s.worstTarget.target, lang))}`
      : "—";
    const rep =
      s.reported === undefined
        ? ""
        : `<td>${s.reported ? `✓ ${esc(words.yes)}` : `✕ ${esc(words.no)}`}</td>`;
    return `<tr><td>${esc(name)}</td>${STATUSES.map((st) => `<td class="n">${s.counts[st] || ""}</td>`).join("")}<td>${worst}</td>${rep}</tr>`;
  };
  const legend = STATUSES.map((s) => `${STATUS_LOOK[s].symbol} ${statusWords(s, lang)}`).join(
    " · ",
  );
  return `<h2>${esc(words.scorecard)}</h2>
<p class="sub">${esc(legend)}</p>
<table class="score">${cols}<thead><tr><th>${esc(words.unit)}</th>${heads}<th>${esc(words.worstTarget)}</th>${known ? `<th>${esc(words.reported)}</th>` : ""}</tr></thead>
<tbody>${m.scorecard.map(row).join("\n")}</tbody></table>`;
}

function unitsOf(m: PageModel, r: TargetResult, lang: Lang): string[] {
  if (r.target.measure === null) return [];
  const measure = m.plan.measures.find((x) => x.number === r.target.measure);
  const units = new Map(m.plan.units.map((u) => [u.id, u]));
  return (measure?.units ?? []).flatMap((ref) => {
    const u = units.get(ref.unit);
    return u ? [lang === "zh" ? u.name : u.en] : [];
  });
}

function cards(m: PageModel, lang: Lang, words: PageWords, o: PageOptions): string {
  const title = m.kind === "report" ? words.attention : words.allTargets;
  const out = [`<h2>${esc(`${title}${words.open}${m.charted.length}${words.close}`)}</h2>`];
  if (m.charted.length === 0) {
    out.push(`<p>${esc(words.attentionNone)}</p>`);
    return out.join("\n");
  }
  // a target with no figure gets a line in the list below, not an empty chart
  const drawn = m.charted.filter((r) => pointsOf(m, r) > 0);
  const blank = m.charted.filter((r) => pointsOf(m, r) === 0);
  out.push('<div class="cards">');
  const first = m.meeting.headline.length + 1;
  drawn.forEach((r, i) => {
    const units = unitsOf(m, r, lang);
    const n = first + i;
    out.push(`<figure class="card card-${r.status}" id="fig-${n}" data-target="${esc(r.target.id)}" data-points="${pointsOf(m, r)}">
<h3><span class="num">${esc(figureLabel(n, lang))}</span> ${esc(targetName(r.target, lang))}</h3>
<p>${badge(r.status, lang, r.detail)} ${esc(figuresSentence(r, lang, words))}</p>
${units.length > 0 ? `<p class="sub">${esc(words.responsible)}${esc(words.sep)}${esc(units.join(PAGE_PHRASES[lang].list))}</p>` : ""}
${o.chart(r.target.id, figureLabel(n, lang))}
</figure>`);
  });
  out.push("</div>");
  if (blank.length > 0) {
    out.push(`<h3>${esc(`${words.noFigureList}${words.open}${blank.length}${words.close}`)}</h3>`);
    out.push('<ul class="nofig">');
    for (const r of blank) {
      const units = unitsOf(m, r, lang);
      out.push(
        `<li data-target="${esc(r.target.id)}">${badge(r.status, lang, r.detail)} ${esc(targetName(r.target, lang))}${units.length > 0 ? `${esc(words.sep)}${esc(units.join(PAGE_PHRASES[lang].list))}` : ""}</li>`,
      );
    }
    out.push("</ul>");
  }
  return out.join("\n");
}

/** how many reported values the target's chart draws */
function pointsOf(m: PageModel, r: TargetResult): number {
  return m.trajectories.get(r.target.id)?.points.length ?? 0;
}

/** `图 3` / `Fig. 3`: above each chart, and in its corner */
export function figureLabel(n: number, lang: Lang): string {
  return PAGE_PHRASES[lang].figure(n);
}

function byMeasure(m: PageModel, lang: Lang, words: PageWords): string {
  const out = [`<h2>${esc(words.byMeasure)}</h2>`];
  for (const b of m.measures) {
    const title = b.measure
      ? PAGE_PHRASES[lang].measure(b.measure.number, b.measure.title[lang])
      : words.general;
    out.push(`<div class="measure"><h3>${esc(title)}</h3><ul>`);
    for (const r of b.results) {
      out.push(
        `<li>${badge(r.status, lang, r.detail)} ${esc(targetName(r.target, lang))}${esc(words.sep)}${esc(figuresSentence(r, lang, words))}</li>`,
      );
    }
    out.push("</ul></div>");
  }
  return out.join("\n");
}

function quality(m: PageModel, lang: Lang, words: PageWords, o: PageOptions): string {
  const mt = m.meeting;
  const out = [`<h2>${esc(words.quality)}</h2>`];
  const tally = PAGE_PHRASES[lang].tally(mt.files.length, mt.errors, mt.warnings);
  out.push(`<p>${esc(tally)}</p>`);
  if (mt.findings.length === 0) out.push(`<p>${esc(words.findingsNone)}</p>`);
  else {
    const list = findingList(mt.findings, o.maxFindings ?? 50); // ranked: src/data/rank.ts
    out.push('<ul class="find">');
    for (const f of list.shown) {
      const sev = FINDING_WORDS[lang].severity[f.severity];
      out.push(
        `<li><code>${esc(findingPlace(f))}</code> ${esc(sev)}${esc(words.sep)}${esc(findingMessage(f, lang))}</li>`,
      );
    }
    if (list.more > 0) {
      out.push(`<li>… ${list.more} ${esc(words.more)}</li>`);
    }
    out.push("</ul>");
  }
  const name = (u: { name: string; en: string }) => (lang === "zh" ? u.name : u.en);
  const sep = PAGE_PHRASES[lang].list;
  out.push(
    `<h3>${esc(`${words.notReported}${words.open}${m.notReported.length}${words.close}`)}</h3>`,
  );
  out.push(
    `<p>${m.notReported.length === 0 ? esc(words.notReportedNone) : esc(m.notReported.map(name).join(sep))}</p>`,
  );
  return out.join("\n");
}

/** The whole page. */
export function renderPage(m: PageModel, o: PageOptions): string {
  const lang = o.lang;
  const words = pageWords(lang);
  const title = `${m.kind === "report" ? words.title : words.checkTitle} · ${dateWords(m.meeting.asOf, lang)}`;
  const body = [
    header(m, lang, words),
    m.meeting.headline.length > 0
      ? `<h2>${esc(words.headline)}</h2>\n<div class="headline">${headline(m, lang, words, o)}</div>`
      : "",
    `<h2>${esc(words.threeColour)}</h2>`,
    glance(m, lang, words),
    counts(m, lang, words),
    m.kind === "report" ? changes(m, lang, words) : "",
    scorecard(m, lang, words),
    cards(m, lang, words, o),
    byMeasure(m, lang, words),
    quality(m, lang, words, o),
    `<p class="note">${esc(words.footnote)}</p>`,
  ]
    .filter(Boolean)
    .join("\n");
  return htmlDocument(lang, title, CSS, `<main>\n${body}\n</main>`);
}
