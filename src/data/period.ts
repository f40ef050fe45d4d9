/**
 * Reporting periods as departments write them (the calendar itself, canonical
 * periods included, is src/calendar.ts). Canonical forms: `YYYY`, `YYYY-Qn`, `YYYY-MM`. Every value
 * is a level or a running total as of the period's last day, so a period is
 * known by where it ends. Spellings accepted and normalised (full-width forms,
 * spaces and Chinese numerals too):
 *
 * - a year: `2025`, `2025年`, `2025年度`, `2025年全年`, `二〇二五年`
 * - a quarter: `2025-Q2`, `2025Q2`, `2025年第二季度`, `2025年二季度`, `2025年第2季`
 * - a month: `2025-06`, `2025-6`, `2025/06`, `2025.6`, `202506`, `2025年6月`,
 *   `2025年6月份`, `2025年6月底`, `截至2025年6月`, `25年6月`, `二〇二五年六月`
 * - year to date, read as its last month: `2025年1-6月` (any dash: - — – ～ ~,
 *   or 至/到), `2025年1月-6月`, `2025.1-6`, `2025上半年` / `2025年上半年`
 *   (through June), `2025年前三季度` (through September)
 * - a span of exactly one quarter not starting in January: `2025年4-6月` is
 *   2025-Q2
 * - a full date (`2024/3/31`, as Excel writes a month it took for a date), read
 *   as its month and flagged `fromDate`
 *
 * Anything else is not a period; `periodProblem` says why for the cases a
 * department writes often: a month or half-year without its year (`6月`), and a
 * span that is neither year to date nor one quarter (`2025年4-5月`, `下半年`).
 */
import {
  daysInMonth,
  monthPeriod as month,
  type Period,
  quarterPeriod as quarter,
  yearPeriod as year,
} from "../calendar.js";
import { toHalfWidth } from "../names.js";

export type { Period } from "../calendar.js";

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Chinese numerals to Arabic ones: `二〇二五` digit by digit, `十二` and
 * `二十` by value.
 */
function arabic(s: string): string {
  return s.replace(/[〇零一二两三四五六七八九十]+/g, (run) => {
    const ten = run.indexOf("十");
    if (ten < 0) return [...run].map((c) => CN_DIGITS[c]).join("");
    if (run.indexOf("十", ten + 1) >= 0) return run;
    const tens = ten === 0 ? 1 : (CN_DIGITS[run.slice(0, ten)] ?? Number.NaN);
    const units = ten === run.length - 1 ? 0 : (CN_DIGITS[run.slice(ten + 1)] ?? Number.NaN);
    const n = tens * 10 + units;
    return Number.isNaN(n) ? run : String(n);
  });
}

/** The text a pattern sees: half-width, no spaces, Arabic numerals, one dash. */
function normalize(input: string): string {
  return arabic(
    toHalfWidth(input)
      .replace(/\s+/g, "")
      .replace(/^(?:截至|截止到?)/, ""),
  )
    .replace(/[\u2010\u2011\u2014\u2015\u301c~至到]/g, "-")
    .replace(/(?:月份|月末|月底)$/, "月");
}

/** A two-digit year written with 年 (`25年`) is in this century. */
const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

const YEAR = /^(\d{4})(?:年|年度|年全年)?$/;
const QUARTER = /^(\d{4})[-/.]?q([1-4])$/i;
const QUARTER_ZH = /^(\d{4})年?第?(\d)季度?$/;
const FIRST_QUARTERS = /^(\d{4})年?前(\d)(?:个)?季度$/;
const HALF = /^(\d{4})年?([上下])半年$/;
const MONTH = /^(?:(\d{4})(?:[-/.](\d{1,2})|(\d{2})|年(\d{1,2})月)|(\d{2})年(\d{1,2})月)$/;
const SPAN = /^(\d{2}|\d{4})(?:年|[./])(\d{1,2})月?-(?:\1年)?(\d{1,2})月?$/;
const DATE = /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/;

/** A span of months, from `from` to `to` in one year. */
function span(y: number, from: number, to: number): Period | undefined {
  if (from < 1 || to > 12 || from > to) return undefined;
  if (from === 1 || from === to) return month(y, to);
  if ((from - 1) % 3 === 0 && to === from + 2) return quarter(y, to / 3);
  return undefined;
}

/** The canonical period for a spelling, or undefined when it is not one. */
export function parsePeriod(input: string): Period | undefined {
  const s = normalize(input);
  const y = YEAR.exec(s);
  if (y) return year(Number(y[1]));
  const m = MONTH.exec(s);
  if (m) {
    if (m[5] !== undefined) return month(fullYear(m[5]), Number(m[6]));
    return month(Number(m[1]), Number(m[2] ?? m[3] ?? m[4]));
  }
  const q = QUARTER.exec(s) ?? QUARTER_ZH.exec(s);
  if (q) return quarter(Number(q[1]), Number(q[2]));
  const fq = FIRST_QUARTERS.exec(s);
  if (fq) {
    const n = Number(fq[2]);
    return n >= 1 && n <= 4 ? month(Number(fq[1]), n * 3) : undefined;
  }
  const h = HALF.exec(s);
  if (h) return h[2] === "上" ? month(Number(h[1]), 6) : undefined;
  const sp = SPAN.exec(s);
  if (sp) return span(fullYear(sp[1] ?? ""), Number(sp[2]), Number(sp[3]));
  const d = DATE.exec(s);
  if (d) {
    const yy = Number(d[1]);
    const mo = Number(d[3] ?? d[5]);
    const day = Number(d[4] ?? d[6]);
    const p = month(yy, mo);
    if (!p || day < 1 || day > daysInMonth(yy, mo)) return undefined;
    return { ...p, fromDate: true };
  }
  return undefined;
}

/**
 * The month a spelling's period ends in, `YYYY-MM` (`2025年7月` → 2025-07,
 * `2025-Q3` → 2025-09, `2025` → 2025-12), or undefined when it is not a period.
 */
export function endMonth(input: string): string | undefined {
  return parsePeriod(input)?.end.slice(0, 7);
}

/** Canonical spelling of a period, or undefined. */
export function normalizePeriod(input: string): string | undefined {
  return parsePeriod(input)?.period;
}

/** Why a spelling departments often write is not a period (when `parsePeriod` refused it). */
export type PeriodProblem =
  /** a month, quarter or half-year without its year: `example` adds `year` */
  | { code: "period-needs-year"; example: string }
  /** months that neither run from January nor make one quarter */
  | { code: "period-span"; example: string };

const NO_YEAR = /^(?:\d{1,2}月|\d{1,2}-\d{1,2}月|[上下]半年|前\d(?:个)?季度|第?\d季度?|q\d)$/i;

/**
 * Why `input` is not a period, for the spellings that need more than "not
 * understood": `6月` needs a year (the example adds `year`); `2025年4-5月`
 * and `下半年` are spans that are neither year to date nor one quarter (the
 * example is the year to date that ends in the same month). Undefined for
 * anything else.
 */
export function periodProblem(input: string, year: number): PeriodProblem | undefined {
  const s = normalize(input);
  if (NO_YEAR.test(s)) {
    const raw = toHalfWidth(input).replace(/\s+/g, "");
    const example = /^q/i.test(raw) ? `${year}-${raw.toUpperCase()}` : `${year}年${raw}`;
    return { code: "period-needs-year", example };
  }
  const h = HALF.exec(s);
  if (h && h[2] === "下") return { code: "period-span", example: `${h[1]}年1-12月` };
  const sp = SPAN.exec(s);
  if (sp) {
    const y = fullYear(sp[1] ?? "");
    const to = Number(sp[3]);
    if (to >= 1 && to <= 12 && Number(sp[2]) <= to && !span(y, Number(sp[2]), to)) {
      return { code: "period-span", example: `${y}年1-${to}月` };
    }
  }
  return undefined;
}
