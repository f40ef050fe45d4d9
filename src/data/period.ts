/**
 * Reporting periods. Canonical forms: `YYYY`, `YYYY-Qn`, `YYYY-MM`. Variants
 * accepted and normalised: `YYYY/MM`, `YYYY.MM`, `YYYY-M`, `YYYYMM`, `YYYY年M月`,
 * `YYYY年`, `YYYYQn`, `YYYY-qn`, `YYYY年第n季度`, `YYYY年一季度`, and a full date
 * (`2024/3/31`, as Excel writes a month it took for a date), read as its month.
 */
import { toHalfWidth } from "./text.js";

export interface Period {
  /** canonical spelling */
  period: string;
  /** first day, YYYY-MM-DD */
  start: string;
  /** last day, YYYY-MM-DD */
  end: string;
  /** true when the input was a full date read as its month */
  fromDate?: boolean;
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

const pad2 = (n: number): string => String(n).padStart(2, "0");

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function year(y: number): Period {
  return { period: `${y}`, start: `${y}-01-01`, end: `${y}-12-31` };
}

function quarter(y: number, q: number): Period {
  const first = (q - 1) * 3 + 1;
  const last = q * 3;
  return {
    period: `${y}-Q${q}`,
    start: `${y}-${pad2(first)}-01`,
    end: `${y}-${pad2(last)}-${pad2(daysInMonth(y, last))}`,
  };
}

function month(y: number, m: number): Period | undefined {
  if (m < 1 || m > 12) return undefined;
  return {
    period: `${y}-${pad2(m)}`,
    start: `${y}-${pad2(m)}-01`,
    end: `${y}-${pad2(m)}-${pad2(daysInMonth(y, m))}`,
  };
}

const YEAR = /^(\d{4})年?$/;
const QUARTER = /^(\d{4})[-/.]?q([1-4])$/i;
const QUARTER_ZH = /^(\d{4})年?第?([1-4一二三四])季度?$/;
const MONTH = /^(\d{4})(?:[-/.](\d{1,2})|(\d{2})|年(\d{1,2})月份?)$/;
const DATE = /^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/;

/** The canonical period for a spelling, or undefined when it is not one. */
export function parsePeriod(input: string): Period | undefined {
  const s = toHalfWidth(input).replace(/\s+/g, "");
  const y = YEAR.exec(s);
  if (y) return year(Number(y[1]));
  const q = QUARTER.exec(s) ?? QUARTER_ZH.exec(s);
  if (q) return quarter(Number(q[1]), CN_DIGIT[q[2] as string] ?? Number(q[2]));
  const m = MONTH.exec(s);
  if (m) return month(Number(m[1]), Number(m[2] ?? m[3] ?? m[4]));
  const d = DATE.exec(s);
  if (d) {
    const yy = Number(d[1]);
    const mo = Number(d[2] ?? d[4]);
    const day = Number(d[3] ?? d[5]);
    const p = month(yy, mo);
    if (!p || day < 1 || day > daysInMonth(yy, mo)) return undefined;
    return { ...p, fromDate: true };
  }
  return undefined;
}

/** Canonical spelling of a period, or undefined. */
export function normalizePeriod(input: string): string | undefined {
  return parsePeriod(input)?.period;
}
