/**
 * `cwplan report --format text`: the meeting's report as a plain-text digest
 * for an email or a chat group. No box drawing, no Markdown, no colour;
 * every line at most 72 display columns (a Chinese character is two);
 * Chinese punctuation in Chinese. The same sections as the HTML page, short.
 */
import type { TargetResult } from "../../evaluate/types.js";
import { FINDING_WORDS, findingMessage } from "../../i18n/findings.js";
import { FIGURE_AFFIXES } from "../../i18n/labels.js";
import type { Lang } from "../../i18n/lang.js";

import { PAGE_PHRASES, pageWords } from "../../i18n/page.js";
import { statusWords } from "../../i18n/status.js";
import { ATTENTION_ORDER, GLANCE } from "../../vocabulary.js";
import { findingList, findingPlace, groupLines } from "../check/findings.js";

import type { PageModel } from "../html/model.js";
import { figuresSentence, glanceBoxes } from "../html/page.js";
import { dateWords, expectedWords, goalWords, latestWords, targetName } from "../html/plain.js";
import { signed } from "../numbers.js";
import { safeFinding } from "../safe.js";
import { displayWidth } from "../width.js";

export const DIGEST_WIDTH = 72;
/** data findings the digest lists at most */
export const DIGEST_FINDINGS = 10;

/** closing punctuation that may not begin a line, opening that may not end one */
const CLOSING = /^[，。；：、？！）》」』”’,.;:!?)\]]$/u;
const OPENING = /^[（《「『“‘([]$/u;

/** printable ASCII, and the signs a figure may carry (±, ², ×, −) */
const ASCII = "\\x21-\\x7e\\u00b1\\u00b2\\u00d7\\u2212";

/**
 * A figure with its unit, a date, or any run of printable ASCII: one unit
 * for breaking (a figure with its unit and qualifier, a date, a word).
 */
const WHOLE = new RegExp(
  `(?:[${ASCII}]*\\d[${ASCII}]*[${FIGURE_AFFIXES.characters}]{0,4})+(?:${FIGURE_AFFIXES.qualifiers.join("|")})?|[${ASCII}]+|\\s+|.`,
  "gu",
);

/**
 * Text as the units a line may break between: a figure with its unit and a
 * date stay whole (a line never ends in 17.6公 and starts with 里), as does
 * a word; a space, or one other character; closing punctuation goes with
 * what stands before it, opening punctuation with what follows.
 */
function tokens(text: string, keep: readonly string[] = []): string[] {
  const raw: string[] = [];
  const kept = [...new Set(keep.filter((k) => k !== ""))].sort((a, b) => b.length - a.length);
  if (kept.length === 0) raw.push(...(text.match(WHOLE) ?? []));
  else {
    // each kept text (a file's name) is one unit: a line never breaks inside it
    const re = new RegExp(
      kept.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
      "gu",
    );
    let at = 0;
    for (const m of text.matchAll(re)) {
      raw.push(...(text.slice(at, m.index).match(WHOLE) ?? []), m[0]);
      at = m.index + m[0].length;
    }
    raw.push(...(text.slice(at).match(WHOLE) ?? []));
  }
  const out: string[] = [];
  let open = "";
  for (const t of raw) {
    if (OPENING.test(t)) {
      open += t;
      continue;
    }
    const tok = open + t;
    open = "";
    const prev = out.at(-1);
    if (CLOSING.test(t) && prev !== undefined && !/^\s+$/.test(prev)) {
      out[out.length - 1] += tok;
    } else out.push(tok);
  }
  if (open) out.push(open);
  return out;
}

/**
 * Wrap to the digest's width; continuation lines indented by `indent`
 * spaces; a line breaks inside none of `keep` (file names) where it fits.
 */
export function wrapLine(
  text: string,
  indent = 0,
  width = DIGEST_WIDTH,
  keep: readonly string[] = [],
): string[] {
  const lines: string[] = [];
  const pad = " ".repeat(indent);
  let line = "";
  let w = 0;
  /**
   * Starts a new line before `next`. Closing punctuation takes the word
   * character before it along (never a space: `x ::` stays `x ::`); opening
   * punctuation at the end of the line goes with what follows it.
   */
  const breakBefore = (next: string) => {
    let carry = "";
    const chars = [...line];
    const closing = CLOSING.test([...next][0] ?? "") && !/\s$/.test(line);
    while (chars.length > indent + 1) {
      const last = chars.at(-1);
      if (last === undefined || /\s/.test(last)) break;
      if (closing ? carry !== "" && !CLOSING.test(carry[0] ?? "") : !OPENING.test(last)) break;
      chars.pop();
      carry = last + carry;
    }
    line = chars.join("");
    lines.push(line.trimEnd());
    line = pad + carry;
    w = displayWidth(line);
  };
  for (const tok of tokens(text, keep)) {
    const tw = displayWidth(tok);
    if (w + tw <= width) {
      line += tok;
      w += tw;
      continue;
    }
    if (/^\s+$/.test(tok)) {
      lines.push(line.trimEnd());
      line = pad;
      w = indent;
      continue;
    }
    if (w > indent) breakBefore(tok);
    if (w + tw <= width) {
      line += tok;
      w += tw;
      continue;
    }
    for (const ch of tok) {
      const cw = displayWidth(ch);
      if (w + cw > width && w > indent) breakBefore(ch);
      line += ch;
      w += cw;
    }
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [""];
}

export function renderDigest(
  m: PageModel,
  o: { lang: Lang; maxFindings?: number; wrap?: boolean },
): string {
  const lang = o.lang;
  const zh = lang === "zh";
  const words = pageWords(lang);
  const phrases = PAGE_PHRASES[lang];
  const out: string[] = [];
  const width = o.wrap === false ? Number.POSITIVE_INFINITY : DIGEST_WIDTH;
  const para = (s: string, indent = 0) => out.push(...wrapLine(s, indent, width));
  const head = (s: string) => {
    out.push("");
    out.push(phrases.head(s));
  };
  const count = phrases.count;
  const status = (r: TargetResult) => statusWords(r.status, lang, r.detail);
  const list = (items: string[], max = Number.POSITIVE_INFINITY) => {
    items.slice(0, max).forEach((s, i) => {
      const n = `${i + 1}. `;
      para(`${n}${s}`, n.length);
    });
    if (items.length > max) para(phrases.moreItems(items.length - max));
  };

  const plan = zh ? m.plan.plan.title.zh : m.plan.plan.title.en;
  para(plan);
  para(`${words.title}${words.sep}${dateWords(m.meeting.asOf, lang)}`);
  para(
    m.meeting.previousAsOf
      ? `${words.previous}${words.sep}${dateWords(m.meeting.previousAsOf, lang)}`
      : words.noPrevious,
  );

  if (m.meeting.headline.length > 0) {
    head(words.headline);
    for (const { result: r } of m.meeting.headline) {
      para(
        `${targetName(r.target, lang)}${words.sep}${status(r)}${words.stop}${phrases.afterStop}${figuresSentence(r, lang, words)}${words.stop}`,
      );
    }
  }

  head(words.threeColour);
  const c = m.colours;
  const p = m.previousColours;
  for (const { colour: k, word, hint } of glanceBoxes(m, lang, words)) {
    const change = p ? `${phrases.change}${signed(c[k] - p[k])}` : "";
    para(`${word}${words.open}${hint}${words.close}${words.sep}${count(c[k])}${change}`);
  }
  para(phrases.total(m.meeting.total));

  if (m.meeting.previousAsOf !== null) {
    head(words.changes);
    if (m.meeting.changes.length === 0) para(words.noChanges);
    for (const dir of ["worse", "better"] as const) {
      const changes = m.meeting.changes.filter((x) => x.direction === dir);
      if (changes.length === 0) continue;
      para(
        `${dir === "worse" ? words.worse : words.better}${words.open}${changes.length}${words.close}${words.sep}`,
      );
      list(
        changes.map(
          (x) =>
            `${targetName(x.result.target, lang)}${words.sep}${statusWords(x.from, lang, x.fromDetail)} → ${status(x.result)}`,
        ),
      );
    }
  }

  head(`${words.attention}${words.open}${m.charted.length}${words.close}`);
  if (m.charted.length === 0) para(words.attentionNone);
  for (const s of ATTENTION_ORDER) {
    const rs = m.charted.filter((r) => r.status === s);
    if (rs.length === 0) continue;
    para(`${statusWords(s, lang)}${words.open}${rs.length}${words.close}${words.sep}`);
    list(rs.map((r) => targetLine(r, lang)));
  }

  head(words.scorecard);
  // in short: the units with a target in red (at risk, missed) or grey (no data)
  const weakStatuses = [...GLANCE.red, ...GLANCE.grey];
  const weak = m.scorecard.filter((u) => weakStatuses.some((s) => u.counts[s] > 0));
  const shown = ATTENTION_ORDER;
  list(
    weak.map((u) => {
      const name = zh ? u.unit.name : u.unit.en;
      const parts = shown
        .filter((s) => u.counts[s] > 0)
        .map((s) => `${statusWords(s, lang)} ${u.counts[s]}`);
      return `${name}${words.sep}${parts.join(words.comma)}`;
    }),
  );
  const fine = m.scorecard.length - weak.length;
  if (fine > 0) {
    para(phrases.othersFine(fine));
  }
  const names = m.notReported.map((u) => (zh ? u.name : u.en));
  para(
    `${words.notReported}${words.open}${names.length}${words.close}${words.sep}${
      names.length === 0 ? words.notReportedNone : names.join(phrases.list) + words.stop
    }`,
  );

  head(words.quality);
  const mt = m.meeting;
  para(phrases.digestTally(mt.files.length, mt.errors, mt.warnings));
  if (mt.findings.length > 0) {
    // in short: ranked, every open error and figure-changing warning, then the
    // first few others (findingList), each made safe (safe.ts); the rest counted
    // the open errors and figure-changing warnings beyond them grouped per
    // file × code, each counted (findingList's `group`)
    const max = Math.min(o.maxFindings ?? DIGEST_FINDINGS, DIGEST_FINDINGS);
    const shown = findingList(mt.findings.map(safeFinding), max, true);
    list(
      shown.shown.map((f) => {
        const sev = FINDING_WORDS[lang].severity[f.severity];
        return `${findingPlace(f)} ${sev}${words.sep}${findingMessage(f, lang)}`;
      }),
    );
    const [groupHead, ...groups] = groupLines(shown.groups, { lang });
    if (groupHead !== undefined) para(groupHead);
    for (const g of groups) para(`  ${g}`, 4);
    if (shown.more > 0) {
      para(phrases.moreFindings(shown.more));
    }
  }

  out.push("");
  para(phrases.note(words.footnote));
  return `${out.join("\n")}\n`;
}

function targetLine(r: TargetResult, lang: Lang): string {
  const words = pageWords(lang);
  const phrases = PAGE_PHRASES[lang];
  const latest = latestWords(r, lang);
  const expected = expectedWords(r, lang);
  const parts = [latest === undefined ? words.noFigure : phrases.latest(latest)];
  if (expected !== undefined && r.status !== "missed") {
    parts.push(phrases.expected(expected));
  }
  parts.push(phrases.target(goalWords(r.target, lang)));
  return `${targetName(r.target, lang)}${words.sep}${parts.join(words.semi)}${words.stop}`;
}
