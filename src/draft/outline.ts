/**
 * A plan document's outline: its metadata (title, 文号, issuer, date, the
 * plan's window), its sections (一、…) and its measures ((一) / 1. / （1）),
 * each with its verbatim text as offsets into the document's text.
 */
import * as L from "./lexicon.js";

export interface Meta {
  title: string | undefined;
  number: string | undefined;
  issuer: string | undefined;
  issued: string | undefined;
  /** the window's years, and where they came from */
  window: { start: number; end: number; from: "title" | "deadlines" | "issued" } | undefined;
  /** the county or district that issues it (成武县), for names of its bodies */
  locality: string | undefined;
}

export interface Block {
  start: number;
  end: number;
}

export interface SectionOutline extends Block {
  numeral: string;
  title: string;
}

export interface MeasureOutline extends Block {
  number: number;
  label: string;
  section: string;
  title: string;
}

export interface Outline {
  meta: Meta;
  sections: SectionOutline[];
  measures: MeasureOutline[];
  /** text of a section outside its measures */
  loose: (Block & { section: string })[];
  /** the sections were not numbered: one was made for the whole text */
  madeSection: boolean;
}

interface Line {
  start: number;
  end: number;
  text: string;
  level: number | undefined;
  label: string;
  rest: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const date = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const raw of text.split("\n")) {
    const end = start + raw.length;
    let level: number | undefined;
    let label = "";
    let rest = raw;
    for (let k = 0; k < L.HEADINGS.length; k++) {
      const m = L.HEADINGS[k]?.exec(raw);
      if (m) {
        level = k;
        label = m[1] ?? m[2] ?? "";
        rest = raw.slice(m[0].length);
        break;
      }
    }
    out.push({ start, end, text: raw, level, label, rest });
    start = end + 1;
  }
  return out;
}

const cnDigit = (c: string) => "〇一二三四五六七八九".indexOf(c.replace(/[○零0]/, "〇"));

function readMeta(lines: Line[], text: string): Meta & { bodyStart: number } {
  let title: string | undefined;
  let number: string | undefined;
  let issuer: string | undefined;
  let issued: string | undefined;
  let bodyStart = 0;
  let notice: string | undefined;
  for (const l of lines) {
    const t = l.text.trim();
    if (t === "") continue;
    const lt = L.LABELS.title.exec(t);
    if (lt?.[1] && !title) title = lt[1].trim();
    const ln = L.LABELS.number.exec(t);
    if (ln?.[1] && !number) number = ln[1].trim();
    const li = L.LABELS.issuer.exec(t);
    if (li?.[1] && !issuer) issuer = li[1].trim();
    const ld = L.LABELS.date.exec(t);
    if (ld && !issued) issued = date(Number(ld[1]), Number(ld[2]), Number(ld[3]));
  }
  // the notice that issues the plan, and the plan's own title line after it
  for (const l of lines) {
    const t = l.text.trim();
    // the metadata is before the first part (第一章, 第一节, 一、)
    if (l.level !== undefined && l.level <= 2) break;
    if (t === "") continue;
    const n = L.NOTICE_TITLE.exec(t);
    if (n?.[1] && !notice) {
      notice = n[1];
      const p = L.ISSUER_PREFIX.exec(t);
      if (p?.[1] && !issuer) issuer = p[1];
    }
    const num = L.DOC_NUMBER.exec(t);
    if (num && !number && t.length <= 40) number = num[0].replace(/\s+/g, "");
    issued ??= dateIn(t);
    const il = L.ISSUER_LINE.exec(t);
    if (il?.[1] && !issuer) issuer = il[1];
    const tm = L.TITLE.exec(t);
    if (tm && !t.startsWith("关于") && !L.NOTICE_TITLE.test(t)) {
      if (!title || (notice && t === notice)) {
        title = t;
        bodyStart = l.end;
      }
    }
  }
  // a signature: the issuer on its line, the date on the next (after the notice or at the end)
  const sig = signature(lines);
  if (sig) {
    issuer ??= sig.issuer;
    issued ??= sig.date;
  }
  if (!title && notice) title = notice;
  if (!title) {
    const first = lines.find((l) => l.text.trim() !== "" && l.level === undefined);
    title = first?.text.trim();
  }
  const place = (issuer && L.LOCALITY.exec(issuer)?.[1]) || (title && L.LOCALITY.exec(title)?.[1]);
  return {
    title,
    number,
    issuer,
    issued,
    window: windowOf(title, text, issued),
    locality: place || undefined,
    bodyStart,
  };
}

const dateIn = (t: string): string | undefined => {
  const d = L.DATE_LINE.exec(t);
  if (d) return date(Number(d[1]), Number(d[2]), Number(d[3]));
  const cd = L.CN_DATE_LINE.exec(t);
  if (!cd) return undefined;
  const y = 2000 + cnDigit(cd[1] ?? "") * 10 + cnDigit(cd[2] ?? "");
  return date(y, L.numeralValue(cd[3] ?? ""), L.numeralValue(cd[4] ?? ""));
};

/** The first signature (issuer, then date on the next line) in the document. */
export function signature(
  lines: { text: string; start: number }[],
): { issuer: string; date: string; start: number } | undefined {
  const full = lines.filter((l) => l.text.trim() !== "");
  for (let i = 0; i + 1 < full.length; i++) {
    const a = full[i];
    const b = full[i + 1];
    const il = a && L.ISSUER_LINE.exec(a.text.trim());
    const d = b && dateIn(b.text.trim());
    if (a && il?.[1] && d) return { issuer: il[1], date: d, start: a.start };
  }
  return undefined;
}

function windowOf(
  title: string | undefined,
  text: string,
  issued: string | undefined,
): Meta["window"] {
  if (title) {
    const r = L.TITLE_YEARS.exec(title);
    if (r) return { start: Number(r[1]), end: Number(r[2]), from: "title" };
    const f = L.FIVE_YEAR.exec(title);
    const fs = f?.[1] === undefined ? undefined : L.FIVE_YEAR_START[f[1]];
    if (fs !== undefined) return { start: fs, end: fs + 4, from: "title" };
    const y = L.TITLE_YEAR.exec(title);
    if (y) return { start: Number(y[1]), end: Number(y[1]), from: "title" };
  }
  const years = [...text.matchAll(/(?:到|至|截至)\s*(20\d{2})\s*年/g)].map((m) => Number(m[1]));
  const from = issued === undefined ? undefined : Number(issued.slice(0, 4));
  if (years.length > 0) {
    const end = Math.max(...years);
    return { start: Math.min(from ?? end, ...years), end, from: "deadlines" };
  }
  return from === undefined ? undefined : { start: from, end: from, from: "issued" };
}

/** The document's outline. */
export function outline(text: string): Outline {
  const lines = linesOf(text);
  const meta = readMeta(lines, text);
  const body = lines.filter((l) => l.start >= meta.bodyStart);
  const endAt = body.find((l) => L.DOCUMENT_END.test(l.text.trim()));
  const firstHead = body.find((l) => l.level !== undefined);
  const closing = firstHead ? signature(body.filter((l) => l.start > firstHead.start)) : undefined;
  const docEnd = Math.min(endAt ? endAt.start : text.length, closing ? closing.start : text.length);
  const inBody = body.filter((l) => l.start < docEnd);
  const headed = inBody.filter((l) => l.level !== undefined);
  const levels = [...new Set(headed.map((l) => l.level ?? 0))].sort((a, b) => a - b);
  const top = levels[0];
  const sections: SectionOutline[] = [];
  const measures: MeasureOutline[] = [];
  const loose: Outline["loose"] = [];
  const endOfLast = (ls: Line[]) => {
    let e = docEnd;
    while (e > 0 && /\s/.test(text.charAt(e - 1))) e--;
    return ls.length ? e : e;
  };
  const trimEnd = (s: number, e: number) => {
    let x = e;
    while (x > s && /\s/.test(text.charAt(x - 1))) x--;
    return x;
  };
  const titleOf = (l: Line, next: Line | undefined): string => {
    const rest = l.rest.trim() || next?.text.trim() || "";
    const cut = rest.split(/[。：:；;]/)[0] ?? rest;
    return (cut.length <= 40 ? cut : cut.slice(0, 40)).trim() || rest.slice(0, 40);
  };
  let madeSection = false;
  const tops = top === undefined ? [] : inBody.filter((l) => l.level === top);
  const multiLevel = levels.length > 1 && tops.length >= 1;
  let sectionLines: {
    line: Line | undefined;
    numeral: string;
    title: string;
    start: number;
    end: number;
  }[];
  if (multiLevel) {
    sectionLines = tops.map((l, i) => {
      const next = tops[i + 1];
      const idx = inBody.indexOf(l);
      return {
        line: l,
        numeral: l.label || String(i + 1),
        title: titleOf(l, inBody[idx + 1]),
        start: l.start,
        end: trimEnd(l.start, next ? next.start : endOfLast(inBody)),
      };
    });
  } else {
    madeSection = true;
    const first = inBody.find((l) => l.text.trim() !== "");
    sectionLines = [
      {
        line: undefined,
        numeral: "一",
        title: meta.title ?? "",
        start: first ? first.start : meta.bodyStart,
        end: trimEnd(0, endOfLast(inBody)),
      },
    ];
  }
  let n = 0;
  for (const s of sectionLines) {
    sections.push({ numeral: s.numeral, title: s.title, start: s.start, end: s.end });
    const inside = inBody.filter(
      (l) => l.start > (s.line ? s.line.start : s.start - 1) && l.start < s.end,
    );
    const sub = inside.filter(
      (l) => l.level !== undefined && (!multiLevel || (l.level ?? 0) > (top ?? 0)),
    );
    // the measures' level: the first whose headings mostly go on after their title
    // (1.促进产业集聚发展。深入…), not titles of groups (第一节 …, （一）… alone); else the highest
    const subLevels = [...new Set(sub.map((l) => l.level ?? 99))].sort((a, b) => a - b);
    const carries = (l: Line) => /[。；;]\s*\S/.test(l.rest);
    const level =
      subLevels.find((lv) => {
        const hs = sub.filter((l) => l.level === lv);
        return hs.filter(carries).length * 2 >= hs.length;
      }) ?? subLevels[0];
    const heads = sub.filter((l) => l.level === level);
    let cursor = s.line ? s.line.end + 1 : s.start;
    for (const h of heads) {
      // a measure ends at the next heading of its level or above
      const next = inside.find(
        (l) => l.start > h.start && l.level !== undefined && (l.level ?? 99) <= (level ?? 0),
      );
      const end = trimEnd(h.start, next ? next.start : s.end);
      if (h.start > cursor)
        loose.push({ start: cursor, end: trimEnd(cursor, h.start), section: s.numeral });
      n++;
      measures.push({
        number: n,
        label: h.label,
        section: s.numeral,
        title: titleOf(h, inside[inside.indexOf(h) + 1]),
        start: h.start,
        end,
      });
      cursor = end;
    }
    // the section's text outside its measures: its aims, tables, group titles
    if (s.end > cursor)
      loose.push({ start: cursor, end: trimEnd(cursor, s.end), section: s.numeral });
  }
  // the document's own numbers, when they run 1, 2, 3 … across the sections
  const own = measures.map((m) => Number(m.label));
  if (own.every((x, i) => Number.isInteger(x) && x === i + 1))
    measures.forEach((m, i) => {
      m.number = own[i] ?? m.number;
    });
  return { meta, sections, measures, loose, madeSection };
}
