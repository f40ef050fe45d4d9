/**
 * Figures, dates and targets in plain words for leaders: rounded numbers,
 * Chinese (or English) dates, no ids, no formulas. Shared by the HTML page
 * and the text digest.
 */

import { dateParts } from "../../calendar.js";
import type { TargetResult } from "../../evaluate/types.js";
import { PLAIN_WORDS } from "../../i18n/page.js";
import { SOURCE_WORDS, sourceUnit } from "../../i18n/source.js";
import { stateLabel } from "../../i18n/vocabulary.js";
import type { Target } from "../../plan/types.js";
import type { Lang, MilestoneState } from "../../vocabulary.js";
import { amount } from "../numbers.js";

export function stateWord(s: MilestoneState, lang: Lang): string {
  return stateLabel(s, lang);
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

/**
 * The latest figure with its period: `50.1%（2025年6月）`, `50.1% (Jun 2025)`;
 * another unit's with its source too: `31.2万千瓦（2025年7月，县工业和信息化局报）`.
 * Undefined when none.
 */
export function latestWords(r: TargetResult, lang: Lang): string | undefined {
  const w = r.working;
  if (!w) return undefined;
  const v = amount(w.value, r.target.unit, lang);
  const p = periodWords(w.period, lang);
  const when = w.source ? SOURCE_WORDS[lang].withPeriod(p, sourceUnit(w.source, lang)) : p;
  return PLAIN_WORDS[lang].withPeriod(v, when);
}

export function expectedWords(r: TargetResult, lang: Lang): string | undefined {
  const e = r.working?.expected;
  return e === undefined ? undefined : amount(e, r.target.unit, lang, true);
}
