/**
 * A block of plan text cut into sentences and clauses, with quoted names,
 * titles and asides masked (so 《…》, “5个2” and （即…2名…） are not read as
 * targets) while every offset still points into the original text.
 */
import { CLAUSE_END, DEADLINE, SENTENCE_END } from "./lexicon.js";

/** What a masked character becomes: not a digit, not a delimiter. */
export const MASK = "□";

const PAIRS: Readonly<Record<string, string>> = {
  "“": "”",
  "《": "》",
  "‘": "’",
  "（": "）",
  "(": ")",
  "〔": "〕",
};
/** An aside in brackets is kept when it states a figure itself. */
const KEEP_ASIDE = /达到|不低于|不少于|以上|以内|控制在|左右|覆盖率/;

/** The text with quoted names and asides masked, same length. */
export function mask(text: string): string {
  const out = [...text];
  const stack: { close: string; at: number }[] = [];
  const chars = [...text];
  // positions by code unit: the texts are BMP Chinese; astral characters are kept as they are
  let i = 0;
  const at: number[] = [];
  for (const ch of chars) {
    at.push(i);
    i += ch.length;
  }
  chars.forEach((ch, k) => {
    const top = stack.at(-1);
    if (top && ch === top.close) {
      stack.pop();
      const inner = chars.slice(top.at + 1, k).join("");
      const bracket = top.close === "）" || top.close === ")";
      if (stack.length === 0 && !(bracket && KEEP_ASIDE.test(inner)))
        for (let j = top.at + 1; j < k; j++) out[j] = MASK;
      return;
    }
    const close = PAIRS[ch];
    if (close !== undefined) stack.push({ close, at: k });
  });
  // an unclosed pair masks nothing: the text is read as it is
  return out.join("").length === text.length ? out.join("") : text;
}

export interface Span {
  start: number;
  end: number;
}

/** Spans of `text` between the delimiters `re` (delimiters left out, empty spans dropped). */
export function spans(text: string, re: RegExp, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let s = from;
  for (let i = from; i <= to; i++) {
    if (i === to || re.test(text.charAt(i))) {
      if (i > s) out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  return out;
}

export interface Deadline {
  /** where the phrase starts and ends in the block */
  start: number;
  end: number;
  year: number;
  month: number | undefined;
}

export interface Sentence extends Span {
  clauses: Span[];
  deadlines: Deadline[];
}

/** The block's sentences, their clauses and the deadlines they state. */
export function sentences(masked: string): Sentence[] {
  return spans(masked, SENTENCE_END).map((s) => {
    const deadlines: Deadline[] = [];
    for (const m of masked.slice(s.start, s.end).matchAll(new RegExp(DEADLINE.source, "g"))) {
      const month = m[2] === undefined ? undefined : Number(m[2]);
      deadlines.push({
        start: s.start + m.index,
        end: s.start + m.index + m[0].length,
        year: Number(m[1]),
        month: month !== undefined && month >= 1 && month <= 12 ? month : undefined,
      });
    }
    return { ...s, clauses: spans(masked, CLAUSE_END, s.start, s.end), deadlines };
  });
}

/** The deadline that governs a position: the last one stated before it in its sentence. */
export function governing(sentence: Sentence, at: number): Deadline | undefined {
  let found: Deadline | undefined;
  for (const d of sentence.deadlines) if (d.start < at) found = d;
  return found;
}

/** An item's number at a clause's start: not part of what it says. */
const LABEL =
  /^(?:[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[）)]|\d{1,3}[.．、](?!\d)|[①-⑳])\s*/;

/** A clause trimmed of white space at both ends, and of an item's number in front. */
export function trimmed(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  const label = LABEL.exec(text.slice(start, end));
  if (label && label[0].length < end - start) start += label[0].length;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}
