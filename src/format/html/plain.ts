/**
 * Figures, dates and targets in plain words for leaders: rounded numbers,
 * Chinese (or English) dates, no ids, no formulas. Shared by the HTML page
 * and the text digest.
 */

import { dateParts } from "../../calendar.js";
import type { TargetResult } from "../../evaluate/types.js";
import { PLAIN_WORDS, uomWord } from "../../i18n/page.js";
import { stateLabel } from "../../i18n/vocabulary.js";
import type { Target } from "../../plan/types.js";
import type { Lang, MilestoneState } from "../../vocabulary.js";
import { decimalsOf, num } from "../numbers.js";

/** Rounded for reading: whole numbers from 100, one decimal from 1, two below. */
export function rounded(v: number): string {
  const a = Math.abs(v);
  const digits = a >= 100 ? 0 : a >= 1 ? 1 : 2;
  return num(v, digits);
}

export function stateWord(s: MilestoneState, lang: Lang): string {
  return stateLabel(s, lang);
}

/** A reported figure: rounded as `rounded` does, but never to fewer decimals than it was reported with (at most 4). */
export function reported(v: number): string {
  const a = Math.abs(v);
  const digits = a >= 100 ? 0 : a >= 1 ? 1 : 2;
  return num(v, Math.max(digits, Math.min(4, decimalsOf(v))));
}

/** A worked-out figure (not a reported one): three significant figures from 1,000 up. */
export function approx(v: number): number {
  const a = Math.abs(v);
  if (a < 1000) return v;
  const step = 10 ** (Math.floor(Math.log10(a)) - 2);
  return Math.round(v / step) * step;
}

/**
 * `50.1%`, `8个`, `305,000 kW` (en: 万 units multiplied out). `estimate`:
 * a worked-out figure, rounded further (see approx).
 */
export function amount(
  v: number | MilestoneState,
  uom: string,
  lang: Lang,
  estimate = false,
): string {
  if (typeof v === "string") return stateWord(v, lang);
  // a reported figure keeps the decimals it was reported with (2.72 stays 2.72); a worked-out one rounds
  const r = (x: number) => (estimate ? rounded(approx(x)) : reported(x));
  if (uom === "%") return `${r(v)}%`;
  if (uom === "state") return r(v);
  if (lang === "zh") return `${r(v)}${uom}`;
  const scaled = uom.startsWith("万") && uom.length > 1;
  const n = r(scaled ? v * 10000 : v);
  const word = uomWord(scaled ? uom.slice(1) : uom, lang, n === "1");
  return word ? `${n} ${word}` : n;
}

/** A reporting period in words: `2025年6月`, `2025年二季度`, `2025年`; `Jun 2025`, `Q2 2025`, `2025`. */
export function periodWords(period: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(Q)?(\d{1,2}))?$/.exec(period);
  if (!m) return period;
  const [, year = "", q, n] = m;
  const words = PLAIN_WORDS[lang];
  if (n === undefined) return words.year(year);
  if (q) return words.quarter(year, n);
  return words.month(year, Number(n));
}

/** A date in words: `2025年6月30日`, `30 Jun 2025`. */
export function dateWords(date: string, lang: Lang): string {
  const { year, month, day } = dateParts(date);
  return PLAIN_WORDS[lang].date(year, month, day);
}

/** A deadline in words: `2025年底`, `end of 2025`; another day in full. */
export function dueWords(deadline: string, lang: Lang): string {
  if (deadline.endsWith("-12-31")) return PLAIN_WORDS[lang].yearEnd(deadline.slice(0, 4));
  return dateWords(deadline, lang);
}

/** What a target asks for, in words: `达到53%左右`, `at least 10 sites`, `完成`. */
export function askWords(t: Target, lang: Lang): string {
  const words = PLAIN_WORDS[lang];
  if (typeof t.value === "string") return words.done;
  const a = amount(t.value, t.unit, lang);
  if (t.comparator === "<=" && t.value === 0) return words.downToZero;
  return words.ask[t.comparator](a);
}

/** The target with its date: `2025年底达到53%左右`, `about 53% by end of 2025`, `每年…`. */
export function goalWords(t: Target, lang: Lang): string {
  const ask = askWords(t, lang);
  if (t.cadence === "annual") return PLAIN_WORDS[lang].annual(ask);
  return PLAIN_WORDS[lang].byDeadline(ask, dueWords(t.deadline, lang));
}

/** The name of a target in the reader's language. */
export function targetName(t: Target, lang: Lang): string {
  return lang === "zh" ? t.name.zh : t.name.en;
}

/** The latest figure with its period: `50.1%（2025年6月）`, `50.1% (Jun 2025)`; undefined when none. */
export function latestWords(r: TargetResult, lang: Lang): string | undefined {
  const w = r.working;
  if (!w) return undefined;
  const v = amount(w.value, r.target.unit, lang);
  const p = periodWords(w.period, lang);
  return PLAIN_WORDS[lang].withPeriod(v, p);
}

export function expectedWords(r: TargetResult, lang: Lang): string | undefined {
  const e = r.working?.expected;
  return e === undefined ? undefined : amount(e, r.target.unit, lang, true);
}
